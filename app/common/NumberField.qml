// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled number the user may leave empty ("not recorded"), with its rule's message.
ColumnLayout {
    id: root

    property string label
    property string unit
    property alias text: input.text
    property string errorText
    signal editingFinished()

    spacing: 2

    Label {
        text: root.label
        color: Theme.text
    }
    RowLayout {
        PlainTextField {
            id: input
            objectName: root.objectName + "-input"
            Layout.preferredWidth: 96
            horizontalAlignment: TextInput.AlignRight
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: root.label
            invalid: root.errorText !== ""
            onEditingFinished: root.editingFinished()
        }
        Label {
            text: root.unit
            color: Theme.textMuted
        }
    }
    Label {
        visible: root.errorText !== ""
        Layout.fillWidth: true
        Layout.maximumWidth: 260
        wrapMode: Text.WordWrap
        text: root.errorText
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
    }
}
