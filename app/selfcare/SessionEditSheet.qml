// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Correcting a logged session: its length, the tenderness before and after, the note.
// A Dialog, not a bare Popup, for its title: what a screen reader announces as the
// dialog's name. The page draws its own heading, so the Dialog's header is left out.
Dialog {
    id: root
    title: qsTr("Edit a session")
    header: null

    required property SessionListModel sessions
    property var sessionId: 0
    property string error

    function edit(sessionId: var) {
        const s = root.sessions.session(sessionId)
        if (!s.id)
            return
        root.sessionId = sessionId
        minutes.text = String(s.minutes)
        before.value = s.before
        after.value = s.after
        note.text = s.note
        root.error = ""
        root.open()
    }

    objectName: "sessionEditSheet"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(600, (parent ? parent.width : 600) - 2 * Theme.margin)
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
            text: qsTr("Edit a session")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        NumberField {
            id: minutes
            objectName: "editMinutes"
            label: qsTr("How long it lasted")
            unit: qsTr("minutes")
        }
        ScoreScale {
            id: before
            objectName: "editBefore"
            label: qsTr("Tenderness before")
        }
        ScoreScale {
            id: after
            objectName: "editAfter"
            label: qsTr("Tenderness after")
        }
        PlainTextField {
            id: note
            Layout.fillWidth: true
            placeholderText: qsTr("Note (optional)")
            Accessible.name: qsTr("Note")
        }
        Label {
            visible: root.error !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: root.error
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing
            PlainButton {
                text: qsTr("Cancel")
                implicitHeight: Theme.touch + 4
                onClicked: root.close()
            }
            PrimaryButton {
                objectName: "editSave"
                text: qsTr("Save changes")
                enabled: Saving.allowed
                onClicked: {
                    const m = Number(minutes.text)
                    if (!Number.isInteger(m)) {
                        root.error = qsTr("Write the length in whole minutes, for example 5.")
                        return
                    }
                    root.error = root.sessions.editSession(root.sessionId, m, before.value, after.value, note.text)
                    if (root.error === "")
                        root.close()
                }
            }
        }
    }
}
