// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

Label {
    id: root

    property string fullText

    font.pixelSize: Theme.fontHeading
    font.bold: true
    color: Theme.textMuted
    Accessible.name: root.fullText
}
