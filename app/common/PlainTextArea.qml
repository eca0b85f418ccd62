// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A text area for notes in KnotMap's look; `invalid` marks a refused value.
TextArea {
    id: root

    property bool invalid: false

    padding: 10
    wrapMode: TextEdit.Wrap
    color: root.enabled ? Theme.text : Theme.textMuted
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    background: FieldFrame {
        control: root
        invalid: root.invalid
        implicitHeight: 80
    }
}
