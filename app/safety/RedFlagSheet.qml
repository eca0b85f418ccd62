// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// A few warning-sign questions, each answered yes or no. Every answer is kept with its
// time for the physiotherapist's summary.
// A Dialog, not a bare Popup, for its title: what a screen reader announces as the
// dialog's name. The page draws its own heading, so the Dialog's header is left out.
Dialog {
    id: root
    title: qsTr("A few safety questions")
    header: null

    required property SpotGuide guide
    property var questions: []
    property string regionId
    property var answers: ({})
    readonly property bool complete: root.questions.every(q => root.answers[q.id] !== undefined)

    // Asks the region's questions that were never answered; nothing if there are none.
    function askFor(regionId: string) {
        const qs = root.guide.unansweredQuestions(regionId)
        if (qs.length > 0)
            show(qs, regionId)
    }
    function askGeneral() { show(root.guide.generalQuestions(), "") }
    function reviewFlagged() { show(root.guide.flaggedQuestions(), "") }
    function show(qs: var, regionId: string) {
        root.regionId = regionId
        root.answers = {}
        root.questions = qs
        root.open()
    }
    function choose(id: string, yes: bool) {
        const copy = Object.assign({}, root.answers)
        copy[id] = yes
        root.answers = copy
    }

    objectName: "redFlagSheet"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(680, (parent ? parent.width : 680) - 2 * Theme.margin)
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 2 * Theme.margin)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        radius: Theme.radius + 4
        color: Theme.surface
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            text: qsTr("A few safety questions")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("Some symptoms need a clinician rather than self-care. Please answer each question; your answers are kept with their date for your physiotherapist.")
        }

        FocusScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 120
            Layout.preferredHeight: list.implicitHeight
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                id: list
                width: scroll.availableWidth
                spacing: Theme.spacing

                Repeater {
                    model: root.questions
                    delegate: ColumnLayout {
                        id: item
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            text: item.modelData.question
                        }
                        RowLayout {
                            spacing: Theme.spacing
                            PlainRadioButton {
                                objectName: "yes-" + item.modelData.id
                                text: qsTr("Yes")
                                checked: root.answers[item.modelData.id] === true
                                onClicked: root.choose(item.modelData.id, true)
                            }
                            PlainRadioButton {
                                objectName: "no-" + item.modelData.id
                                text: qsTr("No")
                                checked: root.answers[item.modelData.id] === false
                                onClicked: root.choose(item.modelData.id, false)
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing
            Label {
                visible: !root.complete
                color: Theme.textMuted
                text: qsTr("Answer every question to save.")
            }
            PlainButton {
                text: qsTr("Not now")
                implicitHeight: Theme.touch + 4
                onClicked: root.close()
            }
            PrimaryButton {
                objectName: "redFlagSave"
                // Read-only: the answers still count until KnotMap closes; safety first.
                text: Saving.allowed ? qsTr("Save answers") : qsTr("Use answers (not saved)")
                enabled: root.complete
                onClicked: {
                    const ids = root.questions.map(q => q.id)
                    if (root.guide.answer(ids, ids.map(id => root.answers[id] === true), root.regionId)
                            || !Saving.allowed)
                        root.close()
                }
            }
        }
    }
}
