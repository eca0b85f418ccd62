// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/windowplace.h"

#include "shell/mainwindow.h"

#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace knotmap::ui {

QRect placeWithin(const std::optional<QRect>& remembered, QSize wanted, const QRect& available) {
    if (available.isEmpty())
        return remembered.value_or(QRect(QPoint(0, 0), wanted));
    // Room for a title bar above the contents, which the available area does not leave.
    constexpr int kTitleBar = 40;
    const QSize room(available.width(), std::max(1, available.height() - kTitleBar));
    if (remembered && remembered->isValid()) {
        const QRect r(remembered->topLeft(), remembered->size().boundedTo(room));
        // Still mostly on the screen: keep it where it was, pulled in to fit.
        if (available.intersected(r).width() >= r.width() / 2 &&
            available.intersected(r).height() >= r.height() / 2) {
            const int x = std::clamp(r.x(), available.left(), available.right() - r.width() + 1);
            const int y =
                std::clamp(r.y(), available.top(), available.bottom() - r.height() - kTitleBar + 1);
            return {QPoint(x, y), r.size()};
        }
    }
    const QSize size = wanted.boundedTo(room);
    return {QPoint(available.x() + (available.width() - size.width()) / 2,
                   available.y() + (room.height() - size.height()) / 2),
            size};
}

WindowMemory::WindowMemory(QString file)
    : m_file(std::move(file)) {}

WindowMemory WindowMemory::standard() {
    return WindowMemory(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                        QStringLiteral("/window.ini"));
}

std::optional<WindowPlace> WindowMemory::read() const {
    const QSettings s(m_file, QSettings::IniFormat);
    const QRect frame = s.value(QStringLiteral("window/frame")).toRect();
    if (!frame.isValid())
        return std::nullopt;
    QString page = s.value(QStringLiteral("window/page")).toString();
    if (std::none_of(std::begin(kPageNames), std::end(kPageNames),
                     [&](const char* n) { return page == QLatin1String(n); }))
        page = QString::fromLatin1(kPageNames[0]);
    return WindowPlace{frame, page};
}

void WindowMemory::write(const WindowPlace& place) const {
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(QStringLiteral("window/frame"), place.frame);
    s.setValue(QStringLiteral("window/page"), place.page);
    s.sync();
}

void WindowMemory::remember(const QQuickWindow& window) const {
    const int page = window.property("currentPage").toInt();
    const bool known = page >= 0 && page < static_cast<int>(std::size(kPageNames));
    write({QRect(window.framePosition(), window.size()),
           QString::fromLatin1(kPageNames[known ? page : 0])});
}

} // namespace knotmap::ui
