// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A knot on the figure: colour, size and the number all say how tender it is. Click (or
// focus and press Enter) to select it.
Rectangle {
    id: root

    required property real posX
    required property real posY
    required property int tenderness
    required property string regionName
    property var knotId: 0
    property bool selected: false
    property bool interactive: true
    // A Tab stop only in its own layer of the map (knots, or where it hurts).
    property bool tabStop: true
    property real areaWidth
    property real areaHeight
    // Where the figure draws it when it would hide another marker (pixels), or null: on
    // its point.
    property var drawn: null

    signal chosen()

    width: Theme.tenderSize(root.tenderness)
    height: width
    radius: width / 2
    x: (root.drawn ? root.drawn.x : root.posX * root.areaWidth) - width / 2
    y: (root.drawn ? root.drawn.y : root.posY * root.areaHeight) - height / 2
    color: Theme.tenderColor(root.tenderness)
    border.width: 2
    border.color: Theme.dark ? "#1c1f23" : "#ffffff"
    activeFocusOnTab: root.interactive && root.tabStop

    Accessible.role: root.interactive ? Accessible.Button : Accessible.Graphic
    Accessible.name: qsTr("Knot at %1, tenderness %2 of 10").arg(root.regionName).arg(root.tenderness)
    Keys.onReturnPressed: root.chosen()
    Keys.onEnterPressed: root.chosen()
    Keys.onSpacePressed: root.chosen()

    // The selection ring, and a focus ring for the keyboard.
    Rectangle {
        anchors.centerIn: parent
        width: parent.width + 10
        height: width
        radius: width / 2
        color: "transparent"
        visible: root.selected || root.activeFocus
        border.width: 3
        border.color: Theme.focusRing
    }

    // Selected, with its referral pattern on the figure: marked with an X, as trigger-point
    // charts mark the knot, beside the number so both read.
    Loader {
        // Made only for the selected knot: many knots, no extra text at start-up.
        active: root.selected
        anchors.left: parent.right
        anchors.bottom: parent.top
        anchors.leftMargin: -4
        anchors.bottomMargin: -6
        sourceComponent: Label {
            objectName: "knotCross"
            text: "✕"
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.refer
            style: Text.Outline
            styleColor: Theme.dark ? "#1c1f23" : "#ffffff"
        }
    }

    Label {
        anchors.centerIn: parent
        text: root.tenderness >= 0 ? root.tenderness : "?"
        font.pixelSize: Theme.tenderTextSize(root.tenderness)
        font.bold: true
        color: Theme.tenderTextColor(root.tenderness)
    }
    // Clicks are the figure's to take (BodyFigure picks the marker under them), so a drag
    // that starts on a marker still draws. The keys choose it here.
}
