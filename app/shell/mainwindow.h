// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlComponent> // complete: the caller owns the compiled window
#include <QSize>
#include <QString>

#include <memory>

class QQmlApplicationEngine;
class QQmlEngine;
class QQuickWindow;

namespace knotmap::ui {

class AppState;

// The pages, by the names --page and the navigation use.
inline constexpr const char* kPageNames[] = {"body",    "today",  "selfcare",
                                             "history", "report", "data"};

struct WindowOptions {
    QString page = QStringLiteral("body");
    QSize size{1280, 800};
    // Where the drawn body figures are kept between starts (FigureImages); empty: nowhere.
    QString figureCache;
};

// Reads and compiles Main.qml and every type it uses, without making anything, while the
// database opens on another thread; this thread meanwhile reads the system's fonts. Returns
// once the compile has finished. Keep the result until loadMainWindow has run, which then
// finds the window's types ready.
std::unique_ptr<QQmlComponent> compileMainWindow(QQmlEngine& engine);

// Loads Main.qml with `state` as its `app`; returns the window, or null if loading failed.
QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, AppState& state,
                             const WindowOptions& options);

} // namespace knotmap::ui
