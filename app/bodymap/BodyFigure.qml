// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import KnotMap

// One view of the body (front or back): the figure, its muscle regions, and its knots.
// The figure keeps the drawing's proportions; every position is a 0..1 fraction of it,
// so knots stay on their spot at any size.
Item {
    id: root

    required property int view
    required property AtlasView atlas
    required property KnotListModel knots
    required property PainAreaListModel painAreas
    property var selectedPain: 0
    property var candidateRegions: []
    // Candidate muscles numbered as their list: {regionId: number}.
    property var candidateNumbers: ({})
    // A knot's referral pattern ({common, sometimes}: places) and the knot as an X.
    property var referral: null
    // "Where it hurts": the places of the surface answer the pointer and the keys, and
    // their faint borders show, instead of the muscle regions.
    property bool painLayer: false
    // "Show the muscles": every muscle's outline drawn clearly instead of faintly.
    property bool strongMuscles: false
    property string hoveredRegion
    // The region (or, in the pain layer, the place) keyboard focus is on: arrow keys move
    // it, Enter logs a knot or marks pain at its centre.
    property string focusedRegion
    property var selectedKnot: 0

    readonly property bool front: root.view === FigureView.Front
    // Markers that would hide each other are drawn spread apart (core's markers::spread),
    // joined to their points by leader lines: {"k3": point, "p0": point} for those moved,
    // keyed by layer and the Repeater's index.
    property var drawnAt: ({})

    function relayout() {
        const items = []
        const keys = []
        const add = (repeater, prefix) => {
            for (let i = 0; i < repeater.count; ++i) {
                const m = repeater.itemAt(i)
                if (m && m.visible) {
                    items.push({ x: m.posX * figure.width, y: m.posY * figure.height, size: m.width })
                    keys.push(prefix + i)
                }
            }
        }
        add(painRepeater, "p")
        add(knotRepeater, "k")
        add(numberRepeater, "n")
        const out = root.atlas.spreadMarkers(items)
        const moved = {}
        for (let i = 0; i < out.length; ++i) {
            if (Math.abs(out[i].x - items[i].x) > 0.5 || Math.abs(out[i].y - items[i].y) > 0.5)
                moved[keys[i]] = { from: Qt.point(items[i].x, items[i].y), to: out[i] }
        }
        root.drawnAt = moved
        leaders.requestPaint()
    }
    readonly property alias figure: figure

    // A click on a muscle region, or in the pain layer on a place (x, y in 0..1 of the figure).
    signal spotChosen(int view, real x, real y, string region)
    // A click that hit nothing: on the body but not a mapped muscle, or off the body.
    signal spotMissed(bool onBody)
    signal knotChosen(var knotId)
    signal painChosen(var areaId)
    // Where the last click was (0..1), given before spotMissed.
    signal pointed(real x, real y)
    // In "Where it hurts", a drag across the figure: its points, 0..1, in order.
    signal stroke(int view, var points)

    implicitWidth: figure.width
    implicitHeight: 480
    activeFocusOnTab: true

    Accessible.role: Accessible.Graphic
    Accessible.name: (root.front ? qsTr("Front of the body") : qsTr("Back of the body"))
                     + (root.activeFocus && root.focusedRegion !== ""
                        ? ": " + root.atlas.region(root.focusedRegion).plainName : "")
    Accessible.description: root.painLayer
                            ? qsTr("Use the arrow keys to move between places on the body and Enter to mark pain there.")
                            : qsTr("Use the arrow keys to move between muscle areas and Enter to log a knot there.")

    function firstFocus() {
        return root.painLayer ? root.atlas.firstPlace(root.view) : root.atlas.firstRegion(root.view)
    }
    onActiveFocusChanged: {
        if (activeFocus && root.focusedRegion === "")
            root.focusedRegion = root.firstFocus()
    }
    onPainLayerChanged: {
        root.hoveredRegion = ""
        root.focusedRegion = root.activeFocus ? root.firstFocus() : ""
    }
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Left || event.key === Qt.Key_Right || event.key === Qt.Key_Up
                || event.key === Qt.Key_Down) {
            const next = root.atlas.neighbour(root.focusedRegion, event.key)
            if (next !== "")
                root.focusedRegion = next
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            const r = root.atlas.region(root.focusedRegion)
            if (r.id)
                root.spotChosen(root.view, r.centreX, r.centreY, r.id)
            event.accepted = true
        }
    }

    // A visible focus ring around the figure, inside its bounds: the view clips anything
    // outside them (a ring drawn outside showed only its two sides).
    Rectangle {
        anchors.fill: parent
        anchors.margins: 1
        radius: Theme.radius
        color: "transparent"
        visible: root.activeFocus
        border.width: 3
        border.color: Theme.focusRing
    }

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
        objectName: "figure-area-" + (root.front ? "front" : "back")
        anchors.top: caption.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: height * root.atlas.aspect

        // The figure with its faint borders, kept drawn between starts, in the overlay's
        // style; the overlay paints what changes.
        FigureDrawing {
            anchors.fill: parent
            view: root.view
            borders: (overlay.placeLines ? "places/" : overlay.allLayers ? "all/" : "surface/")
                     + String(overlay.lineColor).substring(1)
        }

        RegionOverlay {
            id: overlay
            objectName: "regionOverlay-" + (root.front ? "front" : "back")
            anchors.fill: parent
            atlas: root.atlas
            view: root.view
            borders: false
            highlighted: root.hoveredRegion !== "" ? root.hoveredRegion
                         : root.activeFocus ? root.focusedRegion : ""
            lineColor: root.strongMuscles && !root.painLayer ? Theme.regionLineStrong : Theme.regionLine
            placeLines: root.painLayer
            allLayers: root.strongMuscles
            highlightColor: Theme.regionHighlight
            painRegions: root.painAreas.regions
            painColor: Theme.pain
            candidates: root.candidateRegions
            referCommon: root.referral ? root.referral.common : []
            referSometimes: root.referral ? root.referral.sometimes : []
            referColor: Theme.refer
        }

        // The person's own left and right: on the front view their left is on the
        // viewer's right, on the back view on the viewer's left.
        SideLabel {
            x: parent.width * 0.06
            y: parent.height * 0.07
            text: root.front ? qsTr("R") : qsTr("L")
            fullText: root.front ? qsTr("Right side") : qsTr("Left side")
        }
        SideLabel {
            x: parent.width * 0.94 - width
            y: parent.height * 0.07
            text: root.front ? qsTr("L") : qsTr("R")
            fullText: root.front ? qsTr("Left side") : qsTr("Right side")
        }

        // Laid out again when markers come, go or change size, or the figure does.
        Timer {
            id: relayoutSoon
            interval: 0
            onTriggered: root.relayout()
        }
        onWidthChanged: relayoutSoon.restart()
        onHeightChanged: relayoutSoon.restart()
        Connections {
            target: root.knots
            function onDataChanged() { relayoutSoon.restart() }
            function onModelReset() { relayoutSoon.restart() }
        }
        Connections {
            target: root.painAreas
            function onDataChanged() { relayoutSoon.restart() }
            function onModelReset() { relayoutSoon.restart() }
        }

        // Above the markers: it picks a marker under a click, and a drag that starts on one
        // still draws; Shift+click passes over markers to the figure.
        MouseArea {
            id: pointer
            z: 10

            // The marker drawn under a point (pixels), in this layer's order: {kind, id}, or
            // null. Its own layer's markers first, and only the visible ones.
            function markerAt(px: real, py: real): var {
                const sets = root.painLayer ? [[painRepeater, "pain"], [knotRepeater, "knot"]]
                                            : [[knotRepeater, "knot"], [painRepeater, "pain"]]
                for (const [repeater, kind] of sets) {
                    for (let i = repeater.count - 1; i >= 0; --i) {
                        const m = repeater.itemAt(i)
                        if (!m || !m.visible)
                            continue
                        const cx = m.x + m.width / 2
                        const cy = m.y + m.height / 2
                        if (Math.hypot(px - cx, py - cy) <= m.width / 2 + 4)
                            return { kind: kind, id: kind === "pain" ? m.areaId : m.knotId }
                    }
                }
                return null
            }

            function under(x: real, y: real): string {
                const hit = root.atlas.regionAt(root.view, x, y)
                return root.painLayer ? hit.place : hit.region
            }
            function updateHover() {
                root.hoveredRegion = pointer.containsMouse
                        ? pointer.under(pointer.mouseX / width, pointer.mouseY / height) : ""
            }

            anchors.fill: parent
            hoverEnabled: true
            property bool overMarker: false
            cursorShape: pointer.overMarker ? Qt.PointingHandCursor
                         : root.hoveredRegion !== "" ? Qt.CrossCursor : Qt.ArrowCursor
            onEntered: updateHover()
            // A drag in "Where it hurts" draws pain along it; a click marks one place.
            property var strokePoints: []
            property bool stroking: false
            onPressed: mouse => {
                pointer.stroking = false
                pointer.strokePoints = root.painLayer ? [Qt.point(mouse.x / width, mouse.y / height)] : []
            }
            onPositionChanged: mouse => {
                if (pointer.pressed && root.painLayer && pointer.strokePoints.length > 0) {
                    pointer.strokePoints.push(Qt.point(mouse.x / width, mouse.y / height))
                    const first = pointer.strokePoints[0]
                    if (Math.hypot((mouse.x / width - first.x) * width, (mouse.y / height - first.y) * height) > 8)
                        pointer.stroking = true
                }
                pointer.overMarker = pointer.markerAt(mouse.x, mouse.y) !== null
                updateHover()
            }
            onReleased: {
                if (pointer.stroking)
                    root.stroke(root.view, pointer.strokePoints)
            }
            onExited: root.hoveredRegion = ""
            onClicked: mouse => {
                if (pointer.stroking) {
                    pointer.stroking = false
                    return
                }
                const marker = (mouse.modifiers & Qt.ShiftModifier) ? null : pointer.markerAt(mouse.x, mouse.y)
                if (marker !== null) {
                    if (marker.kind === "pain")
                        root.painChosen(marker.id)
                    else
                        root.knotChosen(marker.id)
                    return
                }
                const x = mouse.x / width
                const y = mouse.y / height
                const hit = root.atlas.regionAt(root.view, x, y)
                const id = root.painLayer ? hit.place : hit.region
                root.pointed(x, y)
                if (id !== "")
                    root.spotChosen(root.view, x, y, id)
                else
                    root.spotMissed(hit.onBody)
            }
        }

        // The leader lines from a spread marker back to its point, with a dot on the point;
        // made only when some marker is spread, so start-up pays nothing for it.
        Loader {
            id: leaders
            anchors.fill: parent
            active: Object.keys(root.drawnAt).length > 0
            function requestPaint() {
                if (leaders.item)
                    leaders.item.requestPaint()
            }
            sourceComponent: Canvas {
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    ctx.strokeStyle = Theme.text
                    ctx.fillStyle = Theme.text
                    ctx.lineWidth = 1.2
                    for (const key in root.drawnAt) {
                        const m = root.drawnAt[key]
                        ctx.beginPath()
                        ctx.moveTo(m.from.x, m.from.y)
                        ctx.lineTo(m.to.x, m.to.y)
                        ctx.stroke()
                        ctx.beginPath()
                        ctx.arc(m.from.x, m.from.y, 2.2, 0, 2 * Math.PI)
                        ctx.fill()
                    }
                }
            }
        }


        // The candidate muscles' numbers, as in the pain panel's list, at each muscle's centre;
        // spread with the markers, so a number never hides under a mark or hides one.
        Repeater {
            id: numberRepeater
            model: {
                const out = []
                for (const id in root.candidateNumbers) {
                    const r = root.atlas.region(id)
                    if (r.id !== "" && r.view === root.view)
                        out.push({ region: id, number: root.candidateNumbers[id], x: r.centreX, y: r.centreY })
                }
                return out
            }
            onItemAdded: relayoutSoon.restart()
            onItemRemoved: relayoutSoon.restart()
            delegate: Rectangle {
                required property var modelData
                required property int index
                readonly property real posX: modelData.x
                readonly property real posY: modelData.y
                readonly property var drawn: root.drawnAt["n" + index] ? root.drawnAt["n" + index].to : null
                objectName: "candidate-" + modelData.region
                width: 20
                height: 20
                radius: 10
                x: (drawn ? drawn.x : posX * figure.width) - width / 2
                y: (drawn ? drawn.y : posY * figure.height) - height / 2
                color: Theme.accent
                border.color: Theme.dark ? "#1c1f23" : "#ffffff"
                border.width: 1.5
                Label {
                    anchors.centerIn: parent
                    text: modelData.number
                    font.bold: true
                    font.pixelSize: Theme.fontTiny
                    color: Theme.dark ? "#1c1f23" : "#ffffff"
                }
            }
        }

        Repeater {
            id: painRepeater
            model: root.painAreas
            onItemAdded: relayoutSoon.restart()
            onItemRemoved: relayoutSoon.restart()

            delegate: PainMarker {
                required property int view
                required property var areaId
                required property int index
                drawn: root.drawnAt["p" + index] ? root.drawnAt["p" + index].to : null
                onVisibleChanged: relayoutSoon.restart()
                objectName: "pain-" + areaId
                visible: view === root.view
                selected: areaId === root.selectedPain
                tabStop: root.painLayer
                areaWidth: figure.width
                areaHeight: figure.height
                onChosen: root.painChosen(areaId)
            }
        }

        Repeater {
            id: knotRepeater
            model: root.knots
            onItemAdded: relayoutSoon.restart()
            onItemRemoved: relayoutSoon.restart()

            delegate: KnotMarker {
                required property int view
                required property var knotId
                required property int index
                drawn: root.drawnAt["k" + index] ? root.drawnAt["k" + index].to : null
                onVisibleChanged: relayoutSoon.restart()
                onWidthChanged: relayoutSoon.restart()
                objectName: "knot-" + knotId
                visible: view === root.view
                selected: knotId === root.selectedKnot
                tabStop: !root.painLayer
                onChosen: root.knotChosen(knotId)
                areaWidth: figure.width
                areaHeight: figure.height
            }
        }
    }
}
