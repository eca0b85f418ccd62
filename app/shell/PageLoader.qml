// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A page (or panel) made the first time it is shown and kept from then on, so start-up
// builds only what is on screen. Given by URL, its QML file is not even read before then:
// an inline `sourceComponent` would make the engine load every type the page uses when
// the file holding the loader loads.
Loader {
    // Whether this page is the one on screen.
    property bool current: false
    property bool wasShown: false
    // The page's QML file, and the properties (required ones included) it is made with.
    property url page
    property var pageProperties: ({})

    active: current || wasShown
    onCurrentChanged: if (current) wasShown = true
    onActiveChanged: makePage()
    Component.onCompleted: {
        if (current)
            wasShown = true
        makePage()
    }

    function makePage() {
        if (active && page.toString() !== "" && source.toString() === "")
            setSource(page, pageProperties)
    }
}
