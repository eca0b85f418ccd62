// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Whether anything can be saved, for every form: when the database is read-only, each
// save button is off and says why. Main.qml sets the reason from the open store.
QtObject {
    // Why nothing can be saved ("you do not have permission to change this file"), or "".
    property string offReason: ""
    readonly property bool allowed: offReason === ""
    readonly property string note: allowed ? "" : qsTr("Saving is off: %1.").arg(offReason)
}
