// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The physiotherapist's summary: choose the range, a name and the paper, look at the
// pages, then save them as a PDF or print them.
Item {
    id: root

    required property AppState app
    readonly property ReportBuilder report: root.app.report
    readonly property bool wide: width >= 900
    property int page: 0

    objectName: "page-report"
    onVisibleChanged: if (visible) root.report.rebuild()
    Component.onCompleted: if (visible) root.report.rebuild()

    Connections {
        target: root.report
        function onBuilt() {
            root.page = Math.min(root.page, Math.max(0, root.report.pageCount - 1))
        }
    }

    FocusScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

    GridLayout {
        width: scroll.availableWidth - 2 * Theme.margin
        x: Theme.margin
        columns: root.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Theme.margin
            Layout.preferredWidth: root.wide ? 340 : -1
            Layout.fillWidth: !root.wide
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Report")
                subtitle: qsTr("A summary of your history for your physiotherapist, to print or save as a PDF.")
            }

            Label {
                text: qsTr("Days to include")
                font.bold: true
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: [{ days: 30, label: qsTr("Last 30 days") }, { days: 90, label: qsTr("3 months") },
                            { days: 365, label: qsTr("1 year") }]
                    delegate: PlainButton {
                        required property var modelData
                        objectName: "reportLast" + modelData.days
                        text: modelData.label
                        checked: root.report.lastDays === modelData.days
                        Accessible.checked: checked
                        onClicked: root.report.useLastDays(modelData.days)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label { text: qsTr("From"); color: Theme.text }
                    PlainTextField {
                        id: fromField
                        objectName: "reportFrom"
                        Layout.fillWidth: true
                        text: root.report.from
                        placeholderText: qsTr("YYYY-MM-DD")
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("From, a date like 2026-03-01")
                        onEditingFinished: root.report.from = text
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label { text: qsTr("To"); color: Theme.text }
                    PlainTextField {
                        objectName: "reportTo"
                        Layout.fillWidth: true
                        text: root.report.to
                        placeholderText: qsTr("YYYY-MM-DD")
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("To, a date like 2026-03-31")
                        onEditingFinished: root.report.to = text
                    }
                }
            }

            Label { text: qsTr("Name on the summary (optional)"); color: Theme.text }
            PlainTextField {
                objectName: "reportName"
                Layout.fillWidth: true
                text: root.report.name
                maximumLength: root.report.nameMaxLength
                placeholderText: qsTr("e.g. Alex Example")
                Accessible.name: qsTr("Name on the summary")
                onEditingFinished: root.report.name = text
            }

            Label { text: qsTr("Paper"); color: Theme.text }
            SegmentedChoice {
                namePrefix: "paper-"
                options: [{ key: "a4", label: qsTr("A4") }, { key: "letter", label: qsTr("US Letter") }]
                chosen: root.report.paper
                onChosenChanged: root.report.paper = chosen
            }

            Label {
                objectName: "reportError"
                visible: text !== ""
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: root.report.error
            }

            RowLayout {
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "reportSave"
                    text: qsTr("Save as PDF…")
                    enabled: root.report.pageCount > 0
                    onClicked: root.report.saveWithDialog()
                }
                PlainButton {
                    objectName: "reportPrint"
                    text: qsTr("Print…")
                    enabled: root.report.pageCount > 0 && root.report.canPrint
                    onClicked: root.report.printWithDialog()
                }
            }
            Label {
                objectName: "reportStatus"
                visible: text !== ""
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.text
                text: root.report.status
            }
            PlainButton {
                objectName: "reportSaveInstead"
                visible: root.report.noPrinter
                text: qsTr("Save as PDF instead…")
                onClicked: root.report.saveWithDialog()
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: root.wide ? Theme.margin : 0
            Layout.bottomMargin: Theme.margin
            Layout.fillWidth: true
            spacing: Theme.gap
            visible: root.report.pageCount > 0

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Preview: page %1 of %2").arg(root.page + 1).arg(root.report.pageCount)
                    font.bold: true
                    color: Theme.text
                }
                PlainButton {
                    objectName: "previewPrevious"
                    text: qsTr("Previous page")
                    enabled: root.page > 0
                    onClicked: root.page -= 1
                }
                PlainButton {
                    objectName: "previewNext"
                    text: qsTr("Next page")
                    enabled: root.page + 1 < root.report.pageCount
                    onClicked: root.page += 1
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: preview.height + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.color: Theme.border
                ReportPreview {
                    id: preview
                    objectName: "reportPreview"
                    x: (parent.width - width) / 2
                    y: Theme.spacing
                    readonly property real fit: Math.min(parent.width - 2 * Theme.spacing,
                                                         root.wide ? (root.height - 120) / aspect : 10000)
                    width: fit
                    height: fit * aspect
                    builder: root.report
                    page: root.page
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Preview of page %1 of %2 of the summary").arg(root.page + 1).arg(root.report.pageCount)
                }
            }
        }
    }
    }
}
