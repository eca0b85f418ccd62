// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The daily check-in: four pain scores on the 0-10 scale, optionally how much pain got in
// the way and what may have played a part, and a note. Today by default; missed past
// days can be filled in.
Item {
    id: root

    required property AppState app
    readonly property TodayCheckIn today: root.app.today
    readonly property bool complete: root.today.scoresComplete(now.value, worst.value, least.value,
                                                               average.value)

    objectName: "page-today"

    function fieldError(field: string): string {
        return root.today.errorField === field ? root.today.errorText : ""
    }
    // Shows what is stored for the day (or an empty form).
    function loadForm() {
        const e = root.today.entry
        now.value = e.painNow
        worst.value = e.painWorst
        least.value = e.painLeast
        average.value = e.painAverage
        for (let i = 0; i < interference.count; ++i)
            interference.itemAt(i).value = e.interference[i]
        sitting.text = e.sittingHours
        breaks.text = e.movementBreaks
        sleepHours.text = e.sleepHours
        sleepQuality.value = e.sleepQuality
        stress.value = e.stress
        water.text = e.waterGlasses
        exercise.text = e.exerciseMinutes
        awkwardSleep.value = e.awkwardSleep < 0 ? undefined : e.awkwardSleep === 1
        lifting.value = e.heavyLifting < 0 ? undefined : e.heavyLifting === 1
        note.text = e.note
        status.text = ""
    }
    // The form as it stands, to save (written field by field into `form`).
    property checkInForm form
    function collect() {
        const answer = v => v === undefined ? -1 : (v ? 1 : 0)
        const inter = []
        for (let i = 0; i < interference.count; ++i)
            inter.push(interference.itemAt(i).value)
        form.painNow = now.value
        form.painWorst = worst.value
        form.painLeast = least.value
        form.painAverage = average.value
        form.interference = inter
        form.sittingHours = sitting.text
        form.movementBreaks = breaks.text
        form.sleepHours = sleepHours.text
        form.sleepQuality = sleepQuality.value
        form.stress = stress.value
        form.waterGlasses = water.text
        form.exerciseMinutes = exercise.text
        form.awkwardSleep = answer(awkwardSleep.value)
        form.heavyLifting = answer(lifting.value)
        form.note = note.text
        return form
    }

    Component.onCompleted: loadForm()
    Connections {
        target: root.today
        function onChanged() { root.loadForm() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        FocusScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ScrollBar.vertical.policy: ScrollBar.AsNeeded

            ColumnLayout {
                width: scroll.availableWidth - 2 * Theme.margin
                x: Theme.margin
                spacing: Theme.spacing + 4

                PageHeader {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.margin
                    title: root.today.isToday ? qsTr("Today") : qsTr("A past day")
                    subtitle: qsTr("Rate your pain from 0 (no pain) to 10 (worst pain imaginable). Only the four scores are needed.")
                }

                // A Flow, so that "Back to today" wraps below at narrow widths, never cut off.
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    PlainButton {
                        objectName: "previousDay"
                        text: qsTr("◂ Previous day")
                        Accessible.name: qsTr("Previous day")
                        onClicked: root.today.showRelativeDay(-1)
                    }
                    Label {
                        objectName: "shownDay"
                        width: Math.max(200, implicitWidth)
                        height: Theme.touch
                        verticalAlignment: Text.AlignVCenter
                        horizontalAlignment: Text.AlignHCenter
                        font.bold: true
                        font.pixelSize: Theme.fontHeading
                        color: Theme.text
                        text: Dates.dayLong(root.today.day)
                    }
                    PlainButton {
                        objectName: "nextDay"
                        text: qsTr("Next day ▸")
                        Accessible.name: qsTr("Next day")
                        enabled: !root.today.isToday
                        onClicked: root.today.showRelativeDay(1)
                    }
                    PlainButton {
                        objectName: "backToToday"
                        visible: !root.today.isToday
                        text: qsTr("Back to today")
                        onClicked: root.today.showToday()
                    }
                }
                Label {
                    visible: text !== ""
                    text: root.fieldError("day")
                    color: Theme.danger
                }

                ScoreScale {
                    id: now
                    objectName: "scale-now"
                    label: root.today.isToday ? qsTr("Right now") : qsTr("At the end of that day")
                    errorText: root.fieldError("painNow")
                    focus: true
                }
                ScoreScale {
                    id: worst
                    objectName: "scale-worst"
                    label: qsTr("At its worst in the last 24 hours")
                    errorText: root.fieldError("painWorst")
                }
                ScoreScale {
                    id: least
                    objectName: "scale-least"
                    label: qsTr("At its least in the last 24 hours")
                    errorText: root.fieldError("painLeast")
                }
                ScoreScale {
                    id: average
                    objectName: "scale-average"
                    label: qsTr("On average over the last 24 hours")
                    errorText: root.fieldError("painAverage")
                }

                Expander {
                    objectName: "interference"
                    Layout.fillWidth: true
                    title: qsTr("How much did pain get in the way? (optional)")
                    Repeater {
                        id: interference
                        model: root.today.interferenceDomains
                        delegate: ScoreScale {
                            required property var modelData
                            required property int index
                            objectName: "interference-" + index
                            label: modelData.label
                            lowText: qsTr("0 did not get in the way")
                            highText: qsTr("10 completely")
                            errorText: root.fieldError(modelData.field)
                        }
                    }
                }

                Expander {
                    objectName: "factors"
                    Layout.fillWidth: true
                    title: qsTr("What may have played a part (optional)")
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.margin
                        NumberField { id: sitting; objectName: "sittingHours"; label: qsTr("Hours sitting"); unit: qsTr("hours"); errorText: root.fieldError("sittingHours") }
                        NumberField { id: breaks; objectName: "movementBreaks"; label: qsTr("Movement breaks"); unit: qsTr("breaks"); errorText: root.fieldError("movementBreaks") }
                        NumberField { id: sleepHours; objectName: "sleepHours"; label: qsTr("Hours of sleep"); unit: qsTr("hours"); errorText: root.fieldError("sleepHours") }
                        NumberField { id: water; objectName: "waterGlasses"; label: qsTr("Glasses of water"); unit: qsTr("glasses"); errorText: root.fieldError("waterGlasses") }
                        NumberField { id: exercise; objectName: "exerciseMinutes"; label: qsTr("Exercise"); unit: qsTr("minutes"); errorText: root.fieldError("exerciseMinutes") }
                    }
                    ScoreScale {
                        id: sleepQuality
                        objectName: "sleepQuality"
                        label: qsTr("How well did you sleep?")
                        lowText: qsTr("0 very badly")
                        highText: qsTr("10 very well")
                        errorText: root.fieldError("sleepQuality")
                    }
                    ScoreScale {
                        id: stress
                        objectName: "stress"
                        label: qsTr("How stressed did you feel?")
                        lowText: qsTr("0 not at all")
                        highText: qsTr("10 extremely")
                        errorText: root.fieldError("stress")
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.margin
                        YesNoField { id: awkwardSleep; objectName: "awkwardSleep"; label: qsTr("Slept in an awkward position?") }
                        YesNoField { id: lifting; objectName: "heavyLifting"; label: qsTr("Lifted something heavy?") }
                    }
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
                    PlainTextArea {
                        id: note
                        objectName: "note"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 88
                        wrapMode: TextEdit.Wrap
                        placeholderText: qsTr("Anything that may explain the day: a long drive, poor sleep, a stressful day…")
                        Accessible.name: qsTr("Note")
                        KeyNavigation.priority: KeyNavigation.BeforeItem
                        KeyNavigation.tab: saveButton
                    }
                    Label {
                        visible: text !== ""
                        text: root.fieldError("note")
                        color: Theme.danger
                    }
                }
            }
        }

        // Always in sight: saving is the one step every check-in needs.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bar.implicitHeight + 2 * Theme.gap
            color: Theme.background

            Rectangle {
                width: parent.width
                height: 1
                color: Theme.border
            }

            ColumnLayout {
                id: bar
                anchors.fill: parent
                anchors.topMargin: Theme.gap
                anchors.bottomMargin: Theme.gap
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin

                Label {
                    objectName: "saveError"
                    visible: text !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.danger
                    text: root.today.errorField === "" ? root.today.errorText : ""
                }

                Label {
                    objectName: "savedElsewhere"
                    visible: text !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: root.today.elsewhere
                }

                RowLayout {
                    spacing: Theme.spacing

                    PrimaryButton {
                        id: saveButton
                        objectName: "saveCheckIn"
                        text: root.today.recorded ? qsTr("Update this check-in") : qsTr("Save this check-in")
                        enabled: root.complete && Saving.allowed
                        onClicked: {
                            if (root.today.saveEntry(root.collect()))
                                status.text = qsTr("Saved at %1.").arg(root.today.savedAt)
                        }
                    }
                    Label {
                        id: status
                        objectName: "saveStatus"
                        color: Theme.textMuted
                    }
                    SavingOffNote {
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: !root.complete && Saving.allowed
                        color: Theme.textMuted
                        text: qsTr("Choose a number on each of the four scales to save.")
                    }
                }
            }
        }
    }
}
