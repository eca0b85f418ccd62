// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdocument.h"

#include "common/convert.h"
#include "common/dates.h"
#include "figure/bodydrawing.h"
#include "history/insighttext.h"
#include "history/painchart.h"

#include "knotmap/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <cmath>
#include <map>

namespace knotmap::ui {
namespace {

constexpr double kMargin = 48; // points, left and right
constexpr double kTop = 64;    // where content starts, below the running header
constexpr double kBottom = 60; // room for the footer
constexpr double kGap = 8;     // between blocks
constexpr double kCellPad = 3;

// This file's words, in one translation context; lupdate reads the context from here.
struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString longDate(LocalDate d) {
    return dates::dayShort(d);
}

QString shortDate(Timestamp t) {
    return dates::dayShort(toQDateTime(t).date());
}

QString sideName(Side s) {
    switch (s) {
    case Side::Left:
        return Report::tr("Left");
    case Side::Right:
        return Report::tr("Right");
    case Side::Centre:
        return Report::tr("Middle");
    }
    return {};
}

QFont font(double size, bool bold = false) {
    QFont f = QGuiApplication::font();
    f.setPixelSize(static_cast<int>(std::lround(size)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

report::Paper defaultPaper() {
    const auto country = QLocale().territory();
    const bool letter = country == QLocale::UnitedStates || country == QLocale::Canada ||
                        country == QLocale::Mexico || country == QLocale::Philippines ||
                        country == QLocale::Chile || country == QLocale::Colombia;
    return letter ? report::Paper::Letter : report::Paper::A4;
}

QPageSize pageSizeOf(report::Paper paper) {
    return QPageSize(paper == report::Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

ReportDocument::ReportDocument(report::Data data, const BodyAtlas* atlas,
                               const KnowledgeBase* knowledge, ReportOptions options)
    : m_data(std::move(data))
    , m_atlas(atlas)
    , m_knowledge(knowledge)
    , m_options(std::move(options))
    , m_body(font(10))
    , m_small(font(8))
    , m_bold(font(10, true))
    , m_heading(font(14, true))
    , m_title(font(20, true)) {
    build();
    paginate();
}

QSizeF ReportDocument::pageSizePoints() const {
    return m_options.pageSize.size(QPageSize::Point);
}

double ReportDocument::textHeight(const QString& text, const QFont& f, double width) const {
    const QFontMetricsF fm(f);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height() + 1;
}

int ReportDocument::add(Block block) {
    m_blocks.push_back(std::move(block));
    return static_cast<int>(m_blocks.size()) - 1;
}

void ReportDocument::heading(const QString& text) {
    const QFont f = m_heading;
    add({textHeight(text, f, 1000) + 6,
         [text, f](QPainter& p, const QRectF& r) {
             p.setFont(f);
             p.setPen(Qt::black);
             p.drawText(r.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, text);
         },
         true});
}

void ReportDocument::paragraph(const QString& text, const QFont& f, bool keepWithNext) {
    const double width = pageSizePoints().width() - 2 * kMargin;
    add({textHeight(text, f, width),
         [text, f](QPainter& p, const QRectF& r) {
             p.setFont(f);
             p.setPen(Qt::black);
             p.drawText(r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
         },
         keepWithNext});
}

void ReportDocument::table(const std::vector<double>& widths, const QStringList& head,
                           const std::vector<QStringList>& rows) {
    const double total = pageSizePoints().width() - 2 * kMargin;
    auto rowBlock = [this, widths, total](const QStringList& cells, bool isHeader) {
        const QFont f = isHeader ? m_bold : m_body;
        double height = 0;
        for (int c = 0; c < cells.size(); ++c)
            height = std::max(
                height, textHeight(cells[c], f,
                                   widths[static_cast<std::size_t>(c)] * total - 2 * kCellPad));
        return Block{height + 2 * kCellPad,
                     [cells, f, widths, isHeader](QPainter& p, const QRectF& r) {
                         p.setFont(f);
                         double x = r.left();
                         if (isHeader)
                             p.fillRect(r, QColor(0xea, 0xea, 0xea));
                         p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
                         p.drawLine(r.bottomLeft(), r.bottomRight());
                         p.setPen(Qt::black);
                         for (int c = 0; c < cells.size(); ++c) {
                             const double w = widths[static_cast<std::size_t>(c)] * r.width();
                             p.drawText(QRectF(x + kCellPad, r.top() + kCellPad, w - 2 * kCellPad,
                                               r.height() - 2 * kCellPad),
                                        Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells[c]);
                             x += w;
                         }
                     },
                     false};
    };
    const int headerIndex = add(rowBlock(head, true));
    m_blocks[static_cast<std::size_t>(headerIndex)].keepWithNext = true;
    for (const auto& row : rows) {
        Block b = rowBlock(row, false);
        b.header = headerIndex;
        add(std::move(b));
    }
}

QString ReportDocument::knotName(const report::KnotRow& row) const {
    const BodyRegion* region =
        m_atlas != nullptr ? m_atlas->find(row.summary.knot.place.regionId) : nullptr;
    return region != nullptr ? toQString(region->name) : plainName(row.summary.knot.place.regionId);
}

void ReportDocument::build() {
    addTitle();
    addSummary();
    addPainChart();
    addBodyChart();
    addPainPlaces();
    addKnots();
    addSelfCare();
    addFactors();
    addWarningSigns();
    addNotes();
}

// Who, when, how much.
void ReportDocument::addTitle() {
    const double width = pageSizePoints().width() - 2 * kMargin;
    const auto& o = m_data.overview;
    const int rangeDays = static_cast<int>(m_data.overview.days.size());
    add({textHeight(Report::tr("Muscle knot summary"), m_title, width) + 4,
         [this](QPainter& p, const QRectF& r) {
             p.setFont(m_title);
             p.setPen(Qt::black);
             p.drawText(r, Qt::AlignLeft | Qt::AlignTop, Report::tr("Muscle knot summary"));
         }});
    QStringList facts;
    if (!m_options.name.trimmed().isEmpty())
        facts << Report::tr("For: %1").arg(m_options.name.trimmed());
    facts
        << Report::tr("Range: %1 to %2 (%n days)", nullptr, rangeDays)
               .arg(longDate(m_data.range.first), longDate(m_data.range.last))
        << Report::tr("Made: %1").arg(longDate(m_data.made))
        << Report::tr("Days with a pain check-in: %1 of %2").arg(o.daysWithEntries).arg(rangeDays);
    paragraph(facts.join(QLatin1Char('\n')), m_body);
}

// The summary a physiotherapist reads first.
void ReportDocument::addSummary() {
    const auto& o = m_data.overview;
    const int rangeDays = static_cast<int>(m_data.overview.days.size());
    heading(Report::tr("Summary"));
    QStringList summary;
    QStringList areas;
    for (const auto& id : m_data.mainAreas)
        areas << regionName(m_atlas, id);
    summary << (areas.isEmpty()
                    ? Report::tr("No knot readings in this range.")
                    : Report::tr("Main knot areas: %1.").arg(areas.join(QStringLiteral("; "))));
    if (o.daysWithEntries > 0) {
        summary << insight::rangeSummary(o);
        const QString change = insight::progress(o);
        summary << (change.isEmpty()
                        ? Report::tr("Too few check-ins in the first and last week of the range to "
                                     "compare them (3 in each are needed).")
                        : change);
    } else {
        summary << Report::tr("No pain check-ins in this range.");
    }
    if (o.sessions > 0) {
        QStringList kinds;
        for (const auto& t : o.techniques)
            kinds << QStringLiteral("%1 (%2)")
                         .arg(insight::techniqueName(m_knowledge, t.techniqueId))
                         .arg(t.sessions);
        summary << Report::tr("Self-care: %n sessions, %1 in all, on %2 of %3 days: %4.", nullptr,
                              o.sessions)
                       .arg(insight::minutes(o.sessionSeconds))
                       .arg(m_data.careDays)
                       .arg(rangeDays)
                       .arg(kinds.join(QStringLiteral(", ")));
    } else {
        summary << Report::tr("No self-care sessions were logged in this range.");
    }
    QStringList yes;
    for (const auto& id : m_data.yesQuestions) {
        // A history fact ("Have you ever had cancer?") is not a warning sign.
        if (m_knowledge != nullptr && m_knowledge->historyFact(id) != nullptr)
            continue;
        const std::string text = m_knowledge != nullptr ? m_knowledge->questionText(id) : "";
        yes << (!text.empty() ? toQString(text) : toQString(id));
    }
    summary << (yes.isEmpty()
                    ? Report::tr("No warning-sign question was answered yes in this range.")
                    : Report::tr("Warning-sign questions answered yes: %1")
                          .arg(yes.join(QStringLiteral(" "))));
    paragraph(summary.join(QLatin1Char('\n')), m_body);
}

// Pain over time, drawn by the same code as the History page.
void ReportDocument::addPainChart() {
    const auto& o = m_data.overview;
    heading(Report::tr("Pain over time (0-10)"));
    auto days = toChartDays(o.days);
    // The pain extent of each day, from the marks present in the range.
    QString extent;
    if (m_atlas != nullptr && !o.days.empty()) {
        const auto each = history::painExtent(m_data.painAreas,
                                              {o.days.front().day, o.days.back().day}, *m_atlas);
        for (std::size_t i = 0; i < each.size() && i < days.size(); ++i)
            days[i].extent = each[i].share;
        extent = insight::extentSummary(each);
    }
    add({150,
         [days, this](QPainter& p, const QRectF& r) {
             ChartStyle style;
             style.text = Qt::black;
             style.grid = QColor(0xbb, 0xbb, 0xbb);
             style.average = QColor(0xb0, 0x3a, 0x2e);
             style.now = QColor(0x40, 0x40, 0x40);
             style.rolling = QColor(0x1f, 0x5f, 0x53);
             style.selfCare = QColor(0x30, 0x33, 0x80);
             style.font = m_small;
             drawPainChartWithExtent(p, r, days, style);
         },
         false, -1, 120}); // may shrink to stay on page 1
    if (o.daysWithEntries > 0)
        paragraph(insight::rangeSummary(o), m_small);
    if (!extent.isEmpty())
        paragraph(extent, m_small);
}

// The body chart: both views, knots numbered, pain hatched, the worst marked.
void ReportDocument::addBodyChart() {
    heading(Report::tr("Body chart"));
    add({240, [this](QPainter& p, const QRectF& r) { paintBodyChart(p, r); }, false, -1,
         190}); // may shrink to stay on page 1
}

// The body chart: the key under both figures, each figure with its regions, the person's
// own sides, where pain was felt and the numbered knots.
void ReportDocument::paintBodyChart(QPainter& p, const QRectF& r) const {
    if (m_atlas == nullptr)
        return;
    // The key sits under the figures, in the same block, so they never part.
    p.setFont(m_small);
    p.setPen(Qt::black);
    p.drawText(QRectF(r.left(), r.bottom() - 22, r.width(), 22),
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom,
               Report::tr("Left and right are the person's own. Circles: knots, numbered as in "
                          "the table below. Hatching and diamonds: where pain was felt; X: the "
                          "worst pain."));
    const double h = r.height() - 16 - 26;
    const double w = h * m_atlas->aspect();
    QStringList painRegions;
    for (const auto& a : m_data.painAreas)
        painRegions << toQString(a.place.regionId);
    RegionPaint style;
    style.line = QColor(0x88, 0x88, 0x88, 110);
    style.pain = QColor(0x20, 0x20, 0x20);
    style.painRegions = painRegions;
    for (const BodyView view : {BodyView::Front, BodyView::Back}) {
        const double centre = r.left() + r.width() * (view == BodyView::Front ? 0.3 : 0.7);
        const QRectF box(centre - w / 2, r.top() + 16, w, h);
        p.setFont(m_bold);
        p.setPen(Qt::black);
        p.drawText(QRectF(box.left() - 30, r.top(), box.width() + 60, 14), Qt::AlignCenter,
                   view == BodyView::Front ? Report::tr("Front") : Report::tr("Back"));
        QSvgRenderer figure(
            QStringLiteral(":/KnotMap/body/%1.svg")
                .arg(view == BodyView::Front ? QStringLiteral("front") : QStringLiteral("back")));
        figure.render(&p, box);
        paintRegions(p, box, *m_atlas, view, style);
        paintBodyView(p, box, view);
    }
}

// One figure's marks: the person's own sides, where pain was felt (X for the worst) and
// the knots, each labelled beside it on the outer side, moved down until it overlaps no
// earlier label.
void ReportDocument::paintBodyView(QPainter& p, const QRectF& box, BodyView view) const {
    const double w = box.width();
    const double h = box.height();
    // The person's own sides.
    p.setFont(m_bold);
    const bool front = view == BodyView::Front;
    p.drawText(QPointF(box.left() - 14, box.top() + 20), front ? Report::tr("R") : Report::tr("L"));
    p.drawText(QPointF(box.right() + 6, box.top() + 20), front ? Report::tr("L") : Report::tr("R"));
    for (const auto& a : m_data.painAreas) {
        if (a.place.view != view)
            continue;
        const QPointF c(box.left() + a.place.x * w, box.top() + a.place.y * h);
        p.setPen(QPen(Qt::black, a.worst ? 2.0 : 1.0));
        if (a.worst) {
            p.drawLine(c + QPointF(-6, -6), c + QPointF(6, 6));
            p.drawLine(c + QPointF(-6, 6), c + QPointF(6, -6));
        } else {
            const QPointF diamond[] = {c + QPointF(0, -4), c + QPointF(4, 0), c + QPointF(0, 4),
                                       c + QPointF(-4, 0)};
            p.setBrush(Qt::NoBrush);
            p.drawPolygon(diamond, 4);
        }
    }
    std::vector<QRectF> labels;
    for (const auto& k : m_data.knots) {
        const auto& place = k.summary.knot.place;
        if (place.view != view)
            continue;
        const QPointF c(box.left() + place.x * w, box.top() + place.y * h);
        p.setPen(QPen(Qt::black, 1.2));
        p.setBrush(Qt::white);
        p.drawEllipse(c, 3.5, 3.5);
        // The label beside the knot, on the outer side, moved down until it
        // overlaps no earlier label.
        p.setFont(m_small);
        const QString label = QStringLiteral("K%1").arg(k.number);
        const double lw = QFontMetricsF(m_small).horizontalAdvance(label) + 3;
        const bool left = place.x < 0.5;
        QRectF text(left ? c.x() - 5 - lw : c.x() + 5, c.y() - 6, lw, 12);
        for (int tries = 0; tries < 8; ++tries) {
            const bool clash = std::any_of(labels.begin(), labels.end(),
                                           [&](const QRectF& r2) { return r2.intersects(text); });
            if (!clash)
                break;
            text.translate(0, 11);
        }
        labels.push_back(text);
        if (std::abs(text.center().y() - c.y()) > 6) {
            p.setPen(QPen(Qt::black, 0.5));
            p.drawLine(c, QPointF(left ? text.right() : text.left(), text.center().y()));
        }
        p.fillRect(text, QColor(255, 255, 255, 220));
        p.setPen(Qt::black);
        p.drawText(text, Qt::AlignCenter, label);
    }
}

// Knots.
// Where pain was felt, as the chart hatches it: each place, how it felt, since when.
void ReportDocument::addPainPlaces() {
    heading(Report::tr("Where pain was felt"));
    if (m_data.painAreas.empty()) {
        paragraph(Report::tr("No pain was marked on the body in this range."), m_body);
        return;
    }
    std::vector<QStringList> rows;
    for (const auto& a : m_data.painAreas) {
        QString place = regionName(m_atlas, a.place.regionId);
        if (a.worst)
            place += Report::tr(" (X: the worst)");
        const QString words = QString::fromStdString(painWords(a.kinds));
        rows.push_back({place, words.isEmpty() ? Report::tr("not said") : words,
                        shortDate(a.notedAt),
                        a.clearedAt ? shortDate(*a.clearedAt) : Report::tr("still there")});
    }
    table({0.40, 0.30, 0.15, 0.15},
          {Report::tr("Place"), Report::tr("Felt as"), Report::tr("First marked"),
           Report::tr("Eased")},
          rows);
}

void ReportDocument::addKnots() {
    heading(Report::tr("Knots"));
    if (m_data.knots.empty()) {
        paragraph(Report::tr("No knots were present in this range."), m_body);
    } else {
        std::vector<QStringList> rows;
        for (const auto& k : m_data.knots) {
            QString muscle;
            if (m_knowledge != nullptr && m_atlas != nullptr) {
                if (const BodyRegion* region = m_atlas->find(k.summary.knot.place.regionId)) {
                    QStringList names;
                    for (const Muscle* m : m_knowledge->musclesOf(*region))
                        names << toQString(m->name);
                    muscle = names.join(QStringLiteral(", "));
                }
            }
            QString latest = k.latest ? QString::number(*k.latest) : QStringLiteral("-");
            if (k.latest && k.firstInRange && *k.latest != *k.firstInRange)
                latest += *k.latest < *k.firstInRange
                              ? Report::tr(" (down from %1)").arg(*k.firstInRange)
                              : Report::tr(" (up from %1)").arg(*k.firstInRange);
            else if (k.latest && k.firstInRange)
                latest += Report::tr(" (same)");
            rows.push_back(
                {QStringLiteral("K%1").arg(k.number), sideName(k.summary.knot.place.side),
                 knotName(k), muscle, shortDate(k.summary.knot.createdAt), latest,
                 insight::statusName(k.summary.knot.status), QString::number(k.sessionsInRange)});
        }
        table({0.06, 0.08, 0.17, 0.19, 0.13, 0.15, 0.11, 0.11},
              {Report::tr("No."), Report::tr("Side"), Report::tr("Region"),
               Report::tr("Likely muscle"), Report::tr("First noted"),
               Report::tr("Latest tenderness"), Report::tr("Status"), Report::tr("Sessions")},
              rows);
        // Which of the pain marked in the range lies where each knot commonly or sometimes
        // sends pain: the panel's sentences, as patterns, never as causes.
        if (m_knowledge != nullptr && m_atlas != nullptr) {
            QStringList painPlaces;
            for (const PainArea& a : m_data.painAreas)
                painPlaces << toQString(a.place.regionId);
            QStringList lines;
            for (const auto& k : m_data.knots) {
                const BodyRegion* region = m_atlas->find(k.summary.knot.place.regionId);
                if (region == nullptr)
                    continue;
                for (const QString& line : insight::painInPattern(
                         *m_atlas, m_knowledge->patternOf(*region, *m_atlas), painPlaces))
                    lines << QStringLiteral("K%1. %2").arg(k.number).arg(line);
            }
            if (!lines.isEmpty()) {
                paragraph(Report::tr("Pain in the knots' referral areas (commonly described "
                                     "patterns, not proof of a cause):"),
                          m_small, true);
                paragraph(lines.join(QLatin1Char('\n')), m_small);
            }
        }
    }
}

// Self-care.
void ReportDocument::addSelfCare() {
    const auto& o = m_data.overview;
    heading(Report::tr("Self-care"));
    if (o.techniques.empty()) {
        paragraph(Report::tr("No self-care sessions in this range."), m_body);
    } else {
        std::vector<QStringList> rows;
        for (const auto& t : o.techniques) {
            QString change = Report::tr("%1 rated; too few to say").arg(t.rated);
            if (t.effect)
                change = Report::tr("%1%2 (%3 rated)")
                             .arg(t.effect->meanChange > 0 ? QStringLiteral("+") : QString())
                             .arg(QLocale().toString(t.effect->meanChange, 'f', 1))
                             .arg(t.effect->sessions);
            rows.push_back({insight::techniqueName(m_knowledge, t.techniqueId),
                            QString::number(t.sessions), insight::minutes(t.totalSeconds), change});
        }
        table({0.4, 0.12, 0.18, 0.3},
              {Report::tr("Technique"), Report::tr("Sessions"), Report::tr("Total time"),
               Report::tr("Tenderness change, before to after")},
              rows);
    }
}

// Daily factors.
void ReportDocument::addFactors() {
    const auto& o = m_data.overview;
    heading(Report::tr("Daily factors"));
    std::vector<QStringList> factorRows;
    for (const auto& f : o.factors) {
        if (f.daysRecorded == 0)
            continue;
        factorRows.push_back(
            {insight::factorLabel(f.factor), insight::factorMean(f), insight::notableLinks(f)});
    }
    if (factorRows.empty()) {
        paragraph(Report::tr("No daily factors were recorded in this range."), m_body);
    } else {
        paragraph(
            Report::tr("How each factor moved with the day's average pain (rank correlation, from "
                       "14 paired days; moderate or strong links shown). These go together in the "
                       "log; they do not show a cause."),
            m_small, true);
        table({0.22, 0.28, 0.5},
              {Report::tr("Factor"), Report::tr("Average"), Report::tr("Notable links with pain")},
              factorRows);
    }
}

// Warning-sign screening.
void ReportDocument::addWarningSigns() {
    heading(Report::tr("Warning-sign screening"));
    if (m_data.answers.empty()) {
        paragraph(Report::tr("No warning-sign questions were answered in this range."), m_body);
    } else {
        std::vector<QStringList> rows;
        for (const auto& a : m_data.answers) {
            const std::string text =
                m_knowledge != nullptr ? m_knowledge->questionText(a.questionId) : "";
            rows.push_back({shortDate(a.answeredAt),
                            !text.empty() ? toQString(text) : toQString(a.questionId),
                            a.yes ? Report::tr("Yes") : Report::tr("No")});
        }
        table({0.16, 0.72, 0.12},
              {Report::tr("Date"), Report::tr("Question"), Report::tr("Answer")}, rows);
    }
}

// Notes, and what this document is.
void ReportDocument::addNotes() {
    heading(Report::tr("Notes"));
    if (m_data.notes.empty()) {
        paragraph(Report::tr("No notes in this range."), m_body);
    } else {
        std::map<RowId, int> numbers;
        for (const auto& k : m_data.knots)
            numbers[k.summary.knot.id] = k.number;
        std::vector<QStringList> rows;
        for (const auto& n : m_data.notes) {
            QString about = Report::tr("Check-in");
            if (n.kind == report::Note::Kind::Knot)
                about = Report::tr("Knot K%1").arg(numbers[n.knotId]);
            else if (n.kind == report::Note::Kind::Session)
                about = n.knotId != 0 ? Report::tr("Session on K%1").arg(numbers[n.knotId])
                                      : Report::tr("Session");
            rows.push_back({shortDate(n.at), about, toQString(n.text)});
        }
        table({0.16, 0.16, 0.68}, {Report::tr("Date"), Report::tr("About"), Report::tr("Note")},
              rows);
    }
    paragraph(
        Report::tr("KnotMap records what the person entered. It does not diagnose; these notes are "
                   "for a clinician to interpret."),
        m_small);
}

void ReportDocument::paginate() {
    const double top = kTop;
    const double bottom = pageSizePoints().height() - kBottom;
    m_pages.clear();
    m_pages.emplace_back();
    double y = top;
    auto newPage = [&] {
        m_pages.emplace_back();
        y = top;
    };
    const int count = static_cast<int>(m_blocks.size());
    const auto block = [&](int i) -> const Block& { return m_blocks[static_cast<std::size_t>(i)]; };
    // What a block and those kept with it need at the least: a drawing may shrink.
    const auto least = [](const Block& x) { return x.minHeight > 0 ? x.minHeight : x.height; };
    for (int i = 0; i < count; ++i) {
        const Block& b = block(i);
        // A heading, a table's header or a lead-in must not end a page: it moves with what
        // follows it, up to the first block that may stand alone.
        double needed = b.height;
        double neededLeast = least(b);
        for (int j = i; j + 1 < count && block(j).keepWithNext; ++j) {
            needed += kGap + block(j + 1).height;
            neededLeast += kGap + least(block(j + 1));
        }
        double height = b.height;
        if (y + needed > bottom && y > top) {
            if (y + neededLeast <= bottom) // a drawing takes the room left on this page
                height = std::clamp(bottom - y - (neededLeast - least(b)), least(b), b.height);
            else
                newPage();
        }
        if (b.header >= 0 && y == top) {
            // A table continues on a new page: repeat its header first.
            m_pages.back().push_back({b.header, y, block(b.header).height});
            y += block(b.header).height;
        }
        m_pages.back().push_back({i, y, height});
        // Rows of a table sit edge to edge; everything else has a gap after it.
        const bool rowFollows = i + 1 < count && block(i + 1).header >= 0;
        y += height + (rowFollows ? 0 : kGap);
    }
}

void ReportDocument::header(QPainter& p, int index) const {
    const QSizeF size = pageSizePoints();
    p.setFont(m_small);
    p.setPen(QColor(0x44, 0x44, 0x44));
    QString left = Report::tr("KnotMap summary");
    if (!m_options.name.trimmed().isEmpty())
        left += QStringLiteral(" · ") + m_options.name.trimmed();
    left += QStringLiteral(" · ") +
            Report::tr("%1 to %2").arg(longDate(m_data.range.first), longDate(m_data.range.last));
    p.drawText(QRectF(kMargin, 28, size.width() - 2 * kMargin, 14), Qt::AlignLeft, left);
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
    p.drawLine(QPointF(kMargin, 44), QPointF(size.width() - kMargin, 44));
    p.drawLine(QPointF(kMargin, size.height() - 44),
               QPointF(size.width() - kMargin, size.height() - 44));
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.drawText(QRectF(kMargin, size.height() - 40, size.width() - 2 * kMargin, 14), Qt::AlignLeft,
               Report::tr("Made %1 with KnotMap from what the person recorded. Not a diagnosis.")
                   .arg(longDate(m_data.made)));
    p.drawText(QRectF(kMargin, size.height() - 40, size.width() - 2 * kMargin, 14), Qt::AlignRight,
               Report::tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
}

void ReportDocument::paintPage(QPainter& p, int index) const {
    if (index < 0 || index >= pageCount())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    header(p, index);
    const double width = pageSizePoints().width() - 2 * kMargin;
    for (const Placed& placed : m_pages[static_cast<std::size_t>(index)]) {
        const Block& b = m_blocks[static_cast<std::size_t>(placed.block)];
        p.save();
        b.paint(p, QRectF(kMargin, placed.y, width, placed.height));
        p.restore();
    }
    p.restore();
}

bool ReportDocument::paint(QPagedPaintDevice& device) const {
    device.setPageSize(m_options.pageSize);
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p;
    if (!p.begin(&device))
        return false;
    const double scale = device.logicalDpiX() / 72.0;
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            device.newPage();
        p.save();
        p.scale(scale, scale);
        paintPage(p, i);
        p.restore();
    }
    return p.end();
}

QString ReportDocument::writePdf(const QString& path, const std::filesystem::path& database) const {
    // Through the one file writer: a temporary file beside the target, renamed over it
    // only once the whole PDF is on the disk (files.h).
    auto out = files::OutputFile::create(path.toStdString(), files::Protected(database));
    if (!out)
        return QString::fromStdString(out.error().message);
    {
        QPdfWriter writer(QString::fromStdString(out->temporary().string()));
        writer.setCreator(QStringLiteral("KnotMap"));
        writer.setTitle(Report::tr("Muscle knot summary"));
        writer.setResolution(300);
        if (!paint(writer))
            return Report::tr("The PDF could not be written to %1. Nothing was written there.")
                .arg(path);
    } // the writer closes its file here
    // QPdfWriter reports no write errors: a PDF cut short (a full disk) lacks its end mark.
    QFile written(QString::fromStdString(out->temporary().string()));
    if (!written.open(QIODevice::ReadOnly) || written.size() < 16 ||
        !written.seek(written.size() - 16) || !written.read(16).contains("%%EOF"))
        return Report::tr("The PDF could not be written to %1: the disk may be full. Nothing was "
                          "written there; a file that was there before is unchanged.")
            .arg(path);
    written.close();
    if (auto ok = out->commit(); !ok)
        return QString::fromStdString(ok.error().message);
    return {};
}

} // namespace knotmap::ui
