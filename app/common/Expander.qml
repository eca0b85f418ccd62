// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// An optional part of a form, folded away until asked for.
ColumnLayout {
    id: root

    property string title
    property bool expanded: false
    default property alias content: body.data

    spacing: Theme.gap

    AbstractButton {
        objectName: root.objectName + "-toggle"
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: root.title
        // Qt 6.4 has no Accessible.expanded; the state is said in words instead.
        Accessible.description: root.expanded ? qsTr("Open: select to close") : qsTr("Closed: select to open")
        onClicked: root.expanded = !root.expanded
        background: Rectangle {
            radius: Theme.radius
            color: parent.hovered ? Theme.surfaceAlt : "transparent"
            border.width: parent.activeFocus ? 2 : 0
            border.color: Theme.focusRing
        }
        contentItem: Label {
            text: (root.expanded ? "▾ " : "▸ ") + root.title
            font.bold: true
            verticalAlignment: Text.AlignVCenter
            color: Theme.text
        }
    }
    ColumnLayout {
        id: body
        visible: root.expanded
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        spacing: Theme.spacing
    }
}
