// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// Beside a save button: why it is off, when the database is read-only.
Label {
    visible: !Saving.allowed
    text: Saving.note
    wrapMode: Text.WordWrap
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
}
