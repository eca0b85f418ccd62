#include "shell/resources.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace knotmap::ui {

namespace {
std::optional<QByteArray> embedded(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}
std::string_view view(const QByteArray& bytes) {
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}
} // namespace

Result<BodyAtlas> loadBodyAtlas() {
    const auto bytes = embedded(QStringLiteral(":/KnotMap/body/atlas.json"));
    if (!bytes)
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("main",
                                                 "KnotMap's body map data is missing from this "
                                                 "build.")
                         .toStdString(),
                     {}};
    return BodyAtlas::parse(view(*bytes));
}

Result<KnowledgeBase> loadKnowledge(const BodyAtlas& atlas) {
    const auto bytes = embedded(QStringLiteral(":/KnotMap/knowledge/knowledge.json"));
    if (!bytes)
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("main",
                                                 "KnotMap's knowledge data is missing from this "
                                                 "build.")
                         .toStdString(),
                     {}};
    return KnowledgeBase::parse(view(*bytes), atlas);
}

} // namespace knotmap::ui
