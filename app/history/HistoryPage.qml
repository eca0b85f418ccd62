// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Pain over time and what goes with it: the daily chart, progress in clinical terms,
// what helps, what goes with worse days, where on the body, each knot's story, and every
// check-in.
Item {
    id: root

    required property AppState app
    readonly property bool hasData: root.app.checkIns.count > 0 || root.app.history.knotCount > 0
    readonly property bool wide: width >= 900

    // A titled card for one part of the page.
    component Card: Rectangle {
        id: card
        property string title
        default property alias content: body.data
        Layout.fillWidth: true
        implicitHeight: body.implicitHeight + heading.implicitHeight + 3 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        Label {
            id: heading
            x: Theme.spacing
            y: Theme.spacing
            width: card.width - 2 * Theme.spacing
            text: card.title
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        ColumnLayout {
            id: body
            x: Theme.spacing
            y: heading.y + heading.height + Theme.gap + 4
            width: card.width - 2 * Theme.spacing
            spacing: Theme.gap + 2
        }
    }

    objectName: "page-history"
    onVisibleChanged: if (visible) root.app.history.refresh()
    Component.onCompleted: if (visible) root.app.history.refresh()

    FocusScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

    ColumnLayout {
        width: scroll.availableWidth - 2 * Theme.margin
        x: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            title: qsTr("History")
            subtitle: root.app.history.rangeText
        }

        EmptyState {
            visible: !root.hasData
            Layout.fillWidth: true
            text: qsTr("No check-ins yet. Record today's pain on the Today page, and your days will build up here.")
        }

        SegmentedChoice {
            visible: root.hasData
            namePrefix: "range-"
            options: [{ key: "14", label: qsTr("2 weeks") }, { key: "90", label: qsTr("3 months") },
                      { key: "365", label: qsTr("1 year") }, { key: "0", label: qsTr("All") }]
            chosen: String(root.app.history.rangeDays)
            onChosenChanged: root.app.history.rangeDays = Number(chosen)
        }

        Label {
            objectName: "historyError"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: root.app.history.error
        }

        Rectangle {
            visible: root.app.checkIns.count > 0
            Layout.fillWidth: true
            // Taller when the pain extent strip is drawn under the chart.
            Layout.preferredHeight: (root.wide ? 300 : 240) + (root.app.history.extentText !== "" ? 50 : 0)
            radius: Theme.radius
            color: Theme.surface
            border.color: chart.activeFocus ? Theme.focusRing : Theme.border
            border.width: chart.activeFocus ? 2 : 1
            PainChartItem {
                id: chart
                objectName: "painChart"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                history: root.app.history
                textColor: Theme.text
                gridColor: Theme.border
                averageColor: Theme.tenderColor(7)
                rollingColor: Theme.accent
                selfCareColor: Theme.pain
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Daily pain chart. %1").arg(root.app.history.summary)
                Accessible.description: chart.focusText !== "" ? chart.focusText
                                        : qsTr("Use the left and right arrow keys to read each day.")
            }
        }
        Label {
            objectName: "chartDay"
            visible: root.app.checkIns.count > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: chart.focusText !== "" ? Theme.text : Theme.textMuted
            text: chart.focusText !== "" ? chart.focusText
                  : qsTr("Point at a day, or select the chart and use the arrow keys, to read its values.")
        }

        Label {
            objectName: "historySummary"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: root.app.history.summary
        }
        Label {
            objectName: "historyExtent"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: root.app.history.extentText
        }
        Label {
            objectName: "historyProgress"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: root.app.history.progress
        }
        Rectangle {
            objectName: "historyPrompt"
            visible: root.app.history.prompt !== ""
            Layout.fillWidth: true
            implicitHeight: promptLabel.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: root.app.history.promptLevel === "firm" ? Theme.dangerSoft : Theme.accentSoft
            Label {
                id: promptLabel
                anchors.fill: parent
                anchors.margins: Theme.spacing
                wrapMode: Text.WordWrap
                color: Theme.text
                text: root.app.history.prompt
            }
        }

        GridLayout {
            visible: root.hasData
            Layout.fillWidth: true
            columns: root.wide ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Card {
                objectName: "whatHelps"
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                title: qsTr("What helps")
                Label {
                    visible: root.app.history.techniques.length === 0
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("No self-care sessions in this range. Time one on the Self-care page, and rate the knot before and after, to see what helps you.")
                }
                Repeater {
                    model: root.app.history.techniques
                    delegate: ColumnLayout {
                        required property var modelData
                        objectName: "technique-" + modelData.techniqueId
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: modelData.title
                            font.bold: true
                            wrapMode: Text.WordWrap
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.effect
                            wrapMode: Text.WordWrap
                            color: modelData.hasEffect ? Theme.text : Theme.textMuted
                        }
                    }
                }
            }

            Card {
                objectName: "worseDays"
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
                title: qsTr("What goes with worse days")
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("How each daily factor moved with your average pain, from 14 days with both on. These are things that go together in your own log; they do not show that one causes the other. ● marks a moderate or strong link; those come first.")
                }
                Repeater {
                    model: root.app.history.factors.filter(f => f.recorded > 0)
                    delegate: ColumnLayout {
                        required property var modelData
                        objectName: "factor-" + modelData.key
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: modelData.label + (modelData.notable ? "  ●" : "")
                            font.bold: true
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            Accessible.name: modelData.label + (modelData.notable ? qsTr(", notable") : "")
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.mean
                            wrapMode: Text.WordWrap
                            color: Theme.textMuted
                        }
                        Label {
                            objectName: "sameDay"
                            Layout.fillWidth: true
                            text: modelData.sameDay
                            wrapMode: Text.WordWrap
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.nextDay
                            wrapMode: Text.WordWrap
                            color: Theme.text
                        }
                    }
                }
                Label {
                    visible: root.app.history.factors.filter(f => f.recorded > 0).length === 0
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("No daily factors recorded in this range. Add sleep, sitting, stress and the rest under \"What may drive it\" on the Today page.")
                }
            }
        }

        Card {
            objectName: "bodyHeat"
            visible: root.hasData
            title: qsTr("Where on the body")
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Deeper colour: knots logged more often and more tender in this range. Hatching: where pain was felt.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                StaticFigure {
                    objectName: "heatFront"
                    view: FigureView.Front
                    height: root.wide ? 340 : 260
                    width: implicitWidth
                    atlas: root.app.atlas
                    heat: root.app.history.heat
                    painRegions: root.app.history.painRegions
                }
                StaticFigure {
                    objectName: "heatBack"
                    view: FigureView.Back
                    height: root.wide ? 340 : 260
                    width: implicitWidth
                    atlas: root.app.atlas
                    heat: root.app.history.heat
                    painRegions: root.app.history.painRegions
                }
                ColumnLayout {
                    width: Math.min(420, Math.max(260, parent.width - 2 * (root.wide ? 200 : 160) - 2 * Theme.spacing))
                    spacing: Theme.gap
                    Label {
                        visible: root.app.history.places.length === 0
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        text: qsTr("No knot readings or pain marks in this range.")
                    }
                    Repeater {
                        model: root.app.history.places
                        delegate: ColumnLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: modelData.name
                                font.bold: true
                                wrapMode: Text.WordWrap
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: modelData.text
                                wrapMode: Text.WordWrap
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                }
            }
        }

        Card {
            objectName: "knotStories"
            visible: root.app.history.knotCount > 0
            title: qsTr("Each knot's story")
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("The knots you had in this range. Choose one to see how it went.")
            }
            // A list that only makes the rows in sight, as years of knots can be hundreds.
            ListView {
                objectName: "knotStoryList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 8 * 46)
                clip: true
                model: root.app.history.knots
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "story-" + modelData.knotId
                    width: ListView.view.width
                    padding: Theme.gap
                    onClicked: storySheet.show(modelData.knotId)
                    Accessible.name: qsTr("%1, %2, %3. Open its story.").arg(modelData.number).arg(modelData.name).arg(modelData.statusText)
                    contentItem: RowLayout {
                        spacing: Theme.spacing
                        Label {
                            Layout.preferredWidth: 36
                            text: modelData.number
                            font.bold: true
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.name
                            elide: Text.ElideRight
                            color: Theme.text
                        }
                        Label {
                            text: modelData.statusText
                            color: modelData.status === KnotState.Resolved ? Theme.textMuted : Theme.text
                        }
                        Label {
                            visible: root.wide
                            text: qsTr("since %1").arg(modelData.noted)
                            color: Theme.textMuted
                        }
                        Label {
                            text: modelData.latest >= 0 ? qsTr("latest %1/10").arg(modelData.latest) : ""
                            color: Theme.textMuted
                        }
                    }
                }
            }
        }

        Label {
            visible: root.app.checkIns.count > 0
            text: qsTr("Daily check-ins, newest first")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
        }

        ListView {
            objectName: "checkInList"
            visible: root.app.checkIns.count > 0
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.margin
            Layout.preferredHeight: Math.min(contentHeight, Math.max(240, scroll.height - 140))
            clip: true
            spacing: Theme.gap
            model: root.app.checkIns
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: row
                required property date day
                required property int painNow
                required property int painWorst
                required property int painLeast
                required property int painAverage
                required property string note

                width: ListView.view.width
                implicitHeight: content.implicitHeight + 2 * Theme.spacing - 4
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                RowLayout {
                    id: content
                    anchors.fill: parent
                    anchors.margins: Theme.spacing - 2
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 150
                        text: Dates.day(row.day)
                        font.bold: true
                        color: Theme.text
                    }
                    Rectangle {
                        Layout.preferredWidth: 110
                        Layout.preferredHeight: 10
                        radius: 5
                        color: Theme.surfaceAlt
                        Accessible.ignored: true
                        Rectangle {
                            width: parent.width * row.painAverage / 10
                            height: parent.height
                            radius: 5
                            color: Theme.tenderColor(row.painAverage)
                        }
                    }
                    Label {
                        text: qsTr("Average %1 · now %2 · worst %3 · least %4")
                              .arg(row.painAverage).arg(row.painNow).arg(row.painWorst).arg(row.painLeast)
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.note
                        elide: Text.ElideRight
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
    }

    KnotStorySheet {
        id: storySheet
        story: root.app.story
        atlas: root.app.atlas
    }
}
