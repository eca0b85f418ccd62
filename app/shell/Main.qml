// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

ApplicationWindow {
    id: root

    required property AppState app
    property int currentPage: 0

    readonly property var pages: [
        { name: "body", title: qsTr("Body map") },
        { name: "today", title: qsTr("Today") },
        { name: "selfcare", title: qsTr("Self-care") },
        { name: "history", title: qsTr("History") },
        { name: "report", title: qsTr("Report") },
        { name: "data", title: qsTr("Your data") }
    ]

    visible: true
    // The smallest window every page fits without cutting: below it the 0-10 scales lose
    // their 10 and the body map its figure (looked at 640x480).
    minimumWidth: 800
    minimumHeight: 600
    title: root.app.demo ? qsTr("KnotMap – demo data")
         : root.app.readOnlyReason !== "" ? qsTr("KnotMap – read-only")
         : qsTr("KnotMap")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        alternateBase: Theme.surfaceAlt
        text: Theme.text
        button: Theme.surfaceAlt
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.accentText
        placeholderText: Theme.textMuted
        mid: Theme.border
        dark: Theme.border
        light: Theme.surface
    }

    onClosing: close => {
        if (root.app.runner.active) {
            close.accepted = false
            closeDuringSession.wasShown = true
            closeDuringSession.item.open()
        }
    }

    Binding {
        target: Theme
        property: "dark"
        value: root.app.darkTheme
    }
    // Qt's own print and file dialogs, where the desktop has none, in the same colours.
    DialogColours {
        window: Theme.background
        base: Theme.surface
        text: Theme.text
        muted: Theme.textMuted
        accent: Theme.accent
        accentText: Theme.accentText
        border: Theme.fieldBorder
    }
    Binding {
        target: Saving
        property: "offReason"
        value: root.app.readOnlyReason
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            Layout.fillHeight: true
            pages: root.pages
            currentIndex: root.currentPage
            enabled: root.app.startupError === ""
            demo: root.app.demo
            onPageChosen: index => {
                // "Today" means today, even when a past day was being filled in.
                if (root.pages[index].name === "today" && root.app.today)
                    root.app.today.showToday()
                root.currentPage = index
            }
            onWarningSigns: root.redFlagSheet().askGeneral()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // A gentle, dismissable nudge to move, when the reminder is on and due. This
            // banner and the ones below are made only while they show.
            Loader {
                Layout.fillWidth: true
                active: root.app.reminder.due
                visible: active
                sourceComponent: Rectangle {
                    objectName: "breakBanner"
                    implicitHeight: breakRow.implicitHeight + 2 * Theme.gap
                    color: Theme.accentSoft
                    RowLayout {
                        id: breakRow
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        anchors.leftMargin: Theme.margin
                        anchors.rightMargin: Theme.margin
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            text: qsTr("Time for a movement break: stand up, walk about and stretch gently for a minute or two.")
                        }
                        PlainButton {
                            objectName: "breakDone"
                            text: qsTr("Done")
                            onClicked: root.app.reminder.dismiss()
                        }
                    }
                }
            }

            // The database could not be opened for writing: say so once, on every page.
            Loader {
                Layout.fillWidth: true
                active: root.app.readOnlyReason !== "" && root.app.startupError === ""
                visible: active
                sourceComponent: Rectangle {
                    objectName: "readOnlyBanner"
                    implicitHeight: readOnlyRow.implicitHeight + 2 * Theme.gap
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                    RowLayout {
                        id: readOnlyRow
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        anchors.leftMargin: Theme.margin
                        anchors.rightMargin: Theme.margin
                        Label {
                            objectName: "readOnlyText"
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            textFormat: Text.StyledText
                            text: root.app.readOnlyReason === "" ? "" // no sentence with a gap, even hidden
                                  : qsTr("<b>Read-only.</b> KnotMap opened this database without changing it, because %1. You can look at everything; saving is off.").arg(root.app.readOnlyReason)
                        }
                    }
                }
            }

            // The full check after start-up found damage: no backup was made from it.
            Loader {
                Layout.fillWidth: true
                active: root.app.data.damage !== ""
                visible: active
                sourceComponent: Rectangle {
                    objectName: "damageBanner"
                    implicitHeight: damageRow.implicitHeight + 2 * Theme.gap
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                    RowLayout {
                        id: damageRow
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        anchors.leftMargin: Theme.margin
                        anchors.rightMargin: Theme.margin
                        spacing: Theme.gap
                        Label {
                            objectName: "damageText"
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            textFormat: Text.StyledText
                            text: root.app.data.damage === "" ? ""
                                  : qsTr("<b>Your database may be damaged.</b> %1 On Your data you can restore one of the earlier backups.").arg(root.app.data.damage)
                        }
                        PlainButton {
                            objectName: "damageOpenData"
                            text: qsTr("Your data")
                            onClicked: root.currentPage = 5
                        }
                    }
                }
            }

            Loader {
                Layout.fillWidth: true
                active: root.app.guide.tier !== WarningTier.None
                visible: active
                sourceComponent: TriageBanner {
                    guide: root.app.guide
                    helpLines: root.app.helpLines
                    onReviewAnswers: root.redFlagSheet().reviewFlagged()
                }
            }

            // Made (and its file read) only when the data could not be opened.
            PageLoader {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: current
                current: root.app.startupError !== ""
                page: "StartupErrorPanel.qml"
                pageProperties: ({
                    message: root.app.startupError,
                    databasePath: root.app.databasePath,
                    recovery: root.app.recovery
                })
            }

            StackLayout {
                objectName: "pages"
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: root.app.startupError === ""
                currentIndex: root.currentPage

                // The first page is made at start-up, so it is inline; the others are given
                // by URL, so their files (and every type they use) are read only when first
                // shown.
                PageLoader {
                    current: root.currentPage === 0
                    sourceComponent: BodyMapPage {
                        app: root.app
                        onAskRedFlags: regionId => root.redFlagSheet().askFor(regionId)
                        onAskQuestions: (questions, placeId) => root.redFlagSheet().show(questions, placeId)
                        onStartSession: knotId => {
                            root.currentPage = 2 // makes the Self-care page if it is new
                            selfCare.item.chooseKnot(knotId)
                        }
                    }
                }
                PageLoader {
                    current: root.currentPage === 1
                    page: "TodayPage.qml"
                    pageProperties: ({ app: root.app })
                }
                PageLoader {
                    id: selfCare
                    current: root.currentPage === 2
                    page: "SelfCarePage.qml"
                    pageProperties: ({ app: root.app })
                }
                PageLoader {
                    current: root.currentPage === 3
                    page: "HistoryPage.qml"
                    pageProperties: ({ app: root.app })
                }
                PageLoader {
                    current: root.currentPage === 4
                    page: "ReportPage.qml"
                    pageProperties: ({ app: root.app })
                }
                PageLoader {
                    current: root.currentPage === 5
                    page: "DataPage.qml"
                    pageProperties: ({ app: root.app })
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.gap
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("KnotMap informs and records what you enter. It does not diagnose.")
            }
        }
    }

    // The safety questions, the emergency notice and the closing dialog are made (and their
    // files read) only when first needed: most starts show none of them.
    function redFlagSheet() {
        redFlagLoader.wasShown = true
        return redFlagLoader.item
    }
    PageLoader {
        id: redFlagLoader
        page: "RedFlagSheet.qml"
        pageProperties: ({ guide: root.app.guide, parent: Overlay.overlay })
    }
    Connections {
        target: root.app.guide
        function onQuestionsRequested(regionId) { root.redFlagSheet().askFor(regionId) }
    }

    PageLoader {
        id: emergencyLoader
        anchors.fill: parent
        z: 100
        current: root.app.guide.tier === WarningTier.Emergency
        page: "EmergencyNotice.qml"
        pageProperties: ({ guide: root.app.guide, helpLines: root.app.helpLines })
    }
    Connections {
        target: emergencyLoader.item
        function onReviewAnswers() { root.redFlagSheet().reviewFlagged() }
    }

    // Closing with a session running: keep the time done, or not.
    PageLoader {
        id: closeDuringSession
        page: "SessionCloseDialog.qml"
        pageProperties: ({ app: root.app, parent: Overlay.overlay })
    }
}
