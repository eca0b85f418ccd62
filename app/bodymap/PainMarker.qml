// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// Where pain is felt: a diamond, unlike the round knots; the worst area carries an X.
Item {
    id: root

    required property real posX
    required property real posY
    required property bool worst
    required property string regionName
    required property string words
    property var areaId: 0
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

    width: 22
    height: 22
    x: (root.drawn ? root.drawn.x : root.posX * root.areaWidth) - width / 2
    y: (root.drawn ? root.drawn.y : root.posY * root.areaHeight) - height / 2
    activeFocusOnTab: root.interactive && root.tabStop

    Accessible.role: root.interactive ? Accessible.Button : Accessible.Graphic
    Accessible.name: root.worst ? qsTr("Pain felt here, the worst: %1").arg(root.regionName)
                                : qsTr("Pain felt here: %1").arg(root.regionName)
    Accessible.description: root.words !== "" ? qsTr("Felt as %1").arg(root.words) : ""
    Keys.onReturnPressed: root.chosen()
    Keys.onEnterPressed: root.chosen()
    Keys.onSpacePressed: root.chosen()

    Rectangle {
        anchors.centerIn: parent
        width: 15
        height: 15
        rotation: 45
        color: Theme.pain
        border.width: 2
        border.color: Theme.dark ? "#1c1f23" : "#ffffff"
    }
    Label {
        anchors.centerIn: parent
        visible: root.worst
        text: "✕"
        font.bold: true
        font.pixelSize: Theme.fontTiny
        color: "#ffffff"
    }
    Rectangle {
        anchors.centerIn: parent
        width: 30
        height: 30
        radius: 15
        color: "transparent"
        visible: root.selected || root.activeFocus
        border.width: 3
        border.color: Theme.focusRing
    }
    // Clicks are the figure's to take (BodyFigure picks the marker under them), so a drag
    // that starts on a marker still draws. The keys choose it here.
}
