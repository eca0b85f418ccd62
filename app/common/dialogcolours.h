// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// The print and file dialogs. Where the desktop offers its own, Qt shows that: through
// xdg-desktop-portal (useDesktopDialogs, before the application starts), or through the
// desktop's Qt platform theme. Elsewhere Qt draws its own widget dialogs; this gives them
// KnotMap's colours, light or dark, from Theme.qml:
//   DialogColours { window: Theme.background; base: Theme.surface; ... }
// The colours reach the widgets only when a dialog is about to open (styleDialogs): making
// Qt's widget style at start-up cost about 4 ms before the first frame.
class DialogColours : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QColor window MEMBER m_window NOTIFY changed)
    Q_PROPERTY(QColor base MEMBER m_base NOTIFY changed)
    Q_PROPERTY(QColor text MEMBER m_text NOTIFY changed)
    Q_PROPERTY(QColor muted MEMBER m_muted NOTIFY changed)
    Q_PROPERTY(QColor accent MEMBER m_accent NOTIFY changed)
    Q_PROPERTY(QColor accentText MEMBER m_accentText NOTIFY changed)
    Q_PROPERTY(QColor border MEMBER m_border NOTIFY changed)

public:
    explicit DialogColours(QObject* parent = nullptr);

signals:
    void changed();

private:
    void remember() const;
    QColor m_window, m_base, m_text, m_muted, m_accent, m_accentText, m_border;
};

// Before any widget dialog opens (save, open, print): gives Qt's dialogs the colours the
// window has now. Cheap when nothing changed since the last time.
void styleDialogs();

// Asks Qt for the desktop's own file dialogs through xdg-desktop-portal, unless the person
// or the session chose a platform theme. Where no portal answers, Qt falls back to the
// desktop's usual theme and dialogs. Call before the application object is made.
void useDesktopDialogs();

} // namespace knotmap::ui
