// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// A running session: what to do now, the time left, what comes next; pause, resume or
// stop early. When it ends, rate the knot again and save.
ColumnLayout {
    id: root

    required property SessionRunner runner

    function clock(s: int): string {
        const m = Math.floor(s / 60)
        const r = s % 60
        return m + ":" + (r < 10 ? "0" : "") + r
    }

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        text: qsTr("%1 on %2").arg(root.runner.techniqueName).arg(root.runner.knotName)
    }

    // The cue: the panel changes colour and flashes when a new phase begins.
    Rectangle {
        id: cue
        objectName: "phaseCue"
        Layout.fillWidth: true
        implicitHeight: cueColumn.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: root.runner.phaseIsRest ? Theme.surfaceAlt : Theme.accentSoft
        border.width: 2
        border.color: Theme.accent

        SequentialAnimation {
            id: flash
            NumberAnimation { target: cue; property: "border.width"; to: 8; duration: 150 }
            NumberAnimation { target: cue; property: "border.width"; to: 2; duration: 450 }
        }
        // ... and a soft chime sounds, for when the eyes are closed during a stretch.
        Chime {
            id: chime
            objectName: "phaseChime"
        }
        Connections {
            target: root.runner
            function onPhaseStarted() {
                flash.restart()
                chime.play()
            }
        }

        ColumnLayout {
            id: cueColumn
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            Label {
                objectName: "phaseWhat"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                text: root.runner.phaseWhat
                Accessible.role: Accessible.StaticText
            }
            Label {
                objectName: "phaseLeft"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                visible: !root.runner.finished
                font.pixelSize: 48
                font.bold: true
                color: Theme.text
                text: root.clock(root.runner.phaseOpen ? root.runner.phaseElapsed : root.runner.phaseLeft)
                Accessible.name: root.runner.phaseOpen ? qsTr("%1 so far").arg(text)
                                                       : qsTr("%1 left in this step").arg(text)
            }
            Label {
                objectName: "phaseOpenHint"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                visible: root.runner.phaseOpen
                color: Theme.textMuted
                text: qsTr("No set time for this: go at your own pace and press Done when you have finished.")
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                visible: !root.runner.finished
                color: Theme.textMuted
                // One open step: nothing comes next but rating the knot, as the hint says.
                text: root.runner.phaseCount === 0 || (root.runner.phaseOpen && root.runner.phaseCount === 1) ? ""
                      : qsTr("Step %1 of %2 · next: %3").arg(root.runner.phaseIndex + 1)
                        .arg(root.runner.phaseCount).arg(root.runner.nextWhat)
            }
        }
    }

    PlainProgressBar {
        Layout.fillWidth: true
        visible: root.runner.totalSeconds > 0 && !root.runner.phaseOpen
        from: 0
        to: Math.max(1, root.runner.totalSeconds)
        value: root.runner.doneSeconds
        Accessible.name: qsTr("%1 of %2 done").arg(root.clock(root.runner.doneSeconds)).arg(root.clock(root.runner.totalSeconds))
    }

    RowLayout {
        visible: root.runner.running
        spacing: Theme.spacing
        PrimaryButton {
            objectName: root.runner.paused ? "resumeSession" : "pauseSession"
            text: root.runner.paused ? qsTr("Resume") : qsTr("Pause")
            onClicked: root.runner.paused ? root.runner.resume() : root.runner.pause()
        }
        PlainButton {
            objectName: "stopSession"
            text: root.runner.phaseOpen ? qsTr("Done") : qsTr("Stop early")
            implicitHeight: Theme.touch + 4
            onClicked: root.runner.stop()
        }
    }

    ColumnLayout {
        visible: root.runner.finished
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            color: Theme.text
            text: qsTr("You did %1.").arg(root.clock(root.runner.doneSeconds))
        }
        ScoreScale {
            id: after
            objectName: "tendernessAfter"
            label: qsTr("How tender is the knot now, when you press it?")
            errorText: root.runner.errorField === "tendernessAfter" ? root.runner.errorText : ""
        }
        PlainTextField {
            id: note
            objectName: "sessionNote"
            Layout.fillWidth: true
            Layout.maximumWidth: 520
            placeholderText: qsTr("Note (optional)")
            Accessible.name: qsTr("Note")
        }
        Label {
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: root.runner.errorField !== "tendernessAfter" ? root.runner.errorText : ""
        }
        RowLayout {
            spacing: Theme.spacing
            PrimaryButton {
                objectName: "saveSession"
                text: qsTr("Save session")
                enabled: after.value >= 0
                onClicked: {
                    if (root.runner.save(after.value, note.text)) {
                        after.value = -1
                        note.text = ""
                    }
                }
            }
            PlainButton {
                objectName: "discardSession"
                text: qsTr("Discard")
                implicitHeight: Theme.touch + 4
                onClicked: root.runner.discard()
            }
        }
    }
}
