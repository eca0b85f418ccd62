// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// An on/off switch in KnotMap's look: a pill in the accent colour when on, a strong focus
// ring; Enter or Return flips it as Space does.
Switch {
    id: root

    Keys.onReturnPressed: event => { root.toggle(); root.toggled(); event.accepted = true }
    Keys.onEnterPressed: event => { root.toggle(); root.toggled(); event.accepted = true }

    indicator: Rectangle {
        implicitWidth: 44
        implicitHeight: 24
        x: root.leftPadding
        y: root.topPadding + (root.availableHeight - height) / 2
        radius: height / 2
        color: root.checked ? Theme.accent : Theme.surfaceAlt
        border.width: root.activeFocus ? 3 : 1
        border.color: root.activeFocus ? Theme.focusRing : (root.checked ? Theme.accent : Theme.fieldBorder)

        Rectangle {
            width: 18
            height: 18
            radius: 9
            y: (parent.height - height) / 2
            x: root.checked ? parent.width - width - 3 : 3
            color: root.checked ? Theme.accentText : Theme.surface
            border.color: Theme.fieldBorder
            border.width: root.checked ? 0 : 1
            Behavior on x { NumberAnimation { duration: 120 } }
        }
    }
    contentItem: Label {
        leftPadding: root.indicator.width + root.spacing
        verticalAlignment: Text.AlignVCenter
        text: root.text
        color: root.enabled ? Theme.text : Theme.textMuted
    }
}
