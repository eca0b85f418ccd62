// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The self-care session log, newest first.
Item {
    id: root

    required property AppState app

    objectName: "page-selfcare"

    function chooseKnot(knotId: var) { card.chooseKnot(knotId) }

    // The active knots, for the log's filter; re-read when the knots change.
    readonly property var knotChoices: root.app.knots.count >= 0 ? root.app.knots.filterChoices() : []

    FocusScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

    ColumnLayout {
        width: scroll.availableWidth - 2 * Theme.margin
        x: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            objectName: "selfCareHeader"
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            title: qsTr("Self-care")
            subtitle: root.app.sessions.count > 0
                      ? qsTr("%n sessions logged, newest first, with tenderness before and after.", "", root.app.sessions.count)
                      : ""
        }

        SessionCard {
            id: card
            Layout.fillWidth: true
            app: root.app
        }

        EmptyState {
            visible: root.app.sessions.count === 0
            Layout.fillWidth: true
            text: qsTr("No self-care sessions logged yet. Each session you log will show here with the knot's tenderness before and after.")
        }

        ReminderCard {
            Layout.fillWidth: true
            reminder: root.app.reminder
        }


        // Which sessions the log shows.
        Flow {
            visible: root.app.sessions.count > 0 || root.app.sessions.knotFilter !== 0
                     || root.app.sessions.techniqueFilter !== ""
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Show")
                color: Theme.text
                height: knotFilter.height
                verticalAlignment: Text.AlignVCenter
            }
            PlainComboBox {
                id: knotFilter
                objectName: "filterKnot"
                implicitWidth: 300
                model: root.knotChoices
                textRole: "name"
                valueRole: "value"
                Accessible.name: qsTr("Show sessions on")
                onActivated: root.app.sessions.knotFilter = currentValue
            }
            PlainComboBox {
                id: techniqueFilter
                objectName: "filterTechnique"
                implicitWidth: 300
                model: root.app.sessions.count >= 0 ? root.app.sessions.techniqueFilters() : []
                textRole: "name"
                valueRole: "value"
                Accessible.name: qsTr("Show sessions of")
                onActivated: root.app.sessions.techniqueFilter = currentValue
            }
        }

        ListView {
            objectName: "sessionList"
            visible: root.app.sessions.count > 0
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.margin
            // Its own scrolling, in a height that leaves the page's other parts in reach.
            Layout.preferredHeight: Math.min(contentHeight, Math.max(240, scroll.height - 140))
            clip: true
            spacing: Theme.gap
            model: root.app.sessions
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: row
                required property date started
                required property string technique
                required property string regionName
                required property string duration
                required property string note
                required property var tendernessBefore
                required property var tendernessAfter
                required property var sessionId

                width: ListView.view.width
                implicitHeight: content.implicitHeight + 2 * Theme.spacing - 4
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                RowLayout {
                    id: content
                    anchors.fill: parent
                    anchors.margins: Theme.spacing - 2
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 150
                        text: Dates.momentThisYear(row.started)
                        font.bold: true
                        color: Theme.text
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: qsTr("%1 on %2").arg(row.technique).arg(row.regionName)
                            color: Theme.text
                        }
                        Label {
                            objectName: "sessionNote-" + row.sessionId
                            visible: row.note !== ""
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            maximumLineCount: 2
                            wrapMode: Text.WordWrap
                            text: row.note
                            font.italic: true
                            color: Theme.textMuted
                        }
                    }
                    Label {
                        text: row.duration
                        color: Theme.textMuted
                    }
                    Label {
                        visible: row.tendernessBefore !== undefined && row.tendernessAfter !== undefined
                        text: qsTr("tenderness %1 → %2").arg(row.tendernessBefore).arg(row.tendernessAfter)
                        color: Theme.text
                    }
                    PlainButton {
                        flat: true
                        objectName: "editSession-" + row.sessionId
                        text: qsTr("Edit")
                        Accessible.name: qsTr("Edit this session")
                        onClicked: editSheet.edit(row.sessionId)
                    }
                    PlainButton {
                        flat: true
                        danger: true
                        objectName: "deleteSession-" + row.sessionId
                        text: qsTr("Delete")
                        Accessible.name: qsTr("Delete this session")
                        onClicked: {
                            confirmDelete.sessionId = row.sessionId
                            confirmDelete.open()
                        }
                    }
                }
            }
        }
    }

    }

    SessionEditSheet {
        id: editSheet
        sessions: root.app.sessions
        parent: Overlay.overlay
    }

    PlainDialog {
        id: confirmDelete
        property var sessionId: 0
        objectName: "confirmDeleteSession"
        parent: Overlay.overlay
        title: qsTr("Delete this session?")
        onAccepted: root.app.sessions.deleteSession(sessionId)
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("Its time and tenderness readings are removed from your log.")
        }
        buttons: [
            PlainButton {
                objectName: "confirmDeleteYes"
                text: qsTr("Delete")
                danger: true
                onClicked: confirmDelete.accept()
            },
            PlainButton {
                text: qsTr("Keep it")
                onClicked: confirmDelete.reject()
            }
        ]
    }
}
