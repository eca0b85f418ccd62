#include "painchart.h"

#include "convert.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace knotmap::ui {
namespace {

// This file's words, in one translation context; lupdate reads the context from here.
struct PainChart {
    Q_DECLARE_TR_FUNCTIONS(PainChart)
};

// The dashes of a dashed line along `segments`, as Qt::DashLine spaces them (`on` drawn,
// `off` left out), continuing across the joins.
std::vector<QLineF> dashesAlong(const std::vector<QLineF>& segments, double on, double off) {
    std::vector<QLineF> dashes;
    double used = 0; // of the current dash or gap
    bool drawing = true;
    for (const QLineF& s : segments) {
        const double length = s.length();
        for (double at = 0; at < length;) {
            const double take = std::min((drawing ? on : off) - used, length - at);
            if (drawing)
                dashes.emplace_back(s.pointAt(at / length), s.pointAt((at + take) / length));
            at += take;
            used += take;
            if (used >= (drawing ? on : off) - 1e-9) {
                used = 0;
                drawing = !drawing;
            }
        }
    }
    return dashes;
}

// A line through the days that have a value; gaps break it. It is drawn a segment (or a
// dash) at a time: the raster engine strokes a thick or dashed path of hundreds of zigzag
// points as one outline, which took 50 ms for a year of days; separate segments look the
// same and take a few.
void drawSeries(QPainter& p, const std::vector<ChartDay>& days,
                std::optional<double> ChartDay::*value, const QRectF& plot, const QPen& pen,
                bool dots) {
    const double step = days.size() > 1 ? plot.width() / static_cast<double>(days.size() - 1) : 0;
    auto at = [&](std::size_t i, double v) {
        return QPointF(plot.left() + step * static_cast<double>(i),
                       plot.bottom() - plot.height() * v / 10.0);
    };
    std::vector<QLineF> segments;
    std::optional<QPointF> previous;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const auto& v = days[i].*value;
        if (!v) {
            previous.reset();
            continue;
        }
        const QPointF pt = at(i, *v);
        if (previous)
            segments.emplace_back(*previous, pt);
        previous = pt;
    }
    QPen solid = pen;
    if (pen.style() == Qt::DashLine) {
        const double w = std::max(1.0, pen.widthF());
        segments = dashesAlong(segments, 4 * w, 2 * w);
        solid.setStyle(Qt::SolidLine);
        solid.setCapStyle(Qt::FlatCap);
    }
    p.setPen(solid);
    p.setBrush(Qt::NoBrush);
    p.drawLines(segments.data(), static_cast<int>(segments.size()));
    if (dots && step >= 6) { // dots only where days are far enough apart to see them
        p.setBrush(pen.color());
        p.setPen(Qt::NoPen);
        for (std::size_t i = 0; i < days.size(); ++i) {
            if (const auto& v = days[i].*value)
                p.drawEllipse(at(i, *v), 2.6, 2.6);
        }
    }
}

// Where the lines go: room for the axis on the left, two legend lines above and the
// dates below.
QRectF plotArea(const QRectF& area, const QFontMetricsF& fm) {
    return area.adjusted(fm.horizontalAdvance(QStringLiteral("10")) + 10, fm.height() * 2 + 8, -8,
                         -(fm.height() + 14));
}

// Years of days are more points than the chart has pixels: each run of days that shares
// a point becomes one (the mean of its values; self-care if any day had it), so drawing
// costs the width of the chart, not the length of the history.
std::vector<ChartDay> fitToWidth(const std::vector<ChartDay>& days, double width) {
    const auto most = static_cast<std::size_t>(std::max(2.0, width / 2.0));
    if (days.size() <= most)
        return days;
    const std::size_t per = (days.size() + most - 1) / most;
    std::vector<ChartDay> out;
    out.reserve(days.size() / per + 1);
    for (std::size_t first = 0; first < days.size(); first += per) {
        const std::size_t last = std::min(days.size(), first + per);
        ChartDay merged{days[first].day, {}, {}, {}, false};
        const auto mean = [&](std::optional<double> ChartDay::*value) -> std::optional<double> {
            double sum = 0;
            int n = 0;
            for (std::size_t i = first; i < last; ++i)
                if (const auto& v = days[i].*value) {
                    sum += *v;
                    ++n;
                }
            return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
        };
        merged.now = mean(&ChartDay::now);
        merged.average = mean(&ChartDay::average);
        merged.rollingMean = mean(&ChartDay::rollingMean);
        for (std::size_t i = first; i < last; ++i)
            merged.selfCare = merged.selfCare || days[i].selfCare;
        out.push_back(merged);
    }
    return out;
}

std::optional<double> asDouble(std::optional<int> v) {
    return v ? std::optional<double>(*v) : std::nullopt;
}

} // namespace

std::vector<ChartDay> toChartDays(const std::vector<history::Day>& days) {
    std::vector<ChartDay> out;
    out.reserve(days.size());
    for (const auto& d : days)
        out.push_back(
            {toQDate(d.day), asDouble(d.now), asDouble(d.average), d.rollingMean, d.sessions > 0});
    return out;
}

int painChartDayAt(const QRectF& area, const QFont& font, std::size_t dayCount, double x) {
    if (dayCount == 0)
        return -1;
    const QRectF plot = plotArea(area, QFontMetricsF(font));
    if (dayCount == 1 || plot.width() <= 0)
        return 0;
    const double step = plot.width() / static_cast<double>(dayCount - 1);
    const double i = std::round((x - plot.left()) / step);
    return static_cast<int>(std::clamp(i, 0.0, static_cast<double>(dayCount - 1)));
}

void drawPainChart(QPainter& p, const QRectF& area, const std::vector<ChartDay>& allDays,
                   const ChartStyle& style, int focus) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(style.font);
    const QFontMetricsF fm(style.font);
    const double lineHeight = fm.height();
    const QRectF plot = plotArea(area, fm);
    const std::vector<ChartDay> days = fitToWidth(allDays, plot.width());

    // Grid and the 0-10 axis.
    for (int v = 0; v <= 10; v += 2) {
        const double y = plot.bottom() - plot.height() * v / 10.0;
        p.setPen(QPen(style.grid, v == 0 ? 1.5 : 1.0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(style.text);
        p.drawText(
            QRectF(area.left(), y - lineHeight / 2, plot.left() - area.left() - 6, lineHeight),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }

    if (std::none_of(days.begin(), days.end(), [](const ChartDay& d) { return d.average; })) {
        p.setPen(style.text);
        p.drawText(plot, Qt::AlignCenter, PainChart::tr("No check-ins in this range."));
        p.restore();
        return;
    }

    // Dates along the bottom: the first, the last and a few between.
    const int labels = std::min<int>(6, static_cast<int>(allDays.size()));
    for (int k = 0; k < labels; ++k) {
        const std::size_t i = labels == 1 ? 0
                                          : static_cast<std::size_t>(k) * (allDays.size() - 1) /
                                                static_cast<std::size_t>(labels - 1);
        const double x =
            plot.left() + (allDays.size() > 1 ? plot.width() * static_cast<double>(i) /
                                                    static_cast<double>(allDays.size() - 1)
                                              : 0);
        const QString text = QLocale().toString(
            allDays[i].day, allDays.size() > 300 ? QCoreApplication::translate("dates", "MMM yyyy")
                                                 : QCoreApplication::translate(
                                                       "dates", "d MMM")); // years: say which
        const double w = fm.horizontalAdvance(text);
        const double left = std::clamp(x - w / 2, area.left(), area.right() - w);
        p.setPen(style.text);
        p.drawText(QPointF(left, area.bottom() - 4), text);
    }

    // Self-care days: small triangles just above the axis.
    p.setPen(Qt::NoPen);
    p.setBrush(style.selfCare);
    const double step = days.size() > 1 ? plot.width() / static_cast<double>(days.size() - 1) : 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (!days[i].selfCare)
            continue;
        const double x = plot.left() + step * static_cast<double>(i);
        const QPointF tri[] = {
            {x, plot.bottom() - 7}, {x - 3.5, plot.bottom() - 1}, {x + 3.5, plot.bottom() - 1}};
        p.drawPolygon(tri, 3);
    }

    QPen nowPen(style.now, 1.4, Qt::DashLine);
    QPen averagePen(style.average, 1.8);
    QPen rollingPen(style.rolling, 3.2);
    rollingPen.setCapStyle(Qt::RoundCap);
    drawSeries(p, days, &ChartDay::now, plot, nowPen, false);
    drawSeries(p, days, &ChartDay::average, plot, averagePen, true);
    drawSeries(p, days, &ChartDay::rollingMean, plot, rollingPen, false);

    if (focus >= 0 && static_cast<std::size_t>(focus) < allDays.size()) {
        const double fx =
            plot.left() + (allDays.size() > 1
                               ? plot.width() * focus / static_cast<double>(allDays.size() - 1)
                               : 0);
        p.setPen(QPen(style.text, 1, Qt::DotLine));
        p.drawLine(QPointF(fx, plot.top()), QPointF(fx, plot.bottom()));
        p.setBrush(Qt::NoBrush);
        const ChartDay& d = allDays[static_cast<std::size_t>(focus)];
        for (const auto& v : {d.average, d.now, d.rollingMean}) {
            if (v) {
                p.setPen(QPen(style.text, 1.6));
                p.drawEllipse(QPointF(fx, plot.bottom() - plot.height() * *v / 10.0), 5, 5);
            }
        }
    }

    // Legend across the top.
    struct Key {
        QPen pen;
        QString text;
        bool triangle;
    };
    const Key keys[] = {{averagePen, PainChart::tr("Average pain"), false},
                        {nowPen, PainChart::tr("Pain at check-in"), false},
                        {rollingPen, PainChart::tr("7-day mean"), false},
                        {QPen(style.selfCare), PainChart::tr("Self-care that day"), true}};
    double x = plot.left();
    double y = area.top() + lineHeight * 0.75;
    for (const Key& k : keys) {
        if (x + 24 + fm.horizontalAdvance(k.text) > area.right() && x > plot.left()) {
            x = plot.left(); // wrap onto the second legend line
            y += lineHeight + 2;
        }
        if (k.triangle) {
            p.setPen(Qt::NoPen);
            p.setBrush(style.selfCare);
            const QPointF tri[] = {{x + 9, y - 5}, {x + 4, y + 3}, {x + 14, y + 3}};
            p.drawPolygon(tri, 3);
        } else {
            p.setPen(k.pen);
            p.drawLine(QPointF(x, y), QPointF(x + 18, y));
        }
        p.setPen(style.text);
        p.drawText(QPointF(x + 24, y + fm.ascent() / 2 - 1), k.text);
        x += 24 + fm.horizontalAdvance(k.text) + 20;
    }
    p.restore();
}

} // namespace knotmap::ui
