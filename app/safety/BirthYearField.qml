// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import KnotMap

// The year of birth, for the age-based warning signs: four digits, or empty to leave it out.
// `year` is 0 when empty or not a year; `valid` says whether it may be saved as it stands.
NumberField {
    id: root

    // What the rule in core said of the last save ("" when it was taken).
    property string refusal
    readonly property int year: root.valid && root.text.trim() !== "" ? parseInt(root.text, 10) : 0
    readonly property bool valid: root.text.trim() === "" || /^[0-9]{4}$/.test(root.text.trim())

    label: qsTr("Year of birth (you may leave it out)")
    errorText: !root.valid ? qsTr("A year of birth such as 1968.") : root.refusal
}
