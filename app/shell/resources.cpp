// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/resources.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace knotmap::ui {

namespace {

// A data file built into the app, or an error saying which one is missing.
Result<QByteArray> embedded(const QString& path, const char* missing) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QCoreApplication::translate("main", missing).toStdString(), {}};
    return file.readAll();
}

std::string_view view(const QByteArray& bytes) {
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

Result<BodyAtlas> loadBodyAtlas() {
    const auto bytes = embedded(QStringLiteral(":/KnotMap/body/atlas.json"),
                                QT_TRANSLATE_NOOP("main", "KnotMap's body map data is missing from "
                                                          "this build."));
    if (!bytes)
        return bytes.error();
    return BodyAtlas::parse(view(*bytes));
}

Result<KnowledgeBase> loadKnowledge(const BodyAtlas& atlas) {
    const auto bytes = embedded(QStringLiteral(":/KnotMap/knowledge/knowledge.json"),
                                QT_TRANSLATE_NOOP("main", "KnotMap's knowledge data is missing "
                                                          "from this build."));
    if (!bytes)
        return bytes.error();
    return KnowledgeBase::parse(view(*bytes), atlas);
}

} // namespace knotmap::ui
