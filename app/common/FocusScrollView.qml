// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A ScrollView that keeps the keyboard focus in sight: Tab to a control scrolled out of
// view and the view scrolls to show it, with a little room around it.
ScrollView {
    id: root

    // Pages scroll up and down only: no horizontal bar, which (even unseen) took the clicks
    // in a strip along the bottom of the view.
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
    ScrollBar.horizontal.visible: false

    // Scrolls so that `item` (inside this view) is wholly shown, if it can be.
    function reveal(item: Item) {
        const flick = root.contentItem
        if (!(flick instanceof Flickable) || !item)
            return
        let p = item
        while (p && p !== flick.contentItem)
            p = p.parent
        if (!p)
            return
        const r = item.mapToItem(flick.contentItem, 0, 0, item.width, item.height)
        const room = Theme.spacing
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        if (r.y - room < flick.contentY)
            flick.contentY = Math.max(0, r.y - room)
        else if (r.y + r.height + room > flick.contentY + flick.height)
            flick.contentY = Math.min(maxY, r.y + r.height + room - flick.height)
    }

    Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() {
            const item = root.Window.window ? root.Window.window.activeFocusItem : null
            if (item && item.focusReason === Qt.MouseFocusReason)
                return // clicked: it is in sight already
            root.reveal(item)
        }
    }
}
