// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// One entry of the navigation rail: large target, clear current state, visible focus.
AbstractButton {
    id: root

    property bool current: false

    implicitHeight: Theme.touch + 6
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: root.text
    Accessible.selected: root.current
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: root.current ? Theme.accentSoft : (root.hovered ? Theme.surfaceAlt : "transparent")
        border.width: root.activeFocus ? 2 : 0
        border.color: Theme.focusRing
    }
    contentItem: Label {
        leftPadding: Theme.spacing - 4
        verticalAlignment: Text.AlignVCenter
        text: root.text
        font.pixelSize: Theme.fontBody
        font.bold: root.current
        color: root.current ? Theme.accent : Theme.text
    }
}
