// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Asked when the window is closed with a session running: keep the time done, or not.
PlainDialog {
    id: root

    required property AppState app

    objectName: "closeDuringSession"
    title: qsTr("A session is still running")
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.text
        text: qsTr("Log the part you did before KnotMap closes?")
    }
    buttons: [
        PrimaryButton {
            objectName: "logPartial"
            text: qsTr("Log it and close")
            onClicked: {
                root.app.runner.stop()
                if (root.app.runner.save(-1, ""))
                    Qt.quit()
                root.close()
            }
        },
        PlainButton {
            text: qsTr("Close without logging")
            onClicked: {
                root.app.runner.discard()
                Qt.quit()
            }
        },
        PlainButton {
            text: qsTr("Keep going")
            onClicked: root.close()
        }
    ]
}
