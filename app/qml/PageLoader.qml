import QtQuick

// A page made the first time it is shown and kept from then on, so start-up builds only
// the page on screen (and no other page's sound or data).
Loader {
    // Whether this page is the one on screen.
    property bool current: false
    property bool wasShown: false

    active: current || wasShown
    onCurrentChanged: if (current) wasShown = true
    Component.onCompleted: if (current) wasShown = true
}
