import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shown instead of the pages when the database or the body map data could not be loaded.
Item {
    id: root

    property string message
    property string databasePath

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
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("KnotMap will not write to this file while it is open. To use another file, start KnotMap with --db followed by the path of that file.")
        }
    }
}
