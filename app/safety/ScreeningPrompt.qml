// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Where self-care would be suggested while the first-use safety questions are due (at first
// use, or after a long break): why nothing is suggested yet, and the way to the questions.
// Shown only while they are due and no emergency answer hides self-care altogether.
ColumnLayout {
    id: root

    required property SpotGuide guide
    property string regionId
    // Inside the knot sheet, which asks the questions as the knot is logged: no button.
    property bool canAsk: true
    // For the tests: the text's and the button's names.
    property string textName: "adviceScreening"
    property string buttonName: "answerSafety"

    visible: root.guide.screeningDue && root.guide.selfCareShown
    spacing: Theme.gap

    Rectangle {
        objectName: root.textName
        Layout.fillWidth: true
        implicitHeight: words.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.accentSoft
        border.color: Theme.accent
        Label {
            id: words
            anchors.fill: parent
            anchors.margins: Theme.gap
            wrapMode: Text.WordWrap
            color: Theme.text
            text: root.canAsk
                  ? qsTr("Before KnotMap suggests self-care, please answer a few safety questions. They take about a minute.")
                  : qsTr("Self-care suggestions come once you have answered a few safety questions; they are asked when you log this knot.")
        }
    }
    PlainButton {
        objectName: root.buttonName
        visible: root.canAsk
        text: qsTr("Answer the safety questions")
        onClicked: root.guide.requestQuestions(root.regionId)
    }
}
