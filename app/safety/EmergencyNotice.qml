// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Covers the whole window after an emergency answer: says plainly to get emergency care
// now. Self-care advice stays hidden until the answer is changed.
Rectangle {
    id: root

    required property SpotGuide guide
    required property HelpLines helpLines
    property bool dismissed: false

    signal reviewAnswers()

    objectName: "emergencyNotice"
    visible: root.guide.tier === WarningTier.Emergency && !root.dismissed
    color: Theme.dark ? "#2a1614" : "#fbeae6"

    Connections {
        target: root.guide
        function onTriageChanged() { root.dismissed = false }
    }

    // Nothing behind the notice can be clicked while it shows.
    MouseArea {
        anchors.fill: parent
        hoverEnabled: true
    }

    // Made only while it shows: start-up need not build what most runs never see.
    Loader {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        active: root.visible
        sourceComponent: ColumnLayout {
            spacing: Theme.spacing + 4

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Please get emergency care now")
                font.pixelSize: Theme.fontTitle + 6
                font.bold: true
                color: Theme.danger
                Accessible.role: Accessible.AlertMessage
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontHeading
                color: Theme.text
                objectName: "emergencyAnswered"
                text: qsTr("You answered yes to: “%1”").arg(root.guide.flagged.join("”, “"))
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontHeading
                color: Theme.text
                objectName: "emergencyCall"
                text: root.helpLines.emergency !== ""
                      ? qsTr("This can be a sign of something serious that needs a doctor straight away, not self-care. Call %1 or go to the nearest emergency department now.").arg(root.helpLines.emergency)
                      : qsTr("This can be a sign of something serious that needs a doctor straight away, not self-care. Call your local emergency number or go to the nearest emergency department now.")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                text: qsTr("KnotMap will not show self-care advice while this answer stands.")
            }
            RowLayout {
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "emergencyUnderstood"
                    text: qsTr("I understand")
                    onClicked: root.dismissed = true
                }
                PlainButton {
                    text: qsTr("I answered by mistake")
                    implicitHeight: Theme.touch + 4
                    onClicked: root.reviewAnswers()
                }
            }
        }
    }
}
