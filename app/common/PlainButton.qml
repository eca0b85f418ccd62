// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// Every button that is not a page's main action: KnotMap's calm outlined look in light and
// dark, a strong focus ring, and Enter or Return pressing it as Space does. `flat` drops
// the outline (a link-like disclosure); `checked` fills it softly; `danger` writes it in
// the warning colour (a deletion).
Button {
    id: root

    implicitHeight: Theme.touch
    leftPadding: Theme.spacing + 2
    rightPadding: Theme.spacing + 2
    Accessible.name: root.text
    // Qt 6.4 never tells a screen reader that a Qt Quick control is disabled (its
    // QAccessibleQuickItem::state() leaves the state out), so a greyed-out button says so
    // in words, with the reason where the page gives one.
    property string unavailableReason
    property bool danger: false
    Accessible.description: root.enabled ? ""
                            : root.unavailableReason !== "" ? qsTr("Not available: %1").arg(root.unavailableReason)
                            : qsTr("Not available now")

    Keys.onReturnPressed: event => { if (root.enabled) root.clicked(); event.accepted = true }
    Keys.onEnterPressed: event => { if (root.enabled) root.clicked(); event.accepted = true }

    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? "transparent"
             : root.down ? Theme.accentSoft
             : root.checked ? Theme.accentSoft
             : root.flat ? "transparent" : Theme.surface
        border.width: root.activeFocus ? 3 : (root.flat ? 0 : 1)
        border.color: root.activeFocus ? Theme.focusRing : Theme.border
    }
    contentItem: Label {
        text: root.text
        font: root.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: !root.enabled ? Theme.textMuted : root.danger ? Theme.danger
             : root.flat ? Theme.accent : Theme.text
    }
}
