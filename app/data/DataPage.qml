// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Where your data lives and its backups: when the last one was made, and making one now.
Item {
    id: root

    required property AppState app
    readonly property DataCare care: root.app.data

    objectName: "page-data"
    onVisibleChanged: if (visible) root.care.reload()
    Component.onCompleted: if (visible) root.care.reload()

    FocusScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

    ColumnLayout {
        width: Math.min(760, scroll.availableWidth - 2 * Theme.margin)
        x: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            title: qsTr("Your data")
            subtitle: qsTr("Everything you record stays in one file on this computer, readable by you only.")
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            color: Theme.text
            text: qsTr("Database: %1").arg(root.care.databasePath)
        }

        // The country, for the numbers a warning sign asks the person to call.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: countryColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: countryColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap

                Label {
                    text: qsTr("Where you live")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("If a warning sign needs care, KnotMap tells you which number to call in your country.")
                }
                PlainComboBox {
                    id: countryBox
                    objectName: "country"
                    Layout.preferredWidth: 320
                    model: root.app.helpLines.countries
                    textRole: "name"
                    valueRole: "value"
                    Accessible.name: qsTr("Your country")
                    currentIndex: count > 0 ? indexOfValue(root.app.helpLines.country) : -1
                    onActivated: root.app.helpLines.choose(currentValue)
                }
                Label {
                    objectName: "countryNumbers"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: root.app.helpLines.emergency === ""
                          ? qsTr("In an emergency, call your local emergency number.")
                          : root.app.helpLines.urgent === ""
                          ? qsTr("In an emergency: %1.").arg(root.app.helpLines.emergency)
                          : qsTr("In an emergency: %1. For urgent advice: %2.").arg(root.app.helpLines.emergency).arg(root.app.helpLines.urgent)
                }
                Label {
                    visible: text !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.danger
                    text: root.app.helpLines.errorText
                }
            }
        }

        // The health history: asked once with the first safety questions, seen and changed here.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: historyColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: historyColumn
                objectName: "healthHistory"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap

                Label {
                    text: qsTr("Your health history")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("These decide which warning signs KnotMap asks about and how seriously it takes a yes. On their own they never raise a warning. Each change is kept with its date.")
                }
                Repeater {
                    model: root.app.guide.historyFacts
                    delegate: YesNoField {
                        id: fact
                        required property var modelData
                        objectName: "history-" + modelData.id
                        Layout.fillWidth: true
                        label: modelData.question
                        value: modelData.value
                        onValueChanged: if (fact.value !== undefined && fact.value !== fact.modelData.value)
                                            root.app.guide.setHistoryFact(fact.modelData.id, fact.value)
                    }
                }
                BirthYearField {
                    id: birthYear
                    objectName: "historyBirthYear"
                    text: root.app.guide.birthYear > 0 ? String(root.app.guide.birthYear) : ""
                    function save() {
                        if (!birthYear.valid || (birthYear.year === root.app.guide.birthYear
                                                 && root.app.guide.birthYearAsked))
                            return
                        birthYear.refusal = root.app.guide.setBirthYear(birthYear.year)
                    }
                    onEditingFinished: birthYear.save()
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: backupColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: backupColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap + 2

                Label {
                    text: qsTr("Backups")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("KnotMap copies your data once a day when it starts, and before it updates the file for a new version. It keeps the newest copy of each of the last 7 days and of 4 earlier weeks, in %1.").arg(root.care.backupFolder)
                }
                Label {
                    objectName: "lastBackup"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.bold: true
                    text: qsTr("Last backup: %1").arg(root.care.lastBackup)
                }
                PrimaryButton {
                    objectName: "backUpNow"
                    text: qsTr("Back up now")
                    enabled: root.care.canBackUp
                    onClicked: root.care.backUpNow()
                }
                SavingOffNote {
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "backupStatus"
                    visible: text !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: root.care.status
                }
                Repeater {
                    model: root.care.backups
                    delegate: RowLayout {
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            Layout.preferredWidth: 220
                            text: modelData.when
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.kind
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        PlainButton {
                            objectName: "restore-" + index
                            text: qsTr("Restore…")
                            enabled: root.care.canBackUp
                            Accessible.name: qsTr("Restore the backup of %1").arg(modelData.when)
                            onClicked: restoreSheet.ask(index, modelData.when)
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.margin
            implicitHeight: exchangeColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: exchangeColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap + 2

                Label {
                    text: qsTr("Export and import")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("Take everything you entered with you, as one JSON file or as spreadsheet-ready CSV files, or bring a JSON export back in. An import is checked first: if any row is wrong, nothing is added. A clinic whose system reads HL7 FHIR can take in the FHIR record.")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    PlainButton {
                        objectName: "exportJson"
                        text: qsTr("Export as JSON…")
                        onClicked: root.care.exportWithDialog("json")
                    }
                    PlainButton {
                        objectName: "exportCsv"
                        text: qsTr("Export as CSV…")
                        onClicked: root.care.exportWithDialog("csv")
                    }
                    PlainButton {
                        objectName: "exportFhir"
                        text: qsTr("Export for a clinic (FHIR)…")
                        onClicked: root.care.exportWithDialog("fhir")
                    }
                    PlainButton {
                        objectName: "importJson"
                        text: qsTr("Import a JSON export…")
                        enabled: root.care.canBackUp
                        onClicked: root.care.importWithDialog()
                    }
                }
                Label {
                    objectName: "exchangeStatus"
                    visible: text !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: root.care.exchangeStatus
                }
                Repeater {
                    model: root.care.problems.slice(0, 20)
                    delegate: Label {
                        required property string modelData
                        objectName: "importProblem"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.danger
                        text: modelData
                    }
                }
                Label {
                    visible: root.care.problems.length > 20
                    color: Theme.textMuted
                    text: qsTr("and %1 more.").arg(root.care.problems.length - 20)
                }
            }
        }
    }
    }

    // Restoring replaces everything shown: say what the backup holds and ask first.
    Dialog {
        id: restoreSheet
        title: qsTr("Restore this backup?")
        header: null
        property int index: -1
        property string when
        property string holds

        function ask(i: int, w: string) {
            restoreSheet.index = i
            restoreSheet.when = w
            restoreSheet.holds = root.care.preview(i)
            restoreSheet.open()
        }

        objectName: "restoreSheet"
        modal: true
        focus: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(560, root.width - 2 * Theme.margin)
        padding: Theme.margin
        closePolicy: Popup.CloseOnEscape
        background: Rectangle {
            radius: Theme.radius + 4
            color: Theme.surface
            border.color: Theme.border
        }
        contentItem: ColumnLayout {
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Restore this backup?")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Made: %1").arg(restoreSheet.when)
                color: Theme.text
            }
            Label {
                objectName: "restorePreview"
                Layout.fillWidth: true
                text: restoreSheet.holds
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("What you have now will be replaced by it. It is backed up first, so you can go back.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
            }
            RowLayout {
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "confirmRestore"
                    text: qsTr("Restore this backup")
                    onClicked: {
                        restoreSheet.close()
                        root.care.restore(restoreSheet.index)
                    }
                }
                PlainButton {
                    text: qsTr("Cancel")
                    onClicked: restoreSheet.close()
                }
            }
        }
    }
}
