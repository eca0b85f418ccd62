import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The front and back figures with every active knot where it was logged.
Item {
    id: root

    required property AppState app

    objectName: "page-body"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Body map")
            subtitle: root.app.knots.count > 0
                      ? qsTr("Your knots, the tender spots that hurt to press, where you logged them. Left and right are your own.")
                      : qsTr("No knots are logged yet. Your knots, the tender spots that hurt to press, will show here where you log them.")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.margin

            Item { Layout.fillWidth: true }
            BodyFigure {
                objectName: "figure-front"
                Layout.fillHeight: true
                view: "front"
                knots: root.app.knots
            }
            BodyFigure {
                objectName: "figure-back"
                Layout.fillHeight: true
                view: "back"
                knots: root.app.knots
            }
            Item { Layout.fillWidth: true }
        }

        TenderLegend {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
        }
    }
}
