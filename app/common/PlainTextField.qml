// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A one-line text field in KnotMap's look; `invalid` marks a refused value.
TextField {
    id: root

    property bool invalid: false

    implicitHeight: Theme.touch
    leftPadding: 10
    rightPadding: 10
    color: root.enabled ? Theme.text : Theme.textMuted
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    verticalAlignment: TextInput.AlignVCenter
    background: FieldFrame {
        control: root
        invalid: root.invalid
    }
}
