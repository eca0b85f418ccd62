// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// A 0-10 pain scale with fixed anchor words. Click a number, or focus the scale and use
// the arrow keys or the digits 0-9. value is -1 until chosen.
FocusScope {
    id: root

    property string label
    property int value: -1
    property string errorText
    property string lowText: qsTr("0 no pain")
    property string highText: qsTr("10 worst pain imaginable")

    // Its natural width: the numbers at touch size (not the numbers' width now, which
    // follows the width given).
    implicitWidth: 11 * Theme.touch + 10 * 4 + 8
    implicitHeight: column.implicitHeight
    activeFocusOnTab: true

    Accessible.role: Accessible.Slider
    // What a screen reader reads as the slider's range and step (Qt's value interface
    // reads these names).
    readonly property int minimumValue: 0
    readonly property int maximumValue: 10
    readonly property int stepSize: 1
    Accessible.name: root.label
    Accessible.description: root.value < 0 ? qsTr("Not chosen") : qsTr("%1 of 10").arg(root.value)
    AccessibleValue {
        target: root
        value: root.value
    }

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Right || event.key === Qt.Key_Up) {
            root.value = Math.min(10, root.value + 1)
        } else if (event.key === Qt.Key_Left || event.key === Qt.Key_Down) {
            root.value = Math.max(0, root.value < 0 ? 0 : root.value - 1)
        } else if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            root.value = event.key - Qt.Key_0
        } else if (event.key === Qt.Key_Home) {
            root.value = 0
        } else if (event.key === Qt.Key_End) {
            root.value = 10
        } else {
            return
        }
        event.accepted = true
    }

    // The numbers keep their touch size where there is room; in a narrow panel they share
    // the width, never narrower than 24 px.
    readonly property real cellSpacing: root.width >= 11 * Theme.touch + 10 * 4 + 8 ? 4 : 2
    readonly property real cellWidth: Math.max(24, Math.min(Theme.touch,
        (root.width - 8 - 10 * root.cellSpacing) / 11))

    ColumnLayout {
        id: column
        width: root.width
        spacing: 4

        Label {
            text: root.label
            font.bold: true
            color: Theme.text
        }

        Rectangle {
            implicitWidth: row.implicitWidth + 8
            implicitHeight: row.implicitHeight + 8
            radius: Theme.radius
            color: "transparent"
            border.width: root.activeFocus ? 2 : 0
            border.color: Theme.focusRing

            Row {
                id: row
                anchors.centerIn: parent
                spacing: root.cellSpacing

                Repeater {
                    model: 11

                    delegate: Rectangle {
                        id: cell
                        required property int index
                        readonly property bool chosen: index === root.value
                        objectName: "score-" + index
                        width: root.cellWidth
                        height: Theme.touch
                        radius: 8
                        color: chosen ? Theme.accent : Theme.surface
                        border.color: chosen ? Theme.accent : Theme.border

                        Label {
                            anchors.centerIn: parent
                            text: cell.index
                            font.bold: cell.chosen
                            color: cell.chosen ? Theme.accentText : Theme.text
                        }
                        MouseArea {
                            anchors.fill: parent
                            cursorShape: Qt.PointingHandCursor
                            onClicked: {
                                root.value = cell.index
                                root.forceActiveFocus()
                            }
                        }
                    }
                }
            }
        }

        // The anchor words under the ends of the scale, each wrapping within its half.
        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: row.width + 8
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: root.lowText
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                horizontalAlignment: Text.AlignRight
                text: root.highText
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }

        Label {
            visible: root.errorText !== ""
            text: root.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
