// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace knotmap::ui {

// Where a save or open dialog starts: the person's Documents folder, or their home folder
// where there is no Documents folder (a dialog given a missing folder starts in the folder
// KnotMap was started from instead).
QString dialogFolder();

} // namespace knotmap::ui
