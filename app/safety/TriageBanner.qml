// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// A standing reminder of what the warning-sign answers mean, at the top of every page.
Rectangle {
    id: root

    required property SpotGuide guide
    required property HelpLines helpLines

    signal reviewAnswers()

    readonly property int tier: root.guide.tier
    objectName: "triageBanner"
    visible: root.tier !== WarningTier.None
    implicitHeight: row.implicitHeight + 2 * Theme.gap
    color: root.tier === WarningTier.Soon ? Theme.accentSoft : Theme.dangerSoft

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: root.tier === WarningTier.None ? "" // nothing to say, not a sentence with a gap
                  : root.tier === WarningTier.Emergency
                  ? qsTr("You answered yes to an emergency warning sign: please get emergency care now. Self-care advice is hidden.")
                  : root.tier === WarningTier.Urgent
                  ? (root.helpLines.urgent !== ""
                     ? qsTr("Please contact a doctor or urgent care today, or call %1, about: %2").arg(root.helpLines.urgent).arg(root.guide.flagged.join("; "))
                     : qsTr("Please contact a doctor or urgent care today about: %1").arg(root.guide.flagged.join("; ")))
                  : qsTr("Please book an appointment with your doctor or physiotherapist in the next week or two about: %1").arg(root.guide.flagged.join("; "))
        }
        PlainButton {
            text: qsTr("Review answers")
            onClicked: root.reviewAnswers()
        }
    }
}
