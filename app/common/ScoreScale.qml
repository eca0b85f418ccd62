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

    implicitWidth: column.implicitWidth
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

    ColumnLayout {
        id: column
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
                spacing: 4

                Repeater {
                    model: 11

                    delegate: Rectangle {
                        id: cell
                        required property int index
                        readonly property bool chosen: index === root.value
                        objectName: "score-" + index
                        width: Theme.touch
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

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: root.lowText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Item { Layout.fillWidth: true }
            Label {
                text: root.highText
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
