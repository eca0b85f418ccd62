// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// What to do next when a list has nothing in it yet.
Rectangle {
    id: root

    property string text

    implicitHeight: label.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surfaceAlt

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.margin
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        text: root.text
        color: Theme.textMuted
        font.pixelSize: Theme.fontHeading - 2
    }
}
