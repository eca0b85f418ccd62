// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The sheet that logs a knot where the user clicked: how tender it is, how it feels,
// a note and when. Nothing is saved until Save; a broken rule is shown by its field and
// everything typed stays.
// A Dialog, not a bare Popup, for its title: what a screen reader announces as the
// dialog's name. The page draws its own heading, so the Dialog's header is left out.
Dialog {
    id: root
    title: root.mode === "knot" ? qsTr("Log a knot")
        : root.mode === "reading" ? qsTr("Log today's tenderness") : qsTr("Edit a reading")
    header: null

    required property AtlasView atlas
    required property KnotEditor knotEditor
    required property SpotGuide guide
    property string regionId
    // "knot": a new knot at the clicked spot; "reading": a new reading of a knot;
    // "edit": correcting a reading.
    property string mode: "knot"
    property var knotId: 0
    property var readingId: 0
    property int view: FigureView.Front
    property real spotX
    property real spotY
    property string regionName
    // The muscles under the clicked point, surface first; where there are several, the
    // sheet asks which one (the surface one chosen), and the knot keeps the choice.
    property var muscleChoices: []

    property int qualities: 0

    function start(mode: string, regionName: string, score: int, qualities: int, noteText: string, whenText: string) {
        root.mode = mode
        root.regionName = regionName
        tenderness.value = score
        root.qualities = qualities
        note.text = noteText
        when.text = whenText
        root.open()
        tenderness.forceActiveFocus()
    }
    function chooseMuscle(region: string) {
        root.regionId = region
        root.regionName = root.atlas.region(region).plainName
    }
    function openAt(view: int, x: real, y: real, region: string) {
        root.muscleChoices = root.atlas.musclesAt(view, x, y)
        root.regionId = region
        about.expanded = false
        root.view = view
        root.spotX = x
        root.spotY = y
        start("knot", root.atlas.region(region).plainName, -1, 0, "", root.knotEditor.now())
    }
    function openReading(knotId: var, regionName: string) {
        root.knotId = knotId
        start("reading", regionName, -1, 0, "", root.knotEditor.now())
    }
    function openEdit(knotId: var, regionName: string, reading: var) {
        root.knotId = knotId
        root.readingId = reading.id
        start("edit", regionName, reading.tenderness, reading.qualities, reading.note,
              Dates.editable(reading.when))
    }
    function fieldError(field: string): string {
        return root.knotEditor.errorField === field ? root.knotEditor.errorText : ""
    }
    function save() {
        let ok = false
        if (root.mode === "knot")
            ok = root.knotEditor.logKnot(root.view, root.spotX, root.spotY, tenderness.value,
                                      root.qualities, note.text, when.text, root.regionId) > 0
        else if (root.mode === "reading")
            ok = root.knotEditor.logReading(root.knotId, tenderness.value, root.qualities, note.text, when.text)
        else
            ok = root.knotEditor.editReading(root.readingId, root.knotId, tenderness.value, root.qualities,
                                          note.text, when.text)
        if (ok)
            root.close()
    }

    objectName: "knotSheet"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(600, (parent ? parent.width : 600) - 2 * Theme.margin)
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
            text: root.mode === "knot" ? qsTr("Log a knot")
                : root.mode === "reading" ? qsTr("Log today's tenderness") : qsTr("Edit a reading")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "sheetRegion"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.regionName
            color: Theme.textMuted
        }

        // Muscles lie in layers: a point over several asks which one is tender.
        ColumnLayout {
            objectName: "sheetMuscles"
            visible: root.mode === "knot" && root.muscleChoices.length > 1
            Layout.fillWidth: true
            spacing: 2
            Label {
                id: musclesLabel
                text: qsTr("Which muscle? Several lie here, the one under the skin first.")
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: root.mode === "knot" ? root.muscleChoices : []
                delegate: PlainRadioButton {
                    required property var modelData
                    required property int index
                    objectName: "muscle-" + modelData.id
                    Layout.fillWidth: true
                    text: modelData.plainName
                    checked: modelData.id === root.regionId
                    Accessible.description: index === 0 ? qsTr("Under the skin")
                                                        : qsTr("Deeper, layer %1").arg(modelData.depth)
                    onClicked: root.chooseMuscle(modelData.id)
                }
            }
        }

        // Read about the spot before logging it: collapsed, so logging stays quick.
        ColumnLayout {
            id: about
            property bool expanded: false
            visible: root.mode === "knot" && root.regionId !== ""
            Layout.fillWidth: true
            PlainButton {
                objectName: "sheetAbout"
                text: about.expanded ? qsTr("Hide what KnotMap knows about this spot")
                                     : qsTr("What KnotMap knows about this spot")
                flat: true
                onClicked: about.expanded = !about.expanded
            }
            FocusScrollView {
                visible: about.expanded
                Layout.fillWidth: true
                // What is left of the window beside the rest of the sheet.
                Layout.preferredHeight: Math.max(96, Math.min(220, (Overlay.overlay ? Overlay.overlay.height : 800) - 560))
                contentWidth: availableWidth
                clip: true
                // Made only while open: collapsed, it would lay out its text at no width.
                Loader {
                    width: parent ? parent.width : 0
                    active: about.expanded
                    sourceComponent: AdviceView {
                        guide: root.guide
                        regionId: root.regionId
                    }
                }
            }
        }

        ScoreScale {
            id: tenderness
            objectName: "sheetTenderness"
            label: qsTr("How tender is it when you press it?")
            errorText: root.fieldError("tenderness")
        }

        ColumnLayout {
            spacing: 4
            Label {
                text: qsTr("How does it feel? (choose any)")
                font.bold: true
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: root.knotEditor.qualityChoices
                    delegate: PlainCheckBox {
                        required property var modelData
                        objectName: "quality-" + modelData.key
                        text: modelData.word
                        checked: (root.qualities & modelData.bit) !== 0
                        onToggled: root.qualities = checked ? (root.qualities | modelData.bit)
                                                            : (root.qualities & ~modelData.bit)
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: qsTr("Note (optional)")
                font.bold: true
                color: Theme.text
            }
            PlainTextArea {
                id: note
                objectName: "sheetNote"
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("What were you doing when you noticed it?")
                Accessible.name: qsTr("Note")
                KeyNavigation.priority: KeyNavigation.BeforeItem
                KeyNavigation.tab: when
            }
            Label {
                visible: text !== ""
                text: root.fieldError("note")
                color: Theme.danger
            }
        }

        ColumnLayout {
            spacing: 4
            Label {
                text: qsTr("When (date and time)")
                font.bold: true
                color: Theme.text
            }
            PlainTextField {
                id: when
                objectName: "sheetWhen"
                Layout.preferredWidth: 220
                inputMethodHints: Qt.ImhDate | Qt.ImhTime
                Accessible.name: qsTr("When, as year-month-day hours:minutes")
                invalid: root.fieldError("when") !== ""
                onAccepted: root.save()
            }
            Label {
                visible: text !== ""
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: root.fieldError("when")
                color: Theme.danger
            }
        }

        Label {
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: ["", "place"].includes(root.knotEditor.errorField) ? root.knotEditor.errorText : ""
        }

        SavingOffNote {
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing
            PlainButton {
                objectName: "sheetCancel"
                text: qsTr("Cancel")
                implicitHeight: Theme.touch + 4
                onClicked: root.close()
            }
            PrimaryButton {
                objectName: "sheetSave"
                text: root.mode === "knot" ? qsTr("Save knot") : qsTr("Save reading")
                enabled: tenderness.value >= 0 && Saving.allowed
                onClicked: root.save()
            }
        }
    }
}
