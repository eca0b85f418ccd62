// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The body figure of one view, drawn from SVG at the size shown by FigureImages, which
// keeps each drawing for the next start. The
// first size is drawn at once; a later one (a resize, a zoom, or a layout settling, which
// can pass through two heights before it keeps the first) only once it has held for a
// moment, the drawing scaled meanwhile: each drawing takes several ms.
Image {
    id: root

    required property int view
    readonly property string viewName: root.view === FigureView.Back ? "back" : "front"
    // Empty for the bare figure; else its faint borders drawn in, which and in what colour:
    // "surface/aarrggbb", "all/..." or "places/..." (FigureImages). With borders it is drawn
    // at the height shown, so their one-pixel lines stay sharp; bare, in 32 px steps.
    property string borders: ""

    readonly property int wantedHeight: root.borders !== "" ? Math.max(0, Math.ceil(height))
                                                            : Math.max(0, Math.ceil(height / 32) * 32)
    property int drawnHeight: 0

    function drawNow() { root.drawnHeight = root.wantedHeight }

    objectName: "figureDrawing-" + root.viewName
    sourceSize.height: root.drawnHeight
    // Only with a size: a source without one would draw the figure at 400 x 880 first.
    source: root.drawnHeight <= 0 ? ""
            : "image://figure/" + root.viewName + (root.borders !== "" ? "/" + root.borders : "")
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
