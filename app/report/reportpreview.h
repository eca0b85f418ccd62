// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportbuilder.h" // complete for the Q_PROPERTY below

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// One page of the summary, scaled to fit: the same painting as the PDF.
class ReportPreview : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(knotmap::ui::ReportBuilder* builder READ builder WRITE setBuilder NOTIFY changed)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY changed)
    // The page's height for a given width, so QML can size the item.
    Q_PROPERTY(qreal aspect READ aspect NOTIFY changed)

public:
    explicit ReportPreview(QQuickItem* parent = nullptr);
    void paint(QPainter* painter) override;
    ReportBuilder* builder() const { return m_builder; }
    void setBuilder(ReportBuilder* builder);
    int page() const { return m_page; }
    void setPage(int page);
    qreal aspect() const;

signals:
    void changed();

private:
    QPointer<ReportBuilder> m_builder;
    int m_page = 0;
};

} // namespace knotmap::ui
