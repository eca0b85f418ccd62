import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Today's pain check-in: four scores and a note, saved in one step.
Item {
    id: root

    required property AppState app
    readonly property TodayCheckIn today: root.app.today
    readonly property bool complete: now.value >= 0 && worst.value >= 0 && least.value >= 0
                                     && average.value >= 0

    objectName: "page-today"

    function fieldError(field: string): string {
        return root.today.errorField === field ? root.today.errorText : ""
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ScrollBar.vertical.policy: ScrollBar.AsNeeded

        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing + 4

            PageHeader {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                title: qsTr("Today")
                subtitle: qsTr("%1. Rate your pain from 0 (no pain) to 10 (worst pain imaginable).")
                          .arg(root.today.day.toLocaleDateString(Qt.locale(), "dddd d MMMM"))
            }

            ScoreScale {
                id: now
                objectName: "scale-now"
                label: qsTr("Right now")
                value: root.today.painNow
                errorText: root.fieldError("painNow")
                focus: true
            }
            ScoreScale {
                id: worst
                objectName: "scale-worst"
                label: qsTr("At its worst in the last 24 hours")
                value: root.today.painWorst
                errorText: root.fieldError("painWorst")
            }
            ScoreScale {
                id: least
                objectName: "scale-least"
                label: qsTr("At its least in the last 24 hours")
                value: root.today.painLeast
                errorText: root.fieldError("painLeast")
            }
            ScoreScale {
                id: average
                objectName: "scale-average"
                label: qsTr("On average over the last 24 hours")
                value: root.today.painAverage
                errorText: root.fieldError("painAverage")
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.maximumWidth: 560
                spacing: 4
                Label {
                    text: qsTr("Note (optional)")
                    font.bold: true
                    color: Theme.text
                }
                TextArea {
                    id: note
                    objectName: "note"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 88
                    wrapMode: TextEdit.Wrap
                    text: root.today.note
                    placeholderText: qsTr("Anything that may explain today: a long drive, poor sleep, a stressful day\u2026")
                    Accessible.name: qsTr("Note")
                    KeyNavigation.priority: KeyNavigation.BeforeItem
                    KeyNavigation.tab: saveButton
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: note.activeFocus ? 2 : 1
                        border.color: note.activeFocus ? Theme.focusRing : Theme.border
                    }
                }
                Label {
                    visible: text !== ""
                    text: root.fieldError("note")
                    color: Theme.danger
                }
            }

            Label {
                objectName: "saveError"
                visible: text !== ""
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: root.today.errorField === "" ? root.today.errorText : ""
            }

            RowLayout {
                spacing: Theme.spacing
                Layout.bottomMargin: Theme.margin

                PrimaryButton {
                    id: saveButton
                    objectName: "saveCheckIn"
                    text: root.today.recorded ? qsTr("Update today's check-in") : qsTr("Save today's check-in")
                    enabled: root.complete
                    onClicked: {
                        if (root.today.save(now.value, worst.value, least.value, average.value, note.text))
                            status.text = qsTr("Saved at %1.").arg(new Date().toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                    }
                }
                Label {
                    id: status
                    objectName: "saveStatus"
                    color: Theme.textMuted
                    text: root.complete ? "" : qsTr("Choose a number on each of the four scales to save.")
                }
            }
        }
    }
}
