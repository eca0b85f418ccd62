// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/painchartitem.h"

#include "history/painhistory.h"

#include <QGuiApplication>

namespace knotmap::ui {

PainChartItem::PainChartItem(QQuickItem* parent)
    : QQuickPaintedItem(parent) {
    setAntialiasing(true);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setActiveFocusOnTab(true);
    connect(this, &PainChartItem::changed, this, [this] { update(); });
    connect(this, &PainChartItem::focusChanged, this, [this] { update(); });
}

void PainChartItem::setHistory(PainHistory* history) {
    if (m_history == history)
        return;
    if (m_history != nullptr)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history != nullptr) {
        connect(m_history, &PainHistory::changed, this, [this] {
            // A new range: keep the focus on the last day if there was one.
            if (m_focus >= 0)
                m_focus = dayCount() - 1;
            emit focusChanged();
        });
    }
    emit changed();
}

int PainChartItem::dayCount() const {
    return m_history != nullptr ? static_cast<int>(m_history->days().size()) : 0;
}

void PainChartItem::setFocusIndex(int index) {
    index = std::clamp(index, -1, dayCount() - 1);
    if (index != m_focus) {
        m_focus = index;
        emit focusChanged();
    }
}

QString PainChartItem::focusText() const {
    return m_history != nullptr && m_focus >= 0 ? m_history->describeDay(m_focus) : QString();
}

QFont PainChartItem::chartFont() const {
    QFont font = QGuiApplication::font();
    font.setPixelSize(13);
    return font;
}

int PainChartItem::dayAt(double x) const {
    return painChartDayAt(QRectF(0, 0, width(), height()), chartFont(),
                          static_cast<std::size_t>(dayCount()), x);
}

void PainChartItem::hoverMoveEvent(QHoverEvent* event) {
    // Qt Quick repeats a hover event after a frame whenever the scene may have moved
    // under a resting pointer; only a pointer that moved picks a day, or a key's choice
    // (End, say) would jump back to the day under the pointer at the next frame.
    if (m_pointer == event->position())
        return;
    m_pointer = event->position();
    setFocusIndex(dayAt(event->position().x()));
}

void PainChartItem::mousePressEvent(QMouseEvent* event) {
    forceActiveFocus(Qt::MouseFocusReason);
    setFocusIndex(dayAt(event->position().x()));
    event->accept();
}

void PainChartItem::keyPressEvent(QKeyEvent* event) {
    const int last = dayCount() - 1;
    const int from = m_focus < 0 ? last : m_focus;
    switch (event->key()) {
    case Qt::Key_Left:
        setFocusIndex(m_focus < 0 ? last : std::max(0, from - 1));
        break;
    case Qt::Key_Right:
        setFocusIndex(std::min(last, from + 1));
        break;
    case Qt::Key_PageUp:
        setFocusIndex(std::max(0, from - 7));
        break;
    case Qt::Key_PageDown:
        setFocusIndex(std::min(last, from + 7));
        break;
    case Qt::Key_Home:
        setFocusIndex(0);
        break;
    case Qt::Key_End:
        setFocusIndex(last);
        break;
    default:
        QQuickPaintedItem::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PainChartItem::paint(QPainter* painter) {
    ChartStyle style;
    style.text = m_textColor;
    style.grid = m_gridColor;
    style.average = m_averageColor;
    style.now = m_textColor;
    style.rolling = m_rollingColor;
    style.selfCare = m_selfCareColor;
    style.font = chartFont();
    drawPainChartWithExtent(*painter, QRectF(0, 0, width(), height()),
                            m_history != nullptr ? m_history->days() : std::vector<ChartDay>{},
                            style, m_focus);
}

} // namespace knotmap::ui
