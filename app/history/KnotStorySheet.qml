// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// One knot's story: its place on the figure, tenderness over time with the sessions done
// on it, and everything that happened to it, newest first.
// A Dialog, not a bare Popup, for its title: what a screen reader announces as the
// dialog's name. The page draws its own heading, so the Dialog's header is left out.
Dialog {
    id: root
    title: qsTr("The story of a knot: %1").arg(root.story.title)
    header: null

    required property KnotStory story
    required property AtlasView atlas

    function show(knotId: var) {
        root.story.knotId = knotId
        root.story.reload()
        root.open()
    }

    objectName: "knotStorySheet"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(860, (parent ? parent.width : 860) - 2 * Theme.margin)
    height: Math.min(640, (parent ? parent.height : 640) - 2 * Theme.margin)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    background: Rectangle {
        radius: Theme.radius + 4
        color: Theme.surface
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "storyTitle"
                    Layout.fillWidth: true
                    text: root.story.title
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.story.muscle !== ""
                    text: qsTr("Likely muscle: %1").arg(root.story.muscle)
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                }
            }
            PlainButton {
                objectName: "storyClose"
                text: qsTr("Close")
                onClicked: root.close()
            }
        }

        Label {
            objectName: "storySummary"
            Layout.fillWidth: true
            text: root.story.summary
            wrapMode: Text.WordWrap
            color: Theme.text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            StaticFigure {
                Layout.preferredWidth: implicitWidth
                Layout.fillHeight: true
                Layout.maximumHeight: 420
                view: root.story.view
                atlas: root.atlas
                marked: true
                markX: root.story.x
                markY: root.story.y
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Where this knot is: %1").arg(root.story.title)
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gap

                Label {
                    text: qsTr("Tenderness over time")
                    font.bold: true
                    color: Theme.text
                }
                // Each reading a dot, placed by its time; self-care sessions as triangles
                // along the bottom. Shapes, not colour, carry the meaning.
                Item {
                    id: plot
                    objectName: "storyChart"
                    readonly property real span: Math.max(1, root.story.end - root.story.start)
                    function xOf(when) { return (when - root.story.start) / plot.span * (plot.width - 12) + 6 }
                    Layout.fillWidth: true
                    Layout.preferredHeight: 130
                    Accessible.role: Accessible.Chart
                    Accessible.name: qsTr("Tenderness readings, oldest first: %1")
                                     .arg(root.story.readings.map(r => r.tenderness).join(", "))
                    Rectangle {
                        anchors.fill: parent
                        color: "transparent"
                        border.color: Theme.border
                        radius: 4
                    }
                    Repeater {
                        model: [0, 5, 10]
                        delegate: Label {
                            required property int modelData
                            x: 2
                            y: (1 - modelData / 10) * (plot.height - 22) + 2
                            text: modelData
                            font.pixelSize: Theme.fontSmall - 2
                            color: Theme.textMuted
                        }
                    }
                    Repeater {
                        model: root.story.readings
                        delegate: Rectangle {
                            required property var modelData
                            width: 9
                            height: 9
                            radius: 4.5
                            x: plot.xOf(modelData.when) - width / 2 + 10
                            y: (1 - modelData.tenderness / 10) * (plot.height - 22) + 6
                            color: Theme.tenderColor(modelData.tenderness)
                            border.color: Theme.text
                            border.width: 1
                        }
                    }
                    Repeater {
                        model: root.story.sessions
                        delegate: Label {
                            required property var modelData
                            x: plot.xOf(modelData.when) - width / 2 + 10
                            y: plot.height - height - 1
                            text: "▲"
                            font.pixelSize: 10
                            color: Theme.pain
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Dots: tenderness readings (0-10). Triangles: self-care sessions on this knot.")
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                }

                Label {
                    text: qsTr("What happened, newest first")
                    font.bold: true
                    color: Theme.text
                }
                ListView {
                    objectName: "storyEvents"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 80
                    clip: true
                    spacing: 4
                    model: root.story.events
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ColumnLayout {
                        required property var modelData
                        width: ListView.view.width
                        spacing: 0
                        Label {
                            text: modelData.when
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.text
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.bold: modelData.kind === "status"
                        }
                        Label {
                            objectName: "storyNote"
                            visible: modelData.note !== ""
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.gap
                            Layout.bottomMargin: 2
                            text: modelData.note
                            wrapMode: Text.WordWrap
                            font.italic: true
                            color: Theme.textMuted
                        }
                    }
                }
            }
        }
    }
}
