// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// How to read the map, without relying on colour: numbers and size for knots, a diamond
// and hatching for where pain is felt, an X for where it hurts most.
RowLayout {
    id: root

    spacing: Theme.gap

    Label {
        text: qsTr("Knots")
        font.bold: true
        color: Theme.text
    }
    Repeater {
        model: [2, 5, 8]

        delegate: KnotMarker {
            required property int modelData
            posX: 0
            posY: 0
            tenderness: modelData
            regionName: qsTr("legend")
            interactive: false
            Layout.preferredWidth: width
            Layout.preferredHeight: height
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.maximumWidth: 240
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: qsTr("Tenderness 0 (none) to 10 (worst imaginable): larger and darker is more tender.")
    }
    PainMarker {
        posX: 0
        posY: 0
        worst: true
        regionName: qsTr("legend")
        words: ""
        interactive: false
        Layout.preferredWidth: width
        Layout.preferredHeight: height
        Layout.leftMargin: Theme.spacing
    }
    Label {
        Layout.fillWidth: true
        Layout.maximumWidth: 170
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: qsTr("Where it hurts; X hurts most.")
    }
}
