// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A check box in KnotMap's look, light and dark: a rounded box in the accent colour when
// ticked, a strong focus ring; Enter or Return ticks it as Space does.
CheckBox {
    id: root

    Keys.onReturnPressed: event => { root.toggle(); root.toggled(); event.accepted = true }
    Keys.onEnterPressed: event => { root.toggle(); root.toggled(); event.accepted = true }

    indicator: Rectangle {
        implicitWidth: 22
        implicitHeight: 22
        x: root.leftPadding
        y: root.topPadding + (root.availableHeight - height) / 2
        radius: 5
        color: root.checked ? Theme.accent : Theme.surface
        border.width: root.activeFocus ? 3 : 1
        border.color: root.activeFocus ? Theme.focusRing : (root.checked ? Theme.accent : Theme.textMuted)
        Label {
            anchors.centerIn: parent
            visible: root.checked
            text: "✓"
            font.bold: true
            color: Theme.accentText
        }
    }
    contentItem: Label {
        leftPadding: root.indicator.width + root.spacing
        verticalAlignment: Text.AlignVCenter
        text: root.text
        color: root.enabled ? Theme.text : Theme.textMuted
    }
}
