// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The selected knot: where it is, its likely muscle, how its tenderness went, and what
// can be done with it.
Rectangle {
    id: root

    required property KnotEditor knotEditor
    required property SpotGuide guide
    property var knotId: 0
    property knotInfo info
    property var history: []
    // The places of the person's pain marks, to say which lie in this knot's pattern.
    property var painPlaces: []
    // One muscle of the knot's region whose pattern alone the figure shows, or "".
    property string patternMuscle
    readonly property var inPattern: root.info.region ? root.guide.painInPattern(root.info.region, root.painPlaces) : []

    signal logReading()
    signal editReading(var reading)
    signal closeRequested()
    signal startSession()

    function refresh() {
        root.info = root.knotEditor.knot(root.knotId) // id 0: an empty one
        root.history = root.knotId ? root.knotEditor.readings(root.knotId) : []
    }

    objectName: "knotPanel"
    onKnotIdChanged: {
        root.patternMuscle = ""
        refresh()
    }
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    Connections {
        target: root.knotEditor
        function onKnotChanged(id) {
            if (id === root.knotId)
                root.refresh()
        }
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
                objectName: "panelTitle"
                Layout.fillWidth: true
                text: root.info.regionName || ""
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            PlainButton {
                flat: true
                leftPadding: Theme.gap
                rightPadding: Theme.gap
                text: "✕"
                objectName: "panelClose"
                Accessible.name: qsTr("Close the knot's details")
                onClicked: root.closeRequested()
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            // The knowledge base's names, as in "About this spot" below.
            text: {
                const advice = root.info.region ? root.guide.advice(root.info.region) : {}
                return advice.muscles && advice.muscles.length > 0
                        ? qsTr("Likely muscle: %1").arg(advice.muscles.map(m => m.name).join(", ")) : ""
            }
        }
        // Where it sends pain: the figure shows it; this says how to read it, and which of
        // the person's pain marks lie in it, without claiming one causes the other.
        ColumnLayout {
            objectName: "panelReferral"
            Layout.fillWidth: true
            spacing: 4
            visible: root.info.id !== 0
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.bold: true
                color: Theme.text
                text: qsTr("Where it may send pain, on the figure")
            }
            // The legend wraps in a narrow panel: each swatch stays with its word.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap * 2
                Row {
                    spacing: 4
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 18
                        height: 12
                        color: Qt.rgba(Theme.refer.r, Theme.refer.g, Theme.refer.b, 0.42)
                        border.color: Theme.refer
                    }
                    Label {
                        color: Theme.text
                        text: qsTr("commonly")
                    }
                }
                Row {
                    spacing: 4
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 18
                        height: 12
                        color: "transparent"
                        border.color: Theme.refer
                        // Stippled, as on the figure.
                        Grid {
                            anchors.fill: parent
                            anchors.margins: 2
                            columns: 4
                            spacing: 2
                            Repeater {
                                model: 8
                                Rectangle { width: 1.5; height: 1.5; color: Theme.refer }
                            }
                        }
                    }
                    Label {
                        color: Theme.text
                        text: qsTr("sometimes")
                    }
                }
                Row {
                    spacing: 4
                    Label {
                        text: "✕"
                        font.bold: true
                        color: Theme.refer
                    }
                    Label {
                        color: Theme.text
                        text: qsTr("the knot")
                    }
                }
            }
            Repeater {
                model: root.inPattern
                delegate: Label {
                    required property string modelData
                    objectName: "inPattern"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: modelData
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: root.inPattern.length > 0
                      ? qsTr("A commonly described pattern, not proof that this knot causes that pain.")
                      : qsTr("A commonly described pattern, not a diagnosis.")
            }
        }
        Label {
            objectName: "panelStatus"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: {
                if (root.info.id === 0)
                    return ""
                return qsTr("%1 · first noted %2").arg(root.info.statusText)
                                                  .arg(Dates.dayShort(root.info.firstNoted))
            }
        }

        PrimaryButton {
            objectName: "panelLogReading"
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            text: qsTr("Log today's tenderness")
            enabled: Saving.allowed
            onClicked: root.logReading()
        }
        SavingOffNote {
            Layout.fillWidth: true
        }
        PlainButton {
            objectName: "panelStartSession"
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            visible: root.guide.selfCareShown
            enabled: Saving.allowed
            text: qsTr("Time a self-care session on it")
            onClicked: root.startSession()
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            PlainButton {
                objectName: "panelEdit"
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                text: qsTr("Edit latest reading")
                enabled: root.history.length > 0 && Saving.allowed
                onClicked: root.editReading(root.history[0])
            }
            PlainButton {
                objectName: "panelEasing"
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                text: root.info.status === KnotState.Easing ? qsTr("Mark active again") : qsTr("Mark easing")
                enabled: Saving.allowed
                onClicked: root.knotEditor.setStatus(root.knotId, root.info.status === KnotState.Easing ? KnotState.Active : KnotState.Easing)
            }
            PlainButton {
                objectName: "panelResolve"
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                text: qsTr("Mark resolved")
                enabled: Saving.allowed
                onClicked: {
                    if (root.knotEditor.setStatus(root.knotId, KnotState.Resolved))
                        root.closeRequested()
                }
            }
            PlainButton {
                objectName: "panelDelete"
                Layout.fillWidth: true
                Layout.minimumWidth: 0
                text: qsTr("Delete knot")
                enabled: Saving.allowed
                danger: true
                onClicked: {
                    root.knotEditor.deleteKnot(root.knotId)
                    root.closeRequested()
                }
            }
        }
        Label {
            text: qsTr("Tenderness, oldest to newest")
            font.bold: true
            color: Theme.text
        }
        // A small bar chart of the last readings: height and the number say the score.
        Row {
            id: bars
            readonly property int shown: Math.min(12, root.history.length)
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            spacing: 3
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Tenderness readings: %1").arg(root.history.slice(0, 12).reverse().map(r => r.tenderness).join(", "))
            Repeater {
                model: root.history.slice(0, 12).reverse()
                delegate: Item {
                    required property var modelData
                    width: Math.max(6, Math.min(18, (bars.width - bars.spacing * (bars.shown - 1)) / Math.max(1, bars.shown)))
                    height: 56
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 6 + parent.height * 0.6 * modelData.tenderness / 10
                        radius: 3
                        color: Theme.tenderColor(modelData.tenderness)
                    }
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.top: parent.top
                        text: modelData.tenderness
                        font.pixelSize: Theme.fontSmall - 2
                        color: Theme.textMuted
                    }
                }
            }
        }

        ListView {
            objectName: "panelReadings"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 5 * 26)
            clip: true
            model: root.history
            delegate: Label {
                required property var modelData
                width: ListView.view.width
                height: 26
                elide: Text.ElideRight
                color: Theme.text
                text: qsTr("%1: %2 of 10%3").arg(Dates.momentThisYear(modelData.when))
                      .arg(modelData.tenderness).arg(modelData.words ? " (" + modelData.words + ")" : "")
            }
        }


        AdviceView {
            patternMuscle: root.patternMuscle
            onShowMusclePattern: muscleId => root.patternMuscle = muscleId
            Layout.fillWidth: true
            guide: root.guide
            regionId: root.info.region || ""
            canAsk: true
        }
    }
    }
}
