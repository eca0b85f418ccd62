// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The body figure of one view, drawn from SVG at the size shown, in 32 px steps, by
// FigureImages, which keeps each drawing for the next start. The
// first size is drawn at once; a later one (a resize, a zoom, or a layout settling, which
// can pass through two heights before it keeps the first) only once it has held for a
// moment, the drawing scaled meanwhile: each drawing takes several ms.
Image {
    id: root

    required property int view
    readonly property string viewName: root.view === FigureView.Back ? "back" : "front"

    readonly property int wantedHeight: Math.max(0, Math.ceil(height / 32) * 32)
    property int drawnHeight: 0

    function drawNow() { root.drawnHeight = root.wantedHeight }

    objectName: "figureDrawing-" + root.viewName
    sourceSize.height: root.drawnHeight
    // Only with a size: a source without one would draw the figure at 400 x 880 first.
    source: root.drawnHeight > 0 ? "image://figure/" + root.viewName : ""
    fillMode: Image.PreserveAspectFit
    smooth: true
    onWantedHeightChanged: {
        if (root.drawnHeight === 0)
            root.drawNow()
        else
            redraw.restart()
    }
    Component.onCompleted: if (root.wantedHeight > 0) root.drawNow()

    Timer {
        id: redraw
        interval: 150
        onTriggered: root.drawNow()
    }
}
