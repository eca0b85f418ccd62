import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Which layer a click adds to: tender spots (knots) or where the pain is felt.
RowLayout {
    id: root

    property string chosen: "knots"

    spacing: 0
    Accessible.role: Accessible.PageTabList

    Repeater {
        model: [
            { key: "knots", label: qsTr("Tender spots (knots)") },
            { key: "pain", label: qsTr("Where it hurts") }
        ]
        delegate: AbstractButton {
            id: button
            required property var modelData
            required property int index
            readonly property bool current: root.chosen === modelData.key
            objectName: "layer-" + modelData.key
            text: modelData.label
            focusPolicy: Qt.StrongFocus
            implicitHeight: Theme.touch
            implicitWidth: label.implicitWidth + 2 * Theme.spacing
            checkable: false
            Accessible.role: Accessible.PageTab
            Accessible.name: text
            Accessible.selected: current
            onClicked: root.chosen = modelData.key
            Keys.onReturnPressed: root.chosen = modelData.key

            background: Rectangle {
                radius: Theme.radius
                color: button.current ? Theme.accent : Theme.surface
                border.color: button.activeFocus ? Theme.focusRing : Theme.border
                border.width: button.activeFocus ? 2 : 1
            }
            contentItem: Label {
                id: label
                text: button.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                font.bold: button.current
                color: button.current ? Theme.accentText : Theme.text
            }
        }
    }
}
