import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KnotMap

// The self-care session log, newest first.
Item {
    id: root

    required property AppState app

    objectName: "page-selfcare"

    function chooseKnot(knotId: var) { card.chooseKnot(knotId) }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Self-care")
            subtitle: root.app.sessions.count > 0
                      ? (root.app.sessions.count === 1 ? qsTr("1 session logged, with tenderness before and after.")
                                                       : qsTr("%1 sessions logged, newest first, with tenderness before and after.").arg(root.app.sessions.count))
                      : ""
        }

        SessionCard {
            id: card
            Layout.fillWidth: true
            app: root.app
        }

        EmptyState {
            visible: root.app.sessions.count === 0
            Layout.fillWidth: true
            text: qsTr("No self-care sessions logged yet. Each session you log will show here with the knot's tenderness before and after.")
        }

        // Takes the extra height while the log is empty, so nothing drifts apart.
        Item {
            visible: root.app.sessions.count === 0
            Layout.fillHeight: true
        }

        ListView {
            objectName: "sessionList"
            visible: root.app.sessions.count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            model: root.app.sessions
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: row
                required property date started
                required property string technique
                required property string regionName
                required property int minutes
                required property var tendernessBefore
                required property var tendernessAfter

                width: ListView.view.width - 12
                implicitHeight: content.implicitHeight + 2 * Theme.spacing - 4
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                RowLayout {
                    id: content
                    anchors.fill: parent
                    anchors.margins: Theme.spacing - 2
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 150
                        text: row.started.toLocaleString(Qt.locale(), "ddd d MMM, HH:mm")
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: qsTr("%1 on %2").arg(row.technique).arg(row.regionName)
                        color: Theme.text
                    }
                    Label {
                        text: qsTr("%1 min").arg(row.minutes)
                        color: Theme.textMuted
                    }
                    Label {
                        visible: row.tendernessBefore !== undefined && row.tendernessAfter !== undefined
                        text: qsTr("tenderness %1 \u2192 %2").arg(row.tendernessBefore).arg(row.tendernessAfter)
                        color: Theme.text
                    }
                }
            }
        }
    }
}
