// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A number with − and + beside it, in KnotMap's look; the arrow keys step it too.
SpinBox {
    id: root

    implicitHeight: Theme.touch
    implicitWidth: 136
    editable: true

    contentItem: TextInput {
        text: root.textFromValue(root.value, root.locale)
        font: root.font
        color: root.enabled ? Theme.text : Theme.textMuted
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentText
        horizontalAlignment: Qt.AlignHCenter
        verticalAlignment: Qt.AlignVCenter
        readOnly: !root.editable
        validator: root.validator
        inputMethodHints: Qt.ImhDigitsOnly
        // The spin box itself carries the name and the value for a screen reader.
        Accessible.ignored: true
    }
    up.indicator: Rectangle {
        x: root.mirrored ? 0 : root.width - width
        height: root.height
        implicitWidth: 36
        radius: 6
        color: root.up.pressed ? Theme.accentSoft : "transparent"
        Label {
            anchors.centerIn: parent
            text: "+"
            font.pixelSize: Theme.fontHeading
            color: root.enabled && root.value < root.to ? Theme.text : Theme.textMuted
        }
    }
    down.indicator: Rectangle {
        x: root.mirrored ? root.width - width : 0
        height: root.height
        implicitWidth: 36
        radius: 6
        color: root.down.pressed ? Theme.accentSoft : "transparent"
        Label {
            anchors.centerIn: parent
            text: "−"
            font.pixelSize: Theme.fontHeading
            color: root.enabled && root.value > root.from ? Theme.text : Theme.textMuted
        }
    }
    background: FieldFrame {
        control: root
    }
}
