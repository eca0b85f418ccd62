// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A yes/no question that may stay unanswered. value: true, false or undefined.
ColumnLayout {
    id: root

    property string label
    property var value: undefined

    spacing: 2

    Label {
        text: root.label
        color: Theme.text
    }
    SegmentedChoice {
        namePrefix: root.objectName + "-"
        options: [{ key: "yes", label: qsTr("Yes") }, { key: "no", label: qsTr("No") }]
        chosen: root.value === true ? "yes" : root.value === false ? "no" : ""
        onChosenChanged: root.value = chosen === "yes" ? true : chosen === "no" ? false : undefined
    }
}
