// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/folders.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace knotmap::ui {

QString dialogFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace knotmap::ui
