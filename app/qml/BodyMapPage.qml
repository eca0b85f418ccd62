import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The front and back figures with every active knot where it was logged.
Item {
    id: root

    required property AppState app
    property string hovered
    property string hint

    objectName: "page-body"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Body map")
            subtitle: root.app.knots.count > 0
                      ? qsTr("Your knots, the tender spots that hurt to press, where you logged them. Left and right are your own.")
                      : qsTr("Click where it hurts to log your first knot: a tender spot that hurts when you press it.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin * 2

            Item { Layout.fillWidth: true }
            Repeater {
                model: ["front", "back"]
                delegate: BodyFigure {
                    required property string modelData
                    objectName: "figure-" + modelData
                    Layout.fillHeight: true
                    view: modelData
                    bodyMap: root.app.bodyMap
                    knots: root.app.knots
                    onHoveredRegionChanged: root.hovered = hoveredRegion
                    onSpotChosen: (view, x, y, region) => {
                        root.hint = ""
                        sheet.openAt(view, x, y, region)
                    }
                    onSpotMissed: onBody => {
                        root.hint = onBody
                            ? qsTr("That spot is not one of the muscle areas KnotMap maps. Click inside one of the faint outlines.")
                            : qsTr("That is outside the body. Click on the figure where it hurts.")
                    }
                }
            }
            Item { Layout.fillWidth: true }
        }

        Label {
            objectName: "mapStatus"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: root.hint !== "" ? Theme.danger : Theme.text
            font.pixelSize: Theme.fontBody + 1
            text: root.hint !== "" ? root.hint
                  : root.hovered !== "" ? root.app.bodyMap.region(root.hovered).plainName
                  : qsTr("Click where it hurts to log a knot there.")
        }

        TenderLegend {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
        }
    }

    KnotSheet {
        id: sheet
        bodyMap: root.app.bodyMap
        parent: Overlay.overlay
    }
}
