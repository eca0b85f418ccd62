// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A combo box whose shown choice is a plain label, hidden from screen readers, which read
// the box's own name and value instead (Fusion's is an unnamed text field).
ComboBox {
    id: root

    contentItem: Label {
        leftPadding: Theme.gap
        rightPadding: root.indicator ? root.indicator.width : Theme.gap
        text: root.displayText
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: root.enabled ? Theme.text : Theme.textMuted
        Accessible.ignored: true
    }
}
