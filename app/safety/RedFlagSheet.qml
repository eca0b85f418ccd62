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
    // The year of birth is asked with the first history facts, once; it may be left out.
    property bool askYear: false
    // What is typed as the year of birth (the field is made only while the sheet shows).
    property string yearText
    readonly property bool yearWellFormed: root.yearText.trim() === ""
                                           || /^[0-9]{4}$/.test(root.yearText.trim())
    readonly property int yearGiven: root.yearWellFormed && root.yearText.trim() !== ""
                                     ? parseInt(root.yearText, 10) : 0
    readonly property bool yearValid: root.yearWellFormed
                                      && (root.yearGiven === 0 || (root.yearGiven >= 1900
                                          && root.yearGiven <= new Date().getFullYear()))
    // The questions for this person, with the history facts as answered so far in the sheet
    // (a question on cancer is not asked of someone who has just said they never had it).
    readonly property var shown: root.questions.filter(
        q => q.fact || root.guide.applies(q.id, root.answers, root.yearGiven))
    readonly property bool complete: root.shown.every(q => root.answers[q.id] !== undefined)
                                     && root.yearValid

    // Asks what is due for the region (or the first-use screen alone for ""): the history
    // facts never answered, and the questions whose answer no longer counts; nothing if none.
    function askFor(regionId: string) {
        root.guide.refresh()
        const qs = root.guide.questionsDue(regionId)
        if (qs.length > 0)
            show(qs, regionId)
    }
    // The general screen in full, as the person asked for it, with any history fact not yet said.
    function askGeneral() {
        show(root.guide.questionsDue("").filter(q => q.fact).concat(root.guide.generalQuestions()), "")
    }
    function reviewFlagged() { show(root.guide.flaggedQuestions(), "") }
    function show(qs: var, regionId: string) {
        root.regionId = regionId
        root.answers = {}
        root.questions = qs
        root.askYear = !root.guide.birthYearAsked && qs.some(q => q.fact)
        root.yearText = ""
        root.open()
    }
    function choose(id: string, yes: bool) {
        const copy = Object.assign({}, root.answers)
        copy[id] = yes
        root.answers = copy
    }
    function save() {
        if (root.askYear)
            root.guide.setBirthYear(root.yearGiven)
        const ids = root.shown.map(q => q.id)
        return root.guide.answer(ids, ids.map(id => root.answers[id] === true), root.regionId)
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

    // Made only while the sheet shows: most runs never open it, and start-up need not
    // build it.
    contentItem: Loader {
        active: root.visible
        focus: true
        sourceComponent: ColumnLayout {
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

                    Label {
                        visible: root.questions.some(q => q.fact)
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.bold: true
                        color: Theme.text
                        text: qsTr("About your health")
                    }
                    Label {
                        visible: root.questions.some(q => q.fact)
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        text: qsTr("Asked once, and kept on Your data, where you can change them. They decide which questions below apply to you; on their own they never raise a warning.")
                    }
                    BirthYearField {
                        id: yearField
                        objectName: "birthYear"
                        visible: root.askYear
                        text: root.yearText
                        onTextChanged: root.yearText = text
                        refusal: root.yearValid || !yearField.valid ? "" : qsTr("That year is not possible.")
                    }
                    Repeater {
                        model: root.shown
                        delegate: ColumnLayout {
                            id: item
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            Layout.topMargin: !item.modelData.fact && item.index > 0
                                              && root.shown[item.index - 1].fact ? Theme.gap : 0
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
                        if (root.save() || !Saving.allowed)
                            root.close()
                    }
                }
            }
        }
    }
}
