import QtQuick
import QtQuick.Controls
import KnotMap

// One view of the body (front or back) with its knots. The figure keeps the drawing's
// proportions (400 x 880); markers sit at their stored 0..1 position on it.
Item {
    id: root

    required property string view
    required property KnotListModel knots

    readonly property real aspect: 400 / 880
    readonly property bool front: root.view === "front"

    implicitWidth: figure.width
    implicitHeight: 480

    Accessible.role: Accessible.Graphic
    Accessible.name: root.front ? qsTr("Front of the body") : qsTr("Back of the body")

    Label {
        id: caption
        anchors.horizontalCenter: parent.horizontalCenter
        text: root.front ? qsTr("Front") : qsTr("Back")
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.text
    }

    Item {
        id: figure
        anchors.top: caption.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: height * root.aspect

        Image {
            anchors.fill: parent
            source: "qrc:/KnotMap/body/" + root.view + ".svg"
            sourceSize.height: height
            fillMode: Image.PreserveAspectFit
            smooth: true
        }

        // The person's own left and right: on the front view their left is on the
        // viewer's right, on the back view on the viewer's left.
        SideLabel {
            x: parent.width * 0.02
            y: parent.height * 0.16
            text: root.front ? qsTr("R") : qsTr("L")
            fullText: root.front ? qsTr("Right side") : qsTr("Left side")
        }
        SideLabel {
            x: parent.width * 0.98 - width
            y: parent.height * 0.16
            text: root.front ? qsTr("L") : qsTr("R")
            fullText: root.front ? qsTr("Left side") : qsTr("Right side")
        }

        Repeater {
            model: root.knots

            delegate: KnotMarker {
                required property string view
                visible: view === root.view
                areaWidth: figure.width
                areaHeight: figure.height
            }
        }
    }
}
