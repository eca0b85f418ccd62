// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/painchart.h"
#include "history/painhistory.h" // complete for the Q_PROPERTY below

#include <QPointer>
#include <QQuickPaintedItem>

#include <QtQml/qqmlregistration.h>
#include <optional>

namespace knotmap::ui {

// The History page's chart: drawPainChart on screen, in the theme's colours. Pointing at
// a day, clicking it, or moving with the arrow keys (Home/End for the ends) focuses that
// day; `focusText` then says its values.
class PainChartItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(knotmap::ui::PainHistory* history READ history WRITE setHistory NOTIFY changed)
    Q_PROPERTY(QColor textColor MEMBER m_textColor NOTIFY changed)
    Q_PROPERTY(QColor gridColor MEMBER m_gridColor NOTIFY changed)
    Q_PROPERTY(QColor averageColor MEMBER m_averageColor NOTIFY changed)
    Q_PROPERTY(QColor rollingColor MEMBER m_rollingColor NOTIFY changed)
    Q_PROPERTY(QColor selfCareColor MEMBER m_selfCareColor NOTIFY changed)
    Q_PROPERTY(int focusIndex READ focusIndex WRITE setFocusIndex NOTIFY focusChanged)
    Q_PROPERTY(QString focusText READ focusText NOTIFY focusChanged)

public:
    explicit PainChartItem(QQuickItem* parent = nullptr);
    void paint(QPainter* painter) override;
    PainHistory* history() const { return m_history; }
    void setHistory(PainHistory* history);
    int focusIndex() const { return m_focus; }
    void setFocusIndex(int index);
    QString focusText() const;
    // The day under x, in item coordinates; -1 when there are no days.
    Q_INVOKABLE int dayAt(double x) const;

signals:
    void changed();
    void focusChanged();

protected:
    void hoverMoveEvent(QHoverEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QFont chartFont() const;
    int dayCount() const;
    QPointer<PainHistory> m_history;
    int m_focus = -1;
    std::optional<QPointF> m_pointer; // where the last hover event had the pointer
    QColor m_textColor{0x2b, 0x28, 0x24};
    QColor m_gridColor{0xde, 0xd4, 0xc8};
    QColor m_averageColor{0xc4, 0x50, 0x3a};
    QColor m_rollingColor{0x2c, 0x7a, 0x6b};
    QColor m_selfCareColor{0x4b, 0x4f, 0xa8};
};

} // namespace knotmap::ui
