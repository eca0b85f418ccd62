// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// Shown instead of the pages when the database or the body map data could not be loaded.
Item {
    id: root

    property string message
    property string databasePath
    property StartupRecovery recovery

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("KnotMap could not start")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: messageLabel.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.dangerSoft
            border.color: Theme.danger

            Label {
                id: messageLabel
                objectName: "startupError"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                text: root.message
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontHeading - 2
            }
        }
        // The newest backup that opens cleanly, offered in its place.
        Rectangle {
            objectName: "recoveryOffer"
            Layout.fillWidth: true
            visible: root.recovery !== null && root.recovery.available
            implicitHeight: offer.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: offer
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.bold: true
                    color: Theme.text
                    text: root.recovery && root.recovery.backupWhen !== ""
                          ? qsTr("A backup from %1 can be put in its place.").arg(root.recovery.backupWhen) : ""
                }
                Label {
                    objectName: "recoveryHolds"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: root.recovery ? root.recovery.backupHolds : ""
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: root.recovery ? qsTr("The file that could not be opened is kept, unchanged, in %1, so nothing is lost either way.").arg(root.recovery.backupFolder) : ""
                }
                PrimaryButton {
                    objectName: "restoreNewest"
                    text: qsTr("Restore this backup")
                    onClicked: root.recovery.restoreNewest()
                }
                Label {
                    objectName: "recoveryStatus"
                    Layout.fillWidth: true
                    visible: text !== ""
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: root.recovery ? root.recovery.status : ""
                }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: root.recovery !== null && root.recovery.available
                  ? qsTr("Nothing is changed unless you restore the backup. To use another file instead, start KnotMap with --db followed by the path of that file.")
                  : qsTr("KnotMap will not write to this file while it is open. To use another file, start KnotMap with --db followed by the path of that file.")
        }
    }
}
