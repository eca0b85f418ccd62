// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Deleted. Undo" for a few seconds; when the time is up the deletion stands.
Rectangle {
    id: root

    property string text
    property int seconds: 8

    signal undo()
    signal expired()

    objectName: "undoBar"
    implicitWidth: row.implicitWidth + 2 * Theme.spacing
    implicitHeight: row.implicitHeight + Theme.gap * 2
    radius: Theme.radius
    color: Theme.text
    // The time runs from when it shows: made shown, or shown again.
    onVisibleChanged: if (visible) timer.restart()
    Component.onCompleted: if (visible) timer.restart()

    Timer {
        id: timer
        interval: root.seconds * 1000
        onTriggered: root.expired()
    }

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacing
        Label {
            text: root.text
            color: Theme.background
        }
        PlainButton {
            objectName: "undoButton"
            text: qsTr("Undo")
            Accessible.name: qsTr("Undo the deletion")
            onClicked: {
                timer.stop()
                root.undo()
            }
        }
    }
}
