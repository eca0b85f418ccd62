// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: root

    property string title
    property string subtitle

    spacing: 4

    Label {
        text: root.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Label {
        visible: root.subtitle !== ""
        Layout.fillWidth: true
        text: root.subtitle
        wrapMode: Text.WordWrap
        color: Theme.textMuted
    }
}
