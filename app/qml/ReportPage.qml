import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// What a summary for a physiotherapist would draw on, from the data recorded so far.
Item {
    id: root

    required property AppState app

    objectName: "page-report"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Report")
            subtitle: qsTr("A summary of your history for your physiotherapist.")
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.maximumWidth: 640
            implicitHeight: facts.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: facts
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.gap

                Label {
                    text: qsTr("Recorded so far")
                    font.bold: true
                    font.pixelSize: Theme.fontHeading
                    color: Theme.text
                }
                Label {
                    objectName: "reportCheckIns"
                    text: root.app.checkIns.count === 1 ? qsTr("1 day with a pain check-in")
                                                        : qsTr("%1 days with a pain check-in").arg(root.app.checkIns.count)
                    color: Theme.text
                }
                Label {
                    text: root.app.knots.count === 1 ? qsTr("1 active knot")
                                                     : qsTr("%1 active knots").arg(root.app.knots.count)
                    color: Theme.text
                }
                Label {
                    text: root.app.sessions.count === 1 ? qsTr("1 self-care session")
                                                        : qsTr("%1 self-care sessions").arg(root.app.sessions.count)
                    color: Theme.text
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.maximumWidth: 640
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: qsTr("Printing the summary and saving it as a PDF are not available in this version yet.")
        }

        Item { Layout.fillHeight: true }
    }
}
