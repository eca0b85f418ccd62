// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// A place where pain is felt: mark it as the worst, say it no longer hurts, or remove it.
Rectangle {
    id: root

    required property PainMarks painMarks
    required property SpotGuide guide
    // The places of the person's other pain marks, which order muscles tied on score.
    property var painPlaces: []
    readonly property var sources: root.info.region
            ? root.guide.likelySources(root.info.region, root.info.side, root.painPlaces) : []
    // How many share the top score: they are tied, and the list says so.
    readonly property int tied: root.sources.filter(s => s.score === (root.sources.length > 0 ? root.sources[0].score : 0)).length
    property bool showSources: false

    // The regions to highlight on the map while "Show on the map" is on.
    readonly property var candidateRegions: root.showSources
            ? root.sources.reduce((all, s) => all.concat(s.regions), []) : []
    // Each candidate's regions numbered as in the list.
    readonly property var candidateNumbers: {
        const out = {}
        if (root.showSources)
            root.sources.forEach((s, i) => s.regions.forEach(r => out[r] = i + 1))
        return out
    }
    property var areaId: 0
    property painMarkInfo info

    signal closeRequested()
    // Warning-sign questions that what the person just said asks (tingling in a hand).
    signal askQuestions(var questions, string placeId)

    // Saves the kinds; then asks what they raise and was not answered since the mark.
    function setKinds(kinds: int) {
        if (!root.painMarks.setPainKinds(root.areaId, kinds))
            return
        const qs = root.guide.questionsForFeeling(root.info.region, kinds, root.info.notedAt)
        if (qs.length > 0)
            root.askQuestions(qs, root.info.region)
    }

    function refresh() {
        root.info = root.painMarks.painArea(root.areaId) // id 0: an empty one
    }

    objectName: "painPanel"
    onAreaIdChanged: {
        refresh()
        root.showSources = false
    }
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    Connections {
        target: root.painMarks
        function onPainChanged() { root.refresh() }
    }

    FocusScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentWidth: availableWidth
        clip: true

    ColumnLayout {
        id: column
        width: scroll.availableWidth
        spacing: Theme.gap + 2

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Pain felt here")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            PlainButton {
                flat: true
                leftPadding: Theme.gap
                rightPadding: Theme.gap
                text: "✕"
                Accessible.name: qsTr("Close")
                onClicked: root.closeRequested()
            }
        }
        Label {
            objectName: "painPanelName"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.info.name || ""
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Pain is often felt away from the knot that causes it, so this can be far from your knots.")
        }
        ScoreScale {
            id: strength
            objectName: "painStrength"
            Layout.fillWidth: true
            label: qsTr("How strong is it there?")
            enabled: Saving.allowed
            value: root.info.intensity
            onValueChanged: {
                if (root.info.id !== 0 && value !== root.info.intensity && value >= 0
                        && root.painMarks.setPainIntensity(root.areaId, value))
                    root.refresh()
            }
        }
        Label {
            id: kindsLabel
            Layout.topMargin: Theme.gap
            text: qsTr("What does it feel like? (choose any)")
            font.bold: true
            color: Theme.text
        }
        Flow {
            objectName: "painKinds"
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: root.painMarks.kindChoices
                delegate: PlainCheckBox {
                    required property var modelData
                    objectName: "painKind-" + modelData.key
                    text: modelData.word
                    enabled: Saving.allowed
                    checked: (root.info.kinds & modelData.bit) !== 0
                    Accessible.description: kindsLabel.text
                    onToggled: root.setKinds(checked ? (root.info.kinds | modelData.bit)
                                                     : (root.info.kinds & ~modelData.bit))
                }
            }
        }
        PrimaryButton {
            objectName: "painWorst"
            Layout.fillWidth: true
            enabled: !root.info.worst && Saving.allowed
            text: root.info.worst ? qsTr("Marked as hurting most") : qsTr("This hurts most")
            onClicked: root.painMarks.setWorstPain(root.areaId)
        }
        RowLayout {
            Layout.fillWidth: true
            PlainButton {
                objectName: "painClear"
                Layout.fillWidth: true
                text: qsTr("No longer hurts")
                enabled: Saving.allowed
                onClicked: {
                    if (root.painMarks.clearPain(root.areaId))
                        root.closeRequested()
                }
            }
            PlainButton {
                objectName: "painRemove"
                Layout.fillWidth: true
                text: qsTr("Remove mark")
                enabled: Saving.allowed
                danger: true
                onClicked: {
                    if (root.painMarks.removePain(root.areaId))
                        root.closeRequested()
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            text: qsTr("Where could this come from?")
            font.bold: true
            color: Theme.text
        }
        Label {
            visible: root.sources.length === 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("KnotMap knows no muscle that commonly sends pain to this spot.")
        }
        Label {
            visible: root.tied > 1
            objectName: "sourcesTied"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("%n muscles are equally likely by the patterns KnotMap knows, so all are listed; those whose pattern also covers your other marked pain come first.", "", root.tied)
        }
        Repeater {
            model: root.sources
            delegate: Label {
                required property var modelData
                required property int index
                objectName: "source-" + index
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.text
                text: (index + 1) + ". <b>" + modelData.muscle + "</b>, " + modelData.plain
                      + (modelData.common ? "" : " " + qsTr("(sometimes)"))
                textFormat: Text.StyledText
            }
        }
        PlainButton {
            objectName: "showSources"
            visible: root.sources.length > 0
            Layout.fillWidth: true
            checkable: true
            checked: root.showSources
            text: root.showSources ? qsTr("Hide them on the map") : qsTr("Show them on the map")
            onToggled: root.showSources = checked
        }
        Label {
            visible: root.sources.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("These are commonly described patterns, not a diagnosis: feel those muscles on the same side for a tender knot.")
        }

    }
    }
}
