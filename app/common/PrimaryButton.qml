// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// The one main action of a page, in the accent colour, with a visible focus ring; Enter or
// Return presses it as Space does.
Button {
    id: root

    Keys.onReturnPressed: event => { if (root.enabled) root.clicked(); event.accepted = true }
    Keys.onEnterPressed: event => { if (root.enabled) root.clicked(); event.accepted = true }

    implicitHeight: Theme.touch + 4
    leftPadding: Theme.spacing + 4
    rightPadding: Theme.spacing + 4
    Accessible.name: root.text
    // Qt 6.4 never tells a screen reader that a Qt Quick control is disabled (its
    // QAccessibleQuickItem::state() leaves the state out), so a greyed-out button says so
    // in words, with the reason where the page gives one.
    property string unavailableReason
    Accessible.description: root.enabled ? ""
                            : root.unavailableReason !== "" ? qsTr("Not available: %1").arg(root.unavailableReason)
                            : qsTr("Not available now")

    background: Rectangle {
        radius: Theme.radius
        color: root.enabled ? (root.down ? Qt.darker(Theme.accent, 1.15) : Theme.accent) : Theme.surfaceAlt
        border.width: root.activeFocus ? 3 : 0
        border.color: Theme.focusRing
    }
    contentItem: Label {
        text: root.text
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: root.enabled ? Theme.accentText : Theme.textMuted
    }
}
