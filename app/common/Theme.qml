// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// One place for colours, sizes and the tenderness scale. Calm and warm, one accent.
QtObject {
    id: root

    property bool dark: false

    readonly property color background: dark ? "#1c1f23" : "#f7f3ee"
    readonly property color surface: dark ? "#252a30" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#2d333a" : "#efe8df"
    readonly property color border: dark ? "#3b424b" : "#ded4c8"
    // The frame of a field one types in or chooses from: stronger than a card's border.
    readonly property color fieldBorder: dark ? "#646c76" : "#a99d90"
    readonly property color text: dark ? "#ebe6e0" : "#2b2824"
    readonly property color textMuted: dark ? "#aaa39b" : "#675f57"
    readonly property color accent: dark ? "#74bcad" : "#2c7a6b"
    readonly property color accentText: dark ? "#0f1f1b" : "#ffffff"
    readonly property color accentSoft: dark ? "#2b4741" : "#dcefea"
    readonly property color danger: dark ? "#f29a8a" : "#a93c2c"
    readonly property color dangerSoft: dark ? "#4a2b27" : "#f8e3de"
    readonly property color focusRing: dark ? "#9fd8cb" : "#1f5f53"
    readonly property color pain: dark ? "#8e93e6" : "#4b4fa8"
    // Where a selected knot sends pain: red, as trigger-point charts draw it (filled where
    // it commonly does, stippled where it sometimes does).
    readonly property color refer: dark ? "#e0705e" : "#c23b2b"
    // The muscles' outlines when "Show the muscles" is on: clearly drawn, still calm.
    readonly property color regionLineStrong: dark ? Qt.rgba(0.92, 0.84, 0.76, 0.70) : Qt.rgba(0.42, 0.32, 0.26, 0.75)
    readonly property color regionLine: dark ? Qt.rgba(0.85, 0.78, 0.70, 0.22) : Qt.rgba(0.54, 0.46, 0.40, 0.28)
    readonly property color regionHighlight: dark ? Qt.rgba(0.45, 0.74, 0.68, 0.35) : Qt.rgba(0.17, 0.48, 0.42, 0.22)

    readonly property int gap: 8
    readonly property int spacing: 16
    readonly property int margin: 24
    readonly property int radius: 10
    readonly property int touch: 40

    // The type scale: few sizes, each in regular and bold. Every size is its own font to
    // load and its own glyph cache to fill at start-up, so a new size must earn its place.
    readonly property int fontTiny: 11 // numbers and marks inside the smaller markers
    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontHeading: 18
    readonly property int fontTitle: 24

    // Tenderness 0-10: pale amber to deep red. Never used alone: markers also show the
    // number and grow with the score.
    function tenderColor(t: int): color {
        if (t < 0)
            return dark ? "#8f8a84" : "#b9b2aa"
        const stops = ["#f3d27a", "#eda95a", "#dd7a45", "#c4503a", "#9b2f2c"]
        return stops[Math.min(4, Math.floor(t / 2.2))]
    }
    function tenderTextColor(t: int): color {
        return t >= 5 ? "#ffffff" : "#2b2824"
    }
    function tenderSize(t: int): real {
        return 20 + Math.max(0, t) * 1.6
    }
    // The number inside: it grows with the marker, in three sizes of the type scale.
    function tenderTextSize(t: int): int {
        return t <= 3 ? fontTiny : t <= 6 ? fontSmall : fontBody
    }
}
