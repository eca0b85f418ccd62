// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// How far along something is, in KnotMap's look: an accent bar in a soft groove.
ProgressBar {
    id: root

    implicitHeight: 10
    background: Rectangle {
        implicitWidth: 200
        implicitHeight: 10
        radius: 5
        color: Theme.surfaceAlt
        border.color: Theme.border
    }
    contentItem: Item {
        implicitHeight: 10
        Rectangle {
            width: root.visualPosition * parent.width
            height: parent.height
            radius: 5
            color: Theme.accent
        }
    }
}
