// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QString>

#include <optional>

class QQuickWindow;

namespace knotmap::ui {

// Where the window was, and on which page, when KnotMap last closed.
struct WindowPlace {
    QRect frame; // position of the frame, size of the contents
    QString page;
};

// Where the window opens: the remembered place if it still lies on the screen (the
// screen may have changed since), otherwise `wanted` centred; never larger than the
// screen's available area (a panel or a title bar is not covered).
QRect placeWithin(const std::optional<QRect>& remembered, QSize wanted, const QRect& available);

// The window's place, kept in a small settings file of its own (not in the database: a
// read-only or demo database still remembers the window).
class WindowMemory {
public:
    explicit WindowMemory(QString file);
    // The file beside KnotMap's other settings (XDG config folder).
    static WindowMemory standard();

    std::optional<WindowPlace> read() const;
    void write(const WindowPlace& place) const;
    // Remembers `window` as it is now.
    void remember(const QQuickWindow& window) const;

private:
    QString m_file;
};

} // namespace knotmap::ui
