import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The front and back figures with every active knot where it was logged. Click a muscle
// area to log a knot there; click a knot to see and act on it.
Item {
    id: root

    required property AppState app
    readonly property BodyMap bodyMap: root.app.bodyMap
    property string hovered
    property string hint
    property var selectedKnot: 0
    property var selectedPain: 0
    property string mapLayer: "knots"

    property real lastX
    property real lastY

    objectName: "page-body"

    function markPain(view: string, x: real, y: real) {
        const id = root.bodyMap.markPain(view, x, y)
        if (id > 0)
            root.selectedPain = id
        else
            root.hint = root.bodyMap.errorText
    }

    Keys.onDeletePressed: {
        if (root.selectedKnot) {
            root.bodyMap.deleteKnot(root.selectedKnot)
            root.selectedKnot = 0
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Body map")
                subtitle: root.app.knots.count > 0
                          ? qsTr("Your knots, the tender spots that hurt to press, where you logged them. Left and right are your own.")
                          : qsTr("Click where it hurts to log your first knot: a tender spot that hurts when you press it.")
            }
            LayerSwitch {
                Layout.alignment: Qt.AlignTop
                chosen: root.mapLayer
                onChosenChanged: {
                    root.mapLayer = chosen
                    root.hint = ""
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Item {
                id: figures
                Layout.fillWidth: true
                Layout.fillHeight: true

                // Both figures fit the space left: limited by height, or by width.
                readonly property real figureHeight: Math.min(height, (width - 3 * Theme.margin) / (2 * root.bodyMap.aspect) + 40)

                Row {
                    anchors.horizontalCenter: parent.horizontalCenter
                    spacing: Theme.margin * 2
                    Repeater {
                        model: ["front", "back"]
                        delegate: BodyFigure {
                            required property string modelData
                            objectName: "figure-" + modelData
                            height: figures.figureHeight
                            view: modelData
                            bodyMap: root.bodyMap
                            knots: root.app.knots
                            painAreas: root.app.painAreas
                            selectedKnot: root.selectedKnot
                            selectedPain: root.selectedPain
                            onHoveredRegionChanged: root.hovered = hoveredRegion
                            onSpotChosen: (view, x, y, region) => {
                                root.hint = ""
                                root.selectedKnot = 0
                                if (root.mapLayer === "pain")
                                    root.markPain(view, x, y)
                                else
                                    sheet.openAt(view, x, y, region)
                            }
                            onSpotMissed: onBody => {
                                if (root.mapLayer === "pain" && onBody) {
                                    root.markPain(modelData, root.lastX, root.lastY)
                                    return
                                }
                                root.hint = onBody
                                    ? qsTr("That spot is not one of the muscle areas KnotMap maps. Click inside one of the faint outlines.")
                                    : qsTr("That is outside the body. Click on the figure where it hurts.")
                            }
                            onKnotChosen: knotId => {
                                root.hint = ""
                                root.selectedPain = 0
                                root.selectedKnot = knotId
                                root.forceActiveFocus()
                            }
                            onPainChosen: areaId => {
                                root.hint = ""
                                root.selectedKnot = 0
                                root.selectedPain = areaId
                            }
                            onPointed: (x, y) => {
                                root.lastX = x
                                root.lastY = y
                            }
                        }
                    }
                }
            }

            PainPanel {
                visible: root.selectedPain !== 0
                Layout.preferredWidth: Math.min(340, root.width * 0.42)
                Layout.alignment: Qt.AlignTop
                bodyMap: root.bodyMap
                areaId: root.selectedPain
                onCloseRequested: root.selectedPain = 0
            }

            KnotPanel {
                visible: root.selectedKnot !== 0
                Layout.preferredWidth: Math.min(340, root.width * 0.42)
                Layout.alignment: Qt.AlignTop
                bodyMap: root.bodyMap
                knotId: root.selectedKnot
                onCloseRequested: root.selectedKnot = 0
                onLogReading: sheet.openReading(root.selectedKnot, info.regionName)
                onEditReading: reading => sheet.openEdit(root.selectedKnot, info.regionName, reading)
            }
        }

        Label {
            objectName: "mapStatus"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: root.hint !== "" ? Theme.danger : Theme.text
            font.pixelSize: Theme.fontBody + 1
            text: root.hint !== "" ? root.hint
                  : root.hovered !== "" ? root.bodyMap.region(root.hovered).plainName
                  : root.mapLayer === "pain" ? qsTr("Click where you feel the pain to mark it, even far from your knots.")
                  : qsTr("Click where it hurts to log a knot there.")
        }

        TenderLegend {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
        }
    }

    // Floats above the legend, so the figures do not move when it appears.
    UndoBar {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 96
        visible: root.bodyMap.pendingDelete !== 0
        text: qsTr("Knot deleted.")
        onUndo: root.bodyMap.undoDelete()
        onExpired: root.bodyMap.commitDelete()
    }

    KnotSheet {
        id: sheet
        bodyMap: root.bodyMap
        parent: Overlay.overlay
    }
}
