// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A short question in KnotMap's look, light and dark: its title as the heading (and as the
// name a screen reader announces), a few words, and its buttons, given as `buttons`.
Dialog {
    id: root

    default property alias content: body.data
    property alias buttons: buttonRow.data

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(600, (parent ? parent.width : 600) - 2 * Theme.margin)
    padding: Theme.margin
    topPadding: Theme.spacing
    closePolicy: Popup.CloseOnEscape
    background: Rectangle {
        radius: Theme.radius + 4
        color: Theme.surface
        border.color: Theme.border
    }
    header: Label {
        text: root.title
        padding: Theme.margin
        bottomPadding: 0
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.text
        Accessible.ignored: true // the dialog's own name says it
    }
    contentItem: ColumnLayout {
        id: body
        spacing: Theme.gap
    }
    footer: Item {
        implicitHeight: buttonRow.implicitHeight + Theme.margin
        Flow {
            id: buttonRow
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            layoutDirection: Qt.RightToLeft
            spacing: Theme.gap
        }
    }
}
