#include "mainwindow.h"

#include "appstate.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace knotmap::ui {

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
