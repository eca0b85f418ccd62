// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Starting a timed session: which knot, which technique suits it, how tender it is now.
Rectangle {
    id: root

    required property AppState app
    readonly property SessionRunner runner: root.app.runner
    // By index, not currentValue: the knot list is replaced whole when knots change.
    readonly property var chosenKnot: root.app.knots.count > 0 && knotBox.currentIndex >= 0
                                      ? knotBox.valueAt(knotBox.currentIndex) : undefined
    readonly property var techniques: root.chosenKnot !== undefined ? root.runner.techniquesFor(root.chosenKnot) : []
    readonly property string chosenRegion: root.chosenKnot !== undefined
            ? root.app.knotEditor.knot(root.chosenKnot).region : ""
    // An urgent answer pauses self-care there (or everywhere, for a general question).
    readonly property bool paused: {
        // Uses `tier`, so that the binding follows every change of triage.
        return root.app.guide.tier !== WarningTier.Emergency && root.app.guide.selfCarePausedIn(root.chosenRegion)
    }

    // Preselects a knot, e.g. from the body map.
    function chooseKnot(knotId: var) {
        const i = knotBox.indexOfValue(knotId)
        if (i >= 0)
            knotBox.currentIndex = i
    }

    objectName: "sessionCard"
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            text: root.runner.active ? qsTr("Session in progress") : qsTr("Time a self-care session")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
        }

        Label {
            objectName: "sessionBlocked"
            visible: !root.app.guide.selfCareShown
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: qsTr("Self-care is paused because you answered yes to an emergency warning sign. Please get emergency care now.")
        }
        Label {
            visible: root.app.guide.selfCareShown && root.app.knots.count === 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("Log a knot on the Body map first; then choose it here to time a session on it.")
        }

        // First use, or a long break: the general questions come before any self-care.
        ScreeningPrompt {
            Layout.fillWidth: true
            visible: root.app.guide.screeningDue && root.app.guide.selfCareShown && !root.runner.active
            guide: root.app.guide
            regionId: root.chosenRegion
            textName: "sessionScreening"
            buttonName: "sessionAnswerSafety"
        }

        ColumnLayout {
            visible: root.app.guide.selfCareShown && !root.app.guide.screeningDue && root.app.knots.count > 0 && !root.runner.active
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "sessionPaused"
                visible: root.paused
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: qsTr("Self-care on this knot is paused: you answered yes to a warning sign that needs a clinician today. It comes back when your answer changes, or once a clinician has seen you and said self-care is fine.")
            }
            PlainButton {
                visible: root.paused
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("A clinician said it is fine")
                onClicked: root.app.guide.clinicianSaidSelfCareIsFine()
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ColumnLayout {
                    Label { text: qsTr("Knot"); color: Theme.text }
                    PlainComboBox {
                        id: knotBox
                        objectName: "sessionKnot"
                        implicitWidth: 380
                        model: root.app.knots
                        textRole: "regionName"
                        valueRole: "knotId"
                        Accessible.name: qsTr("Knot")
                        onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
                    }
                }
                ColumnLayout {
                    Label { text: qsTr("Technique"); color: Theme.text }
                    PlainComboBox {
                        id: techniqueBox
                        objectName: "sessionTechnique"
                        implicitWidth: 320
                        model: root.techniques
                        textRole: "name"
                        valueRole: "value"
                        Accessible.name: qsTr("Technique")
                    }
                }
            }
            Label {
                visible: text !== ""
                color: Theme.textMuted
                text: techniqueBox.currentIndex >= 0 && root.techniques.length > techniqueBox.currentIndex
                      ? qsTr("Recommended: %1").arg(root.techniques[techniqueBox.currentIndex].detail) : ""
            }
            ScoreScale {
                id: before
                objectName: "tendernessBefore"
                label: qsTr("How tender is the knot now, when you press it?")
                errorText: root.runner.errorField === "tendernessBefore" ? root.runner.errorText : ""
            }
            PrimaryButton {
                objectName: "startSession"
                text: qsTr("Start the timer")
                enabled: before.value >= 0 && knotBox.currentIndex >= 0 && techniqueBox.currentIndex >= 0
                         && Saving.allowed && !root.paused
                unavailableReason: root.paused ? qsTr("self-care on this knot is paused")
                                 : !Saving.allowed ? qsTr("nothing can be saved now")
                                 : knotBox.currentIndex < 0 ? qsTr("choose a knot first")
                                 : before.value < 0 ? qsTr("choose how tender the knot is first") : ""
                onClicked: {
                    if (root.runner.begin(root.chosenKnot, root.techniques[techniqueBox.currentIndex].value, before.value))
                        before.value = -1
                }
            }
            SavingOffNote {
                Layout.fillWidth: true
            }
        }

        SessionTimerView {
            visible: root.runner.active
            Layout.fillWidth: true
            runner: root.runner
        }
    }
}
