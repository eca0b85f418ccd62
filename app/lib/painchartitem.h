#pragma once

#include "painchart.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

class PainHistory;

// The History page's chart: drawPainChart on screen, in the theme's colours.
class PainChartItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(knotmap::ui::PainHistory* history READ history WRITE setHistory NOTIFY changed)
    Q_PROPERTY(QColor textColor MEMBER m_textColor NOTIFY changed)
    Q_PROPERTY(QColor gridColor MEMBER m_gridColor NOTIFY changed)
    Q_PROPERTY(QColor averageColor MEMBER m_averageColor NOTIFY changed)
    Q_PROPERTY(QColor rollingColor MEMBER m_rollingColor NOTIFY changed)
    Q_PROPERTY(QColor selfCareColor MEMBER m_selfCareColor NOTIFY changed)

public:
    explicit PainChartItem(QQuickItem* parent = nullptr);
    void paint(QPainter* painter) override;
    PainHistory* history() const { return m_history; }
    void setHistory(PainHistory* history);

signals:
    void changed();

private:
    QPointer<PainHistory> m_history;
    QColor m_textColor{0x2b, 0x28, 0x24};
    QColor m_gridColor{0xde, 0xd4, 0xc8};
    QColor m_averageColor{0xc4, 0x50, 0x3a};
    QColor m_rollingColor{0x2c, 0x7a, 0x6b};
    QColor m_selfCareColor{0x4b, 0x4f, 0xa8};
};

} // namespace knotmap::ui
