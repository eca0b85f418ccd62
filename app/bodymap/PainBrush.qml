// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import KnotMap

// The brush of the "Where it hurts" drawing: how strong the pain drawn is, how it feels,
// or erasing. It reads and sets the brush kept by the body map page.
Row {
    id: root

    // The body map page, which keeps the brush.
    required property Item page

    objectName: "painBrush"
    spacing: Theme.gap
    Label {
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Draw by dragging")
        font.bold: true
        color: Theme.text
    }
    PlainSpinBox {
        objectName: "brushStrength"
        from: 0
        to: 10
        value: root.page.brushStrength
        enabled: !root.page.brushErase
        onValueChanged: root.page.brushStrength = value
        Accessible.name: qsTr("How strong the pain you draw is, 0 to 10")
    }
    PlainComboBox {
        id: brushKind
        objectName: "brushKind"
        enabled: !root.page.brushErase
        model: [{ key: "", word: qsTr("any feeling"), bit: 0 }].concat(root.page.painMarks.kindChoices)
        textRole: "word"
        currentIndex: root.page.brushKindIndex
        onCurrentIndexChanged: {
            root.page.brushKindIndex = currentIndex
            root.page.brushKinds = currentIndex > 0 ? model[currentIndex].bit : 0
        }
        Accessible.name: qsTr("How the pain you draw feels")
    }
    PlainSwitch {
        objectName: "brushErase"
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Erase")
        checked: root.page.brushErase
        onToggled: root.page.brushErase = checked
    }
}
