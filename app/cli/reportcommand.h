// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace knotmap::ui {

// `knotmap report --from YYYY-MM-DD --to YYYY-MM-DD --out summary.pdf [--db PATH]
// [--name TEXT] [--paper a4|letter]`: writes the physiotherapist's summary without a
// window. Returns the exit status: 0 written, 1 the database or the file failed, 2 the
// command line was wrong. Messages go to stderr.
int runReportCommand(const QStringList& arguments, const QString& defaultDatabase);

} // namespace knotmap::ui
