import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// A place where pain is felt: mark it as the worst, say it no longer hurts, or remove it.
Rectangle {
    id: root

    required property BodyMap bodyMap
    property var areaId: 0
    property var info: ({})

    signal closeRequested()

    function refresh() {
        root.info = root.areaId ? root.bodyMap.painArea(root.areaId) : {}
    }

    objectName: "painPanel"
    onAreaIdChanged: refresh()
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    Connections {
        target: root.bodyMap
        function onPainChanged() { root.refresh() }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.gap + 2

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Pain felt here")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            ToolButton {
                text: "\u2715"
                Accessible.name: qsTr("Close")
                onClicked: root.closeRequested()
            }
        }
        Label {
            objectName: "painPanelName"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.info.name || ""
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Pain is often felt away from the knot that causes it, so this can be far from your knots.")
        }
        PrimaryButton {
            objectName: "painWorst"
            Layout.fillWidth: true
            enabled: !root.info.worst
            text: root.info.worst ? qsTr("Marked as hurting most") : qsTr("This hurts most")
            onClicked: root.bodyMap.setWorstPain(root.areaId)
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "painClear"
                Layout.fillWidth: true
                text: qsTr("No longer hurts")
                onClicked: {
                    if (root.bodyMap.clearPain(root.areaId))
                        root.closeRequested()
                }
            }
            Button {
                objectName: "painRemove"
                Layout.fillWidth: true
                text: qsTr("Remove mark")
                palette.buttonText: Theme.danger
                onClicked: {
                    if (root.bodyMap.removePain(root.areaId))
                        root.closeRequested()
                }
            }
        }
    }
}
