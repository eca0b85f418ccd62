// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/dialogcolours.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace knotmap::ui {

namespace {
// The colours the window has now, waiting for the next dialog; empty until QML sets them.
struct Pending {
    QPalette palette;
    bool set = false;
    bool applied = false;
};
Pending& pending() {
    static Pending p;
    return p;
}
} // namespace

DialogColours::DialogColours(QObject* parent)
    : QObject(parent) {
    connect(this, &DialogColours::changed, this, &DialogColours::remember);
}

void DialogColours::remember() const {
    if (!m_window.isValid() || !m_text.isValid())
        return;
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, m_window);
        p.setColor(group, QPalette::WindowText, m_text);
        p.setColor(group, QPalette::Base, m_base);
        p.setColor(group, QPalette::AlternateBase, m_window);
        p.setColor(group, QPalette::Text, m_text);
        p.setColor(group, QPalette::PlaceholderText, m_muted);
        p.setColor(group, QPalette::Button, m_base);
        p.setColor(group, QPalette::ButtonText, m_text);
        p.setColor(group, QPalette::Highlight, m_accent);
        p.setColor(group, QPalette::HighlightedText, m_accentText);
        p.setColor(group, QPalette::ToolTipBase, m_base);
        p.setColor(group, QPalette::ToolTipText, m_text);
        p.setColor(group, QPalette::Link, m_accent);
        p.setColor(group, QPalette::Mid, m_border);
        p.setColor(group, QPalette::Dark, m_border);
        p.setColor(group, QPalette::Light, m_base);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, m_window);
    p.setColor(QPalette::Disabled, QPalette::Base, m_window);
    p.setColor(QPalette::Disabled, QPalette::Button, m_window);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, m_muted);
    pending() = {p, true, false};
}

void styleDialogs() {
    Pending& p = pending();
    if (!p.set || p.applied || qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr)
        return; // nothing new, or no widgets: no dialogs to colour
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(p.palette);
    p.applied = true;
}

void useDesktopDialogs() {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORMTHEME"))
        qputenv("QT_QPA_PLATFORMTHEME", "xdgdesktopportal");
}

} // namespace knotmap::ui
