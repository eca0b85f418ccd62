// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// What KnotMap knows about a spot: the likely muscle and where it refers pain, what
// commonly causes knots there, self-care with times, prevention, what to expect and when
// to see a professional. Self-care is hidden after an emergency answer and comes with a
// caution after an urgent one.
ColumnLayout {
    id: root

    required property SpotGuide guide
    property string regionId
    // A muscle whose referral pattern alone is shown on the figure ("" for all of the
    // region's), where the region holds several.
    property string patternMuscle
    signal showMusclePattern(string muscleId)
    // Where the view can open the safety questions itself (not inside the knot sheet, which
    // asks them as the knot is logged).
    property bool canAsk: false
    readonly property var advice: root.regionId !== "" ? root.guide.advice(root.regionId) : ({})
    // Self-care paused here by an urgent answer (not an emergency one: that hides it all).
    readonly property bool paused: {
        // Uses `tier`, so that the binding follows every change of triage.
        return root.guide.tier !== WarningTier.Emergency && root.guide.selfCarePausedIn(root.regionId)
    }

    spacing: Theme.gap

    component Heading: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap
        wrapMode: Text.WordWrap
        font.bold: true
        color: Theme.text
    }
    component Body: Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.text
    }
    component Note: Rectangle {
        property alias text: noteLabel.text
        property color tone: Theme.danger
        Layout.fillWidth: true
        implicitHeight: noteLabel.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.dark ? Qt.darker(tone, 3.2) : Qt.lighter(tone, 2.2)
        border.color: tone
        Label {
            id: noteLabel
            anchors.fill: parent
            anchors.margins: Theme.gap
            wrapMode: Text.WordWrap
            color: Theme.text
        }
    }

    Heading {
        text: qsTr("About this spot")
        font.pixelSize: Theme.fontHeading
    }
    Repeater {
        model: root.advice.muscles || []
        delegate: ColumnLayout {
            id: muscleItem
            required property var modelData
            Layout.fillWidth: true
            spacing: 2
            Body {
                text: "<b>" + muscleItem.modelData.name + "</b>, " + muscleItem.modelData.plain + ". "
                      + qsTr("Pain from a knot here is commonly felt at %1.").arg(muscleItem.modelData.refers)
                      + (muscleItem.modelData.sometimes !== "" ? " " + qsTr("Some people also feel it at %1.").arg(muscleItem.modelData.sometimes) : "")
                textFormat: Text.StyledText
            }
            // Where the region holds several muscles, each one's pattern on its own.
            PlainButton {
                objectName: "musclePattern-" + muscleItem.modelData.id
                visible: (root.advice.muscles || []).length > 1
                flat: true
                checkable: true
                checked: root.patternMuscle === muscleItem.modelData.id
                text: checked ? qsTr("Show all of this spot's muscles on the figure")
                              : qsTr("Show only where this muscle sends pain")
                onToggled: root.showMusclePattern(checked ? muscleItem.modelData.id : "")
            }
        }
    }

    Note {
        objectName: "adviceHidden"
        visible: !root.guide.selfCareShown
        text: qsTr("Self-care advice is hidden because you answered yes to an emergency warning sign. Please get emergency care now.")
    }
    Note {
        objectName: "advicePaused"
        visible: root.paused
        tone: Theme.pain
        text: qsTr("Self-care here is paused: you answered yes to a warning sign that needs a clinician today. It comes back when your answer changes, or once a clinician has seen you and said self-care is fine.")
    }
    // First use, or a long break: the general questions come before any advice.
    ScreeningPrompt {
        Layout.fillWidth: true
        guide: root.guide
        regionId: root.regionId
        canAsk: root.canAsk
    }
    PlainButton {
        objectName: "clinicianSaidFine"
        visible: root.paused
        // As wide as the panel, never wider: its words are long.
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        text: qsTr("A clinician said it is fine")
        onClicked: root.guide.clinicianSaidSelfCareIsFine()
    }

    ColumnLayout {
        objectName: "selfCareAdvice"
        visible: root.guide.selfCareShown && !root.paused && !root.guide.screeningDue
        Layout.fillWidth: true
        spacing: Theme.gap

        Heading { text: qsTr("What commonly causes knots here") }
        Repeater {
            model: (root.advice.causes || []).slice(0, 5)
            delegate: Body {
                required property string modelData
                text: "• " + modelData
            }
        }

        Note {
            objectName: "adviceTakeCare"
            visible: (root.advice.takeCare || []).length > 0
            tone: Theme.pain
            text: (root.advice.takeCare || []).join(" ")
        }

        Heading { text: qsTr("Self-care that suits this spot") }
        Repeater {
            model: root.advice.techniques || []
            delegate: ColumnLayout {
                id: technique
                required property var modelData
                property bool expanded: false
                Layout.fillWidth: true
                spacing: 2
                AbstractButton {
                    objectName: "technique-" + technique.modelData.id
                    Layout.fillWidth: true
                    implicitHeight: row.implicitHeight + 8
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.Button
                    Accessible.name: technique.modelData.name + ", " + technique.modelData.dose
                    onClicked: technique.expanded = !technique.expanded
                    background: Rectangle {
                        radius: 6
                        color: parent.hovered ? Theme.surfaceAlt : "transparent"
                        border.width: parent.activeFocus ? 2 : 0
                        border.color: Theme.focusRing
                    }
                    contentItem: ColumnLayout {
                        id: row
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: (technique.expanded ? "▾ " : "▸ ") + technique.modelData.name
                            font.bold: true
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.spacing
                            visible: text !== ""
                            wrapMode: Text.WordWrap
                            text: technique.modelData.dose
                            color: Theme.textMuted
                        }
                    }
                }
                Repeater {
                    model: technique.expanded ? technique.modelData.steps : []
                    delegate: Body {
                        required property string modelData
                        required property int index
                        Layout.leftMargin: Theme.spacing
                        text: (index + 1) + ". " + modelData
                    }
                }
                Repeater {
                    model: technique.expanded ? technique.modelData.cautions : []
                    delegate: Body {
                        required property string modelData
                        Layout.leftMargin: Theme.spacing
                        color: Theme.textMuted
                        text: qsTr("Take care: %1").arg(modelData)
                    }
                }
            }
        }

        Heading { text: qsTr("To keep knots from coming back") }
        Repeater {
            model: (root.advice.prevention || []).slice(0, 5)
            delegate: Body {
                required property string modelData
                text: "• " + modelData
            }
        }
    }

    Heading { text: qsTr("What to expect") }
    Body { text: root.advice.expect || "" }
    Heading { text: qsTr("When to see a professional") }
    Body { text: (root.advice.professional || "") + " " + (root.advice.professionalsOffer || "") }

    Heading { text: qsTr("Where this comes from") }
    Body {
        objectName: "adviceSources"
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: (root.advice.sources || []).join("; ")
    }
}
