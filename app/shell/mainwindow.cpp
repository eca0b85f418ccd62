// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "figure/atlasview.h"
#include "figure/figureimages.h"
#include "shell/appstate.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFont>
#include <QFontMetricsF>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>

namespace knotmap::ui {

namespace {
const QUrl kMainQml(QStringLiteral("qrc:/KnotMap/Main.qml"));
} // namespace

std::unique_ptr<QQmlComponent> compileMainWindow(QQmlEngine& engine) {
    auto component =
        std::make_unique<QQmlComponent>(&engine, kMainQml, QQmlComponent::Asynchronous);
    // The QML compiles on Qt's loader thread. Meanwhile this thread reads the system's
    // fonts, which the window's first text would otherwise wait for: fontconfig's list and
    // the application font's two faces, regular and bold.
    QFont bold;
    bold.setBold(true);
    for (const QFont& font : {QFont(), bold})
        QFontMetricsF(font).height();
    if (component->isLoading()) {
        QEventLoop waiting;
        QObject::connect(component.get(), &QQmlComponent::statusChanged, &waiting,
                         &QEventLoop::quit);
        waiting.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return component;
}

QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, AppState& state,
                             const WindowOptions& options) {
    int page = 0;
    for (std::size_t i = 0; i < std::size(kPageNames); ++i) {
        if (options.page == QLatin1String(kPageNames[i]))
            page = static_cast<int>(i);
    }
    // Text drawn by the font engine, hinted to the pixel grid, as desktop programs draw it:
    // sharper at the sizes KnotMap uses than Qt Quick's scalable glyphs, and under OpenGL
    // the window shows about 10 ms sooner, with no glyph field to compute for each letter.
    QQuickWindow::setTextRenderType(QQuickWindow::NativeTextRendering);
    if (engine.imageProvider(QStringLiteral("figure")) == nullptr) // the engine owns it
        engine.addImageProvider(
            QStringLiteral("figure"),
            new FigureImages(options.figureCache.toStdString(),
                             state.atlas() != nullptr ? state.atlas()->atlas() : nullptr));
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
