// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportpreview.h"

#include "report/reportdocument.h"

#include <QPainter>

#include <algorithm>

namespace knotmap::ui {

ReportPreview::ReportPreview(QQuickItem* parent)
    : QQuickPaintedItem(parent) {
    setAntialiasing(true);
    connect(this, &ReportPreview::changed, this, [this] { update(); });
}

void ReportPreview::setBuilder(ReportBuilder* builder) {
    if (m_builder == builder)
        return;
    if (m_builder != nullptr)
        disconnect(m_builder, nullptr, this, nullptr);
    m_builder = builder;
    if (m_builder != nullptr)
        connect(m_builder, &ReportBuilder::built, this, &ReportPreview::changed);
    emit changed();
}

void ReportPreview::setPage(int page) {
    if (page != m_page) {
        m_page = page;
        emit changed();
    }
}

qreal ReportPreview::aspect() const {
    const ReportDocument* doc = m_builder != nullptr ? m_builder->document() : nullptr;
    const QSizeF size = doc != nullptr ? doc->pageSizePoints() : QSizeF(595, 842);
    return size.height() / size.width();
}

void ReportPreview::paint(QPainter* painter) {
    const ReportDocument* doc = m_builder != nullptr ? m_builder->document() : nullptr;
    if (doc == nullptr || m_page < 0 || m_page >= doc->pageCount())
        return;
    const QSizeF page = doc->pageSizePoints();
    const double scale = std::min(width() / page.width(), height() / page.height());
    const QRectF sheet(0, 0, page.width() * scale, page.height() * scale);
    painter->fillRect(sheet, Qt::white);
    painter->save();
    painter->scale(scale, scale);
    doc->paintPage(*painter, m_page);
    painter->restore();
}

} // namespace knotmap::ui
