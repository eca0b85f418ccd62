#include "mainwindow.h"

#include "appstate.h"

#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace knotmap::ui {

Result<BodyAtlas> loadBodyAtlas() {
    QFile file(QStringLiteral(":/KnotMap/body/atlas.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, "KnotMap's body map data is missing from this build.", {}};
    const QByteArray bytes = file.readAll();
    return BodyAtlas::parse(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
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
    engine.load(QUrl(QStringLiteral("qrc:/KnotMap/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
}

} // namespace knotmap::ui
