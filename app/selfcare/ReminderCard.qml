// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Settings of the movement-break reminder, off unless turned on.
Rectangle {
    id: root

    required property BreakReminder reminder

    function fieldError(field: string): string {
        return root.reminder.errorField === field ? root.reminder.errorText : ""
    }

    objectName: "reminderCard"
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.gap

        Label {
            text: qsTr("Movement breaks")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("While KnotMap is open it can remind you to stand up and move, as sitting still for long stretches feeds knots.")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PlainSwitch {
                id: on
                objectName: "reminderOn"
                text: qsTr("Remind me")
                checked: root.reminder.enabled
            }
            PlainSpinBox {
                id: every
                objectName: "reminderEvery"
                from: root.reminder.minEveryMinutes
                to: root.reminder.maxEveryMinutes
                stepSize: 5
                value: root.reminder.everyMinutes
                editable: true
                Accessible.name: qsTr("Every how many minutes")
            }
            Label {
                height: every.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("minutes, quiet from")
                color: Theme.text
            }
            PlainTextField {
                id: from
                objectName: "reminderQuietFrom"
                implicitWidth: 72
                text: root.reminder.quietFrom
                Accessible.name: qsTr("Quiet hours start")
            }
            Label {
                height: every.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("to")
                color: Theme.text
            }
            PlainTextField {
                id: to
                objectName: "reminderQuietTo"
                implicitWidth: 72
                text: root.reminder.quietTo
                Accessible.name: qsTr("Quiet hours end")
            }
            PlainButton {
                objectName: "reminderSave"
                text: qsTr("Save")
                enabled: Saving.allowed
                onClicked: root.reminder.save(on.checked, every.value, from.text, to.text)
            }
        }
        Label {
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: root.reminder.errorText
        }
    }
}
