// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

#include "knotmap/atlas.h"
#include "knotmap/knowledge.h"
#include "knotmap/report.h"

#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QString>

#include <functional>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace knotmap::ui {

struct ReportOptions {
    QString name; // the person's name, optional
    QPageSize pageSize{QPageSize::A4};
};

// A4 for most of the world; US Letter where the locale uses it.
// The paper the locale expects (US Letter in the Americas that use it, else A4), and
// each paper's page size.
report::Paper defaultPaper();
QPageSize pageSizeOf(report::Paper paper);

// The physiotherapist's summary laid out on pages. Layout happens once, in points
// (1/72 inch); the same pages are then painted to a PDF, a printer or a preview image,
// so all three agree. Tables and notes flow onto more pages without cutting a row, a
// table's header repeats at the top of each page it continues on, and headings stay with
// what follows them.
class ReportDocument {
public:
    ReportDocument(report::Data data, const BodyAtlas* atlas, const KnowledgeBase* knowledge,
                   ReportOptions options);

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    QSizeF pageSizePoints() const;
    // Paints page `index` with the painter's unit being one point.
    void paintPage(QPainter& painter, int index) const;
    // Paints every page onto a PDF writer or a printer; false when the device would not
    // open (e.g. an unwritable path).
    bool paint(QPagedPaintDevice& device) const;
    // Writes a PDF file whole through files::OutputFile, never onto `database` or its
    // backups; an empty string on success, or why it failed.
    QString writePdf(const QString& path, const std::filesystem::path& database) const;

private:
    struct Block {
        double height = 0;
        std::function<void(QPainter&, const QRectF&)> paint;
        bool keepWithNext = false;
        int header = -1; // a table row: the block index of its header, repeated on new pages
        // A drawing that may shrink to this height to stay on its page (0: it may not).
        double minHeight = 0;
    };
    struct Placed {
        int block;
        double y;
        double height;
    };
    // The summary's sections, in the order they are printed.
    void build();
    void addTitle();
    void addSummary();
    void addPainChart();
    void addBodyChart();
    void paintBodyChart(QPainter& p, const QRectF& r) const;
    void paintBodyView(QPainter& p, const QRectF& box, BodyView view) const;
    void addPainPlaces();
    void addKnots();
    void addSelfCare();
    void addFactors();
    void addWarningSigns();
    void addNotes();
    void paginate();
    int add(Block block);
    void heading(const QString& text);
    void paragraph(const QString& text, const QFont& font, bool keepWithNext = false);
    // A table with column widths as fractions of the content width.
    void table(const std::vector<double>& widths, const QStringList& header,
               const std::vector<QStringList>& rows);
    void header(QPainter& painter, int index) const;
    double textHeight(const QString& text, const QFont& font, double width) const;
    QString knotName(const report::KnotRow& row) const;

    report::Data m_data;
    const BodyAtlas* m_atlas;
    const KnowledgeBase* m_knowledge;
    ReportOptions m_options;
    QFont m_body;
    QFont m_small;
    QFont m_bold;
    QFont m_heading;
    QFont m_title;
    std::vector<Block> m_blocks;
    std::vector<std::vector<Placed>> m_pages;
};

} // namespace knotmap::ui
