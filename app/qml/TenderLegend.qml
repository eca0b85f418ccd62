import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// How to read the markers, without relying on colour.
RowLayout {
    id: root

    spacing: Theme.spacing

    Label {
        text: qsTr("Tenderness")
        font.bold: true
        color: Theme.text
    }
    Repeater {
        model: [2, 5, 8]

        delegate: KnotMarker {
            required property int modelData
            posX: 0
            posY: 0
            tenderness: modelData
            regionName: qsTr("legend")
            interactive: false
            Layout.preferredWidth: width
            Layout.preferredHeight: height
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.maximumWidth: 420
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: qsTr("0 no pain to 10 worst pain imaginable. Larger and darker means more tender.")
    }
}
