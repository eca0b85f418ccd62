#include "painchartitem.h"

#include "painhistory.h"

#include <QGuiApplication>

namespace knotmap::ui {

PainChartItem::PainChartItem(QQuickItem* parent)
    : QQuickPaintedItem(parent) {
    setAntialiasing(true);
    connect(this, &PainChartItem::changed, this, [this] { update(); });
}

void PainChartItem::setHistory(PainHistory* history) {
    if (m_history == history)
        return;
    if (m_history != nullptr)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history != nullptr)
        connect(m_history, &PainHistory::changed, this, [this] { update(); });
    emit changed();
}

void PainChartItem::paint(QPainter* painter) {
    ChartStyle style;
    style.text = m_textColor;
    style.grid = m_gridColor;
    style.average = m_averageColor;
    style.now = m_textColor;
    style.rolling = m_rollingColor;
    style.selfCare = m_selfCareColor;
    style.font = QGuiApplication::font();
    style.font.setPixelSize(13);
    drawPainChart(*painter, QRectF(0, 0, width(), height()),
                  m_history != nullptr ? m_history->days() : std::vector<ChartDay>{}, style);
}

} // namespace knotmap::ui
