// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A choice from a list in KnotMap's look, light and dark. The shown choice is a plain
// label, hidden from screen readers, which read the box's own name and value instead
// (Fusion's is an unnamed text field).
ComboBox {
    id: root

    implicitHeight: Theme.touch

    Keys.onReturnPressed: event => { root.popup.open(); event.accepted = true }
    Keys.onEnterPressed: event => { root.popup.open(); event.accepted = true }

    contentItem: Label {
        leftPadding: 10
        rightPadding: root.indicator.width + Theme.gap
        text: root.displayText
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: root.enabled ? Theme.text : Theme.textMuted
        Accessible.ignored: true
    }
    indicator: Label {
        x: root.width - width - 10
        y: (root.height - height) / 2
        text: "▾"
        font.pixelSize: Theme.fontHeading
        color: root.enabled ? Theme.textMuted : Theme.border
        Accessible.ignored: true
    }
    background: FieldFrame {
        control: root
    }
    delegate: ItemDelegate {
        required property var model
        required property int index
        width: ListView.view ? ListView.view.width : root.width
        highlighted: root.highlightedIndex === index
        text: root.textRole !== "" ? (Array.isArray(root.model) ? model.modelData[root.textRole]
                                                                 : model[root.textRole])
                                   : model.modelData
        contentItem: Label {
            text: parent.text
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            color: Theme.text
        }
        background: Rectangle {
            color: parent.highlighted ? Theme.accentSoft : "transparent"
        }
    }
    popup.background: Rectangle {
        radius: 6
        color: Theme.surface
        border.color: Theme.fieldBorder
    }
}
