// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The front and back figures with every active knot where it was logged. Click a muscle
// area to log a knot there; click a knot to see and act on it.
Item {
    id: root

    required property AppState app
    readonly property AtlasView atlas: root.app.atlas
    readonly property KnotEditor knotEditor: root.app.knotEditor
    readonly property PainMarks painMarks: root.app.painMarks
    property string hovered
    property string focused
    property string hint
    property var selectedKnot: 0
    // The width of the side panels' column, the same open or closed.
    readonly property real panelWidth: Math.max(300, Math.min(360, root.width * 0.42))
    // The selected knot and where it commonly and sometimes sends pain, drawn on both views.
    readonly property var selectedKnotInfo: root.selectedKnot ? root.knotEditor.knot(root.selectedKnot) : null
    readonly property var referral: !(root.selectedKnotInfo && root.selectedKnotInfo.id) ? null
            : knotPanelLoader.item && knotPanelLoader.item.patternMuscle !== ""
            ? root.app.guide.muscleReferral(root.selectedKnotInfo.region, knotPanelLoader.item.patternMuscle)
            : root.app.guide.referral(root.selectedKnotInfo.region)
    property var selectedPain: 0
    property string mapLayer: "knots"

    property real lastX
    property real lastY

    // Ask the red-flag questions of a region where a knot or pain was just logged.
    signal askRedFlags(string regionId)
    // Ask these warning-sign questions, raised by what was said of the pain at a place.
    signal askQuestions(var questions, string placeId)
    // Time a self-care session on this knot (on the Self-care page).
    signal startSession(var knotId)

    objectName: "page-body"

    Connections {
        target: root.knotEditor
        function onKnotLogged(knotId) { root.askRedFlags(root.knotEditor.knot(knotId).region) }
    }

    // What the last pain drawing stroke did, said in the status line.
    property string strokeNote
    // The brush: strength 0-10, the kinds of pain (PainQuality bits), or erasing.
    property int brushStrength: 5
    property int brushKinds: 0
    property int brushKindIndex: 0
    property bool brushErase: false
    function drawStroke(view: int, points: var) {
        const n = root.brushErase ? root.painMarks.eraseStroke(view, points)
                                  : root.painMarks.paintStroke(view, points, root.brushStrength, root.brushKinds)
        if (n < 0) {
            root.hint = root.painMarks.errorText
            return
        }
        root.hint = ""
        root.strokeNote = root.brushErase
                ? (n > 0 ? qsTr("%n places eased: their marks are kept in your history.", "", n)
                         : qsTr("No pain was marked along that stroke."))
                : (n > 0 ? qsTr("%n places marked.", "", n)
                         : qsTr("Those places were already marked."))
    }
    function markPain(view: int, x: real, y: real) {
        const id = root.painMarks.markPain(view, x, y)
        if (id > 0) {
            root.selectedPain = id
            root.askRedFlags(root.painMarks.painArea(id).region)
        }
        else
            root.hint = root.painMarks.errorText
    }

    Keys.onDeletePressed: {
        if (root.selectedKnot && Saving.allowed) {
            root.knotEditor.deleteKnot(root.selectedKnot)
            root.selectedKnot = 0
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Body map")
            objectName: "bodyMapHeader"
            subtitle: root.mapLayer === "pain"
                      ? qsTr("Where you feel pain, which may be far from a knot. Left and right are your own.")
                      : root.app.knots.count > 0
                      ? qsTr("Your knots where you logged them. Left and right are your own.")
                      : qsTr("Click where it hurts to log your first knot: a tender spot that hurts when you press it.")
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            SegmentedChoice {
                namePrefix: "layer-"
                options: [{ key: "knots", label: qsTr("Tender spots (knots)") },
                          { key: "pain", label: qsTr("Where it hurts") }]
                chosen: root.mapLayer
                onChosenChanged: {
                    root.mapLayer = chosen
                    root.hint = ""
                }
            }
            // The pain drawing's brush: how strong, how it feels, or erase. Made when the
            // "Where it hurts" layer is first shown, so start-up does not build it (or read
            // its file).
            PageLoader {
                current: root.mapLayer === "pain"
                visible: current
                page: "PainBrush.qml"
                pageProperties: ({ page: root })
            }
            PlainSwitch {
                id: showMuscles
                objectName: "showMuscles"
                visible: root.mapLayer !== "pain"
                text: qsTr("Show the muscles")
            }
            SegmentedChoice {
                id: viewChoice
                visible: figures.narrow
                namePrefix: "view-"
                options: [{ key: "front", label: qsTr("Front") }, { key: "back", label: qsTr("Back") }]
                chosen: "front"
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Item {
                id: figures

                // Narrow windows show one view at a time, with a toggle.
                readonly property bool narrow: root.width < 720
                readonly property int shown: narrow ? 1 : 2
                // The figures fit the space at zoom 1: limited by height, or by width.
                readonly property real fitHeight: Math.min(height,
                        (width - (shown + 1) * Theme.margin) / (shown * root.atlas.aspect) + 40)
                property real zoom: 1

                // Zoom by `factor`, keeping the content point (px, py) where it is on screen.
                function zoomBy(factor: real, px: real, py: real) {
                    const z = Math.max(1, Math.min(4, figures.zoom * factor))
                    const scale = z / figures.zoom
                    const sx = px - flick.contentX
                    const sy = py - flick.contentY
                    figures.zoom = z
                    flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, px * scale - sx))
                    flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, py * scale - sy))
                }
                function zoomAtCentre(factor: real) {
                    zoomBy(factor, flick.contentX + flick.width / 2, flick.contentY + flick.height / 2)
                }

                Layout.fillWidth: true
                Layout.fillHeight: true

                Flickable {
                    id: flick
                    anchors.fill: parent
                    clip: true
                    contentWidth: Math.max(width, row.width)
                    contentHeight: Math.max(height, row.height)
                    interactive: figures.zoom > 1.001
                    boundsBehavior: Flickable.StopAtBounds

                    WheelHandler {
                        onWheel: event => figures.zoomBy(event.angleDelta.y > 0 ? 1.25 : 0.8,
                                                         point.position.x, point.position.y)
                    }

                    Row {
                        id: row
                        x: Math.max(0, (flick.width - width) / 2)
                        spacing: Theme.margin * 2
                        // Both views are made once, and a narrow window hides the one not
                        // chosen: a model that followed the width would make the figures
                        // again at each change, and twice at start, before the page has its
                        // width.
                        Repeater {
                            model: [FigureView.Front, FigureView.Back]
                            delegate: BodyFigure {
                                required property int modelData
                                readonly property string viewName: modelData === FigureView.Back ? "back" : "front"
                                objectName: "figure-" + viewName
                                visible: !figures.narrow || viewChoice.chosen === viewName
                                height: figures.fitHeight * figures.zoom
                                view: modelData
                                atlas: root.atlas
                                knots: root.app.knots
                                painAreas: root.app.painAreas
                                selectedKnot: root.selectedKnot
                                selectedPain: root.selectedPain
                                candidateRegions: painPanel.visible ? painPanel.candidateRegions : []
                                candidateNumbers: painPanel.visible ? painPanel.candidateNumbers : ({})
                                referral: root.referral
                                painLayer: root.mapLayer === "pain"
                                strongMuscles: showMuscles.checked
                                onHoveredRegionChanged: root.hovered = hoveredRegion
                                onFocusedRegionChanged: root.focused = activeFocus ? focusedRegion : ""
                                onActiveFocusChanged: root.focused = activeFocus ? focusedRegion : ""
                                onStroke: (view, points) => root.drawStroke(view, points)
                                onSpotChosen: (view, x, y, region) => {
                                    root.hint = ""
                                    root.selectedKnot = 0
                                    if (root.mapLayer === "pain")
                                        root.markPain(view, x, y)
                                    else
                                        root.sheet().openAt(view, x, y, region)
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

                Column {
                    anchors.right: parent.right
                    anchors.top: flick.top
                    spacing: 4
                    Repeater {
                        model: [
                            { name: "zoomIn", text: "+", label: qsTr("Zoom in"), factor: 1.25 },
                            { name: "zoomOut", text: "−", label: qsTr("Zoom out"), factor: 0.8 },
                            { name: "zoomFit", text: "⤢", label: qsTr("Fit the figures to the window"), factor: 0 }
                        ]
                        delegate: PlainButton {
                            required property var modelData
                            objectName: modelData.name
                            width: Theme.touch
                            height: Theme.touch
                            leftPadding: 0
                            rightPadding: 0
                            text: modelData.text
                            font.pixelSize: Theme.fontHeading
                            font.bold: true
                            enabled: modelData.factor === 0 ? figures.zoom > 1
                                   : modelData.factor > 1 ? figures.zoom < 4 : figures.zoom > 1
                            Accessible.name: modelData.label
                            ToolTip.visible: hovered
                            ToolTip.text: modelData.label
                            onClicked: {
                                if (modelData.factor === 0)
                                    figures.zoom = 1
                                else
                                    figures.zoomAtCentre(modelData.factor)
                            }
                        }
                    }
                }
            }

            // The panels' column is kept whether a panel is open or not, so that opening or
            // closing one never moves the figures under the pointer. With nothing selected it
            // says what will appear there.
            Rectangle {
                objectName: "panelPlaceholder"
                visible: !painPanel.current && !knotPanelLoader.current
                Layout.fillHeight: true
                Layout.preferredWidth: root.panelWidth
                radius: Theme.radius
                color: "transparent"
                border.color: Theme.border
                Label {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.textMuted
                    text: root.mapLayer === "pain"
                          ? qsTr("Select a pain mark to read where it could come from.")
                          : qsTr("Select a knot to see its readings and where it may send pain.")
                }
            }

            // The panels are made the first time they are needed: start-up shows neither, and
            // given by URL, their files are not even read before then.
            PageLoader {
                id: painPanel
                readonly property var candidateRegions: item !== null ? item.candidateRegions : []
                readonly property var candidateNumbers: item !== null ? item.candidateNumbers : ({})
                current: root.selectedPain !== 0
                visible: current
                Layout.fillHeight: true
                Layout.maximumHeight: implicitHeight
                Layout.preferredWidth: root.panelWidth
                Layout.alignment: Qt.AlignTop
                page: "PainPanel.qml"
                pageProperties: ({
                    guide: root.app.guide,
                    painPlaces: Qt.binding(() => root.app.painAreas.regions),
                    painMarks: root.painMarks,
                    areaId: Qt.binding(() => root.selectedPain)
                })
            }
            Connections {
                target: painPanel.item
                function onCloseRequested() { root.selectedPain = 0 }
                function onAskQuestions(questions, placeId) { root.askQuestions(questions, placeId) }
            }

            PageLoader {
                id: knotPanelLoader
                current: root.selectedKnot !== 0
                visible: current
                Layout.fillHeight: true
                Layout.preferredWidth: root.panelWidth
                Layout.alignment: Qt.AlignTop
                page: "KnotPanel.qml"
                pageProperties: ({
                    guide: root.app.guide,
                    painPlaces: Qt.binding(() => root.app.painAreas.regions),
                    knotEditor: root.knotEditor,
                    knotId: Qt.binding(() => root.selectedKnot)
                })
            }
            Connections {
                target: knotPanelLoader.item
                function onCloseRequested() { root.selectedKnot = 0 }
                function onStartSession() { root.startSession(root.selectedKnot) }
                function onLogReading() {
                    root.sheet().openReading(root.selectedKnot, knotPanelLoader.item.info.regionName)
                }
                function onEditReading(reading) {
                    root.sheet().openEdit(root.selectedKnot, knotPanelLoader.item.info.regionName, reading)
                }
            }
        }

        Label {
            objectName: "mapStatus"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: root.hint !== "" ? Theme.danger : Theme.text
            font.pixelSize: Theme.fontBody
            text: root.hint !== "" ? root.hint
                  : root.strokeNote !== "" && root.mapLayer === "pain" ? root.strokeNote
                  : root.hovered !== "" ? root.atlas.region(root.hovered).plainName
                  : !Saving.allowed && root.focused !== "" ? qsTr("%1. Arrow keys move, Enter shows what may help here.").arg(root.atlas.region(root.focused).plainName)
                  : root.focused !== "" && root.mapLayer === "pain" ? qsTr("%1. Arrow keys move, Enter marks pain here.").arg(root.atlas.region(root.focused).plainName)
                  : root.focused !== "" ? qsTr("%1. Arrow keys move, Enter logs a knot here.").arg(root.atlas.region(root.focused).plainName)
                  : !Saving.allowed ? qsTr("Click a spot to read what may help there. Saving is off.")
                  : root.mapLayer === "pain" ? qsTr("Click where you feel the pain to mark it, even far from your knots; Shift+click marks it over a marker.")
                  : qsTr("Click where it hurts to log a knot there; Shift+click logs one over a marker.")
        }

        TenderLegend {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
        }
    }

    // Floats above the legend, so the figures do not move when it appears; made only while
    // a deletion can be undone.
    Loader {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 96
        active: root.knotEditor.pendingDelete !== 0
        sourceComponent: UndoBar {
            text: qsTr("Knot deleted.")
            onUndo: root.knotEditor.undoDelete()
            onExpired: root.knotEditor.commitDelete()
        }
    }

    // The knot sheet is made (and its file read) the first time it opens.
    function sheet() {
        sheetLoader.wasShown = true
        return sheetLoader.item
    }
    PageLoader {
        id: sheetLoader
        page: "KnotSheet.qml"
        pageProperties: ({
            atlas: root.atlas,
            knotEditor: root.knotEditor,
            guide: root.app.guide,
            parent: Overlay.overlay
        })
    }
}
