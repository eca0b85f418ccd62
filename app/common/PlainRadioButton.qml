// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A radio button in KnotMap's look, light and dark: a ring filled with the accent colour
// when chosen, a strong focus ring; Enter or Return chooses it as Space does.
RadioButton {
    id: root

    Keys.onReturnPressed: event => { root.clicked(); event.accepted = true }
    Keys.onEnterPressed: event => { root.clicked(); event.accepted = true }

    indicator: Rectangle {
        implicitWidth: 22
        implicitHeight: 22
        x: root.leftPadding
        y: root.topPadding + (root.availableHeight - height) / 2
        radius: width / 2
        color: Theme.surface
        border.width: root.activeFocus ? 3 : (root.checked ? 2 : 1)
        border.color: root.activeFocus ? Theme.focusRing : (root.checked ? Theme.accent : Theme.textMuted)
        Rectangle {
            anchors.centerIn: parent
            width: 10
            height: 10
            radius: 5
            visible: root.checked
            color: Theme.accent
        }
    }
    contentItem: Label {
        leftPadding: root.indicator.width + root.spacing
        verticalAlignment: Text.AlignVCenter
        text: root.text
        color: root.enabled ? Theme.text : Theme.textMuted
    }
}
