import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Every daily check-in, newest first.
Item {
    id: root

    required property AppState app

    objectName: "page-history"

    ScrollView {
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
            subtitle: root.app.checkIns.count > 0
                      ? (root.app.checkIns.count === 1 ? qsTr("1 day with a pain check-in.")
                                                       : qsTr("%1 days with a pain check-in, newest first.").arg(root.app.checkIns.count))
                      : ""
        }

        SegmentedChoice {
            visible: root.app.checkIns.count > 0
            namePrefix: "range-"
            options: [{ key: "14", label: qsTr("2 weeks") }, { key: "90", label: qsTr("3 months") },
                      { key: "365", label: qsTr("1 year") }, { key: "0", label: qsTr("All") }]
            chosen: String(root.app.history.rangeDays)
            onChosenChanged: root.app.history.rangeDays = Number(chosen)
        }

        Rectangle {
            visible: root.app.checkIns.count > 0
            Layout.fillWidth: true
            Layout.preferredHeight: 300
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            PainChartItem {
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
            }
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

        EmptyState {
            visible: root.app.checkIns.count === 0
            Layout.fillWidth: true
            text: qsTr("No check-ins yet. Record today's pain on the Today page, and your days will build up here.")
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

                width: ListView.view.width - 12
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
                        text: row.day.toLocaleDateString(Qt.locale(), "ddd d MMM yyyy")
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
                        text: qsTr("Average %1 \u00b7 now %2 \u00b7 worst %3 \u00b7 least %4")
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
}
