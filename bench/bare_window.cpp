// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up floor: the least a Qt Quick app in this tree does before its first frame
// (a QGuiApplication, a QML engine, one window with one rectangle). Prints the moment the
// first frame was shown, on the same clock and in the same form as `knotmap
// --time-start-up`, and quits.
//
// With --controls it shows a bare Qt Quick Controls window instead (the Fusion style, as
// KnotMap uses, with one label and one button): the floor KnotMap's start-up is judged
// against, since no window that shows text with Qt Quick Controls can start quicker.
//
// Offscreen unless QT_QPA_PLATFORM says otherwise (the benchmark's run under Xvfb sets xcb).
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool controls = argc > 1 && QByteArray(argv[1]) == "--controls";
    QQmlApplicationEngine engine;
    if (controls) {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        engine.loadData("import QtQuick\nimport QtQuick.Controls\nimport QtQuick.Layouts\n"
                        "ApplicationWindow { width: 1280; height: 800; visible: true\n"
                        "  ColumnLayout { anchors.centerIn: parent\n"
                        "    Label { text: \"KnotMap\" }\n"
                        "    Button { text: \"Save\" } } }");
    } else {
        engine.loadData("import QtQuick\n"
                        "Window { width: 1280; height: 800; visible: true; color: \"#f7f3ee\"\n"
                        "  Rectangle { anchors.centerIn: parent; width: 200; height: 80 } }");
    }
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (window == nullptr)
        return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        std::printf("first-frame %lld\n",
                    static_cast<long long>(
                        std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return QGuiApplication::exec();
}
