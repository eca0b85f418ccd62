import QtQuick
import QtQuick.Controls

// A knot on the figure: colour, size and the number all say how tender it is.
Rectangle {
    id: root

    required property real posX
    required property real posY
    required property int tenderness
    required property string regionName
    property real areaWidth
    property real areaHeight

    width: Theme.tenderSize(root.tenderness)
    height: width
    radius: width / 2
    x: root.posX * root.areaWidth - width / 2
    y: root.posY * root.areaHeight - height / 2
    color: Theme.tenderColor(root.tenderness)
    border.width: 2
    border.color: Theme.dark ? "#1c1f23" : "#ffffff"

    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Knot at %1, tenderness %2 of 10").arg(root.regionName).arg(root.tenderness)

    Label {
        anchors.centerIn: parent
        text: root.tenderness >= 0 ? root.tenderness : "?"
        font.pixelSize: Math.max(11, root.width * 0.5)
        font.bold: true
        color: Theme.tenderTextColor(root.tenderness)
    }
}
