// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The main places, always on the left, reachable with Tab and Enter.
Rectangle {
    id: root

    required property var pages
    property int currentIndex: 0
    property bool demo: false

    signal pageChosen(int index)
    signal warningSigns()

    implicitWidth: 184
    opacity: root.enabled ? 1 : 0.45
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.gap

        Label {
            text: qsTr("KnotMap")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.accent
            Layout.bottomMargin: root.demo ? 0 : Theme.spacing
        }
        Label {
            visible: root.demo
            text: qsTr("Demo data")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Layout.bottomMargin: Theme.spacing
        }

        Repeater {
            model: root.pages

            delegate: NavButton {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                objectName: "nav-" + modelData.name
                text: modelData.title
                current: index === root.currentIndex
                onClicked: root.pageChosen(index)
            }
        }

        Item { Layout.fillHeight: true }

        NavButton {
            objectName: "nav-warning-signs"
            Layout.fillWidth: true
            text: qsTr("Warning signs")
            Accessible.description: qsTr("Answer the questions about symptoms that need a clinician")
            onClicked: root.warningSigns()
        }
    }
}
