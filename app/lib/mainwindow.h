#pragma once

#include <QSize>
#include <QString>

class QQmlApplicationEngine;
class QQuickWindow;

namespace knotmap::ui {

class AppState;

// The pages, by the names --page and the navigation use.
inline constexpr const char* kPageNames[] = {"body", "today", "selfcare", "history", "report"};

struct WindowOptions {
    QString page = QStringLiteral("body");
    QSize size{1280, 800};
};

// Loads Main.qml with `state` as its `app`; returns the window, or null if loading failed.
QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, AppState& state,
                             const WindowOptions& options);

} // namespace knotmap::ui
