// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// The frame of every field one types in or chooses from (text, number, choice), light and
// dark: a rounded box, a strong ring while it has the keyboard focus, red when its value
// was refused.
Rectangle {
    required property Item control // a Control, a TextField or a TextArea: each has hovered
    property bool invalid: false

    implicitWidth: 120
    implicitHeight: Theme.touch
    radius: 6
    color: control.enabled ? Theme.surface : Theme.surfaceAlt
    border.width: control.activeFocus || invalid ? 2 : 1
    border.color: invalid ? Theme.danger
                : control.activeFocus ? Theme.focusRing
                : control.hovered ? Theme.textMuted : Theme.fieldBorder
}
