// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace knotmap::ui {

// `knotmap restore FILE [--db PATH] [--yes]`: shows what FILE holds and, with --yes,
// replaces the database's contents with it after backing up the current data. Returns
// the exit status: 0 done (or previewed), 1 refused or failed, 2 a wrong command line.
int runRestoreCommand(const QStringList& arguments, const QString& defaultDatabase);

// `knotmap export --format json|csv --out PATH [--db PATH]`: everything entered, as one
// JSON file or a folder of CSV files (docs/EXPORT.md). Exit status as above.
int runExportCommand(const QStringList& arguments, const QString& defaultDatabase);

// `knotmap import FILE [--db PATH]`: reads a JSON export. Everything is checked first;
// any bad row means nothing is written and each is listed on stderr. Exit status: 0
// imported, 1 refused (file or database), 2 a wrong command line.
int runImportCommand(const QStringList& arguments, const QString& defaultDatabase);

} // namespace knotmap::ui
