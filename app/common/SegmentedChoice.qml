// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A choice of one among a few, as joined buttons: [{ key, label }, ...].
RowLayout {
    id: root

    required property var options
    property string chosen
    property string namePrefix: "choice-"

    spacing: 0
    Accessible.role: Accessible.PageTabList

    Repeater {
        model: root.options
        delegate: AbstractButton {
            id: button
            required property var modelData
            readonly property bool current: root.chosen === modelData.key
            objectName: root.namePrefix + modelData.key
            text: modelData.label
            focusPolicy: Qt.StrongFocus
            implicitHeight: Theme.touch
            implicitWidth: label.implicitWidth + 2 * Theme.spacing
            Accessible.role: Accessible.PageTab
            Accessible.name: text
            Accessible.selected: current
            onClicked: root.chosen = modelData.key
            Keys.onReturnPressed: root.chosen = modelData.key

            background: Rectangle {
                radius: Theme.radius
                color: button.current ? Theme.accent : Theme.surface
                border.color: button.activeFocus ? Theme.focusRing : Theme.border
                border.width: button.activeFocus ? 2 : 1
            }
            contentItem: Label {
                id: label
                text: button.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                font.bold: button.current
                color: button.current ? Theme.accentText : Theme.text
            }
        }
    }
}
