// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import KnotMap

// A view of the body to look at, not to log on: regions filled by heat, hatched where
// pain was felt, and optionally one marked spot (a knot's place in its story).
Item {
    id: root

    required property int view
    required property AtlasView atlas
    property var heat: ({})
    property var painRegions: []
    property bool marked: false
    property real markX: 0.5
    property real markY: 0.5

    readonly property bool front: root.view === FigureView.Front

    implicitWidth: figure.width
    implicitHeight: 320

    Label {
        id: caption
        anchors.horizontalCenter: parent.horizontalCenter
        text: root.front ? qsTr("Front") : qsTr("Back")
        font.bold: true
        color: Theme.text
    }

    Item {
        id: figure
        anchors.top: caption.bottom
        anchors.topMargin: 4
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: height * root.atlas.aspect

        FigureDrawing {
            anchors.fill: parent
            view: root.view
        }
        RegionOverlay {
            anchors.fill: parent
            atlas: root.atlas
            view: root.view
            lineColor: Theme.regionLine
            heat: root.heat
            heatColor: Theme.tenderColor(8)
            painRegions: root.painRegions
            painColor: Theme.pain
        }
        SideLabel {
            x: parent.width * 0.02
            y: parent.height * 0.04
            text: root.front ? qsTr("R") : qsTr("L")
            fullText: root.front ? qsTr("Right side") : qsTr("Left side")
        }
        SideLabel {
            x: parent.width * 0.98 - width
            y: parent.height * 0.04
            text: root.front ? qsTr("L") : qsTr("R")
            fullText: root.front ? qsTr("Left side") : qsTr("Right side")
        }
        Rectangle {
            visible: root.marked
            width: 18
            height: 18
            radius: 9
            x: root.markX * figure.width - width / 2
            y: root.markY * figure.height - height / 2
            color: Theme.tenderColor(7)
            border.width: 3
            border.color: Theme.surface
        }
    }
}
