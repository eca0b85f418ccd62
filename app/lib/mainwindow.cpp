#include "mainwindow.h"

#include "appstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
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

namespace {
const QUrl kMainQml(QStringLiteral("qrc:/KnotMap/Main.qml"));
} // namespace

std::unique_ptr<QQmlComponent> compileMainWindow(QQmlEngine& engine) {
    return std::make_unique<QQmlComponent>(&engine, kMainQml);
}

QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, AppState& state,
                             const WindowOptions& options) {
    int page = 0;
    for (std::size_t i = 0; i < std::size(kPageNames); ++i) {
        if (options.page == QLatin1String(kPageNames[i]))
            page = static_cast<int>(i);
    }
    engine.setInitialProperties({
        {QStringLiteral("app"), QVariant::fromValue(&state)},
        {QStringLiteral("currentPage"), page},
        {QStringLiteral("width"), options.size.width()},
        {QStringLiteral("height"), options.size.height()},
    });
    engine.load(kMainQml);
    if (engine.rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
}

} // namespace knotmap::ui
