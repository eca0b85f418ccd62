// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/painchart.h"

#include "common/convert.h"
#include "common/dates.h"

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

// A point of the chart: one day, or the mean of a run of days that share a pixel column.
struct ChartPoint {
    double index = 0; // where it sits among all the days (the middle of a merged run)
    ChartDay values;
};

// Turns day positions and 0-10 values into plot coordinates.
struct Placement {
    QRectF plot;
    double step = 0; // between two days
    QPointF at(double index, double v) const {
        return {plot.left() + step * index, plot.bottom() - plot.height() * v / 10.0};
    }
};
Placement placeDays(const QRectF& plot, std::size_t dayCount) {
    return {plot, dayCount > 1 ? plot.width() / static_cast<double>(dayCount - 1) : 0};
}

// The runs of consecutive points that have a value; a point without one breaks the line.
std::vector<std::vector<QPointF>> runsOf(const std::vector<ChartPoint>& points,
                                         std::optional<double> ChartDay::*value,
                                         const Placement& place) {
    std::vector<std::vector<QPointF>> runs(1);
    for (const ChartPoint& point : points) {
        if (const auto& v = point.values.*value)
            runs.back().push_back(place.at(point.index, *v));
        else if (!runs.back().empty())
            runs.emplace_back();
    }
    if (runs.back().empty())
        runs.pop_back();
    return runs;
}

// A line through the points that have a value, drawn a segment (or a dash) at a time,
// each with its own call. The raster engine strokes a long thick or dashed zigzag as one
// outline whose cost grows faster than its length: 50 ms for a year of days as one
// polyline, a few ms for the same segments one by one.
void drawSeries(QPainter& p, const std::vector<ChartPoint>& points,
                std::optional<double> ChartDay::*value, const Placement& place, const QPen& pen,
                bool dots) {
    std::vector<QLineF> segments;
    for (const auto& run : runsOf(points, value, place)) {
        for (std::size_t i = 1; i < run.size(); ++i)
            segments.emplace_back(run[i - 1], run[i]);
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
    for (const QLineF& segment : segments)
        p.drawLine(segment);
    if (dots && place.step >= 6) { // dots only where days are far enough apart to see them
        p.setBrush(pen.color());
        p.setPen(Qt::NoPen);
        for (const ChartPoint& point : points) {
            if (const auto& v = point.values.*value)
                p.drawEllipse(place.at(point.index, *v), 2.6, 2.6);
        }
    }
}

// A thick, smooth line (the 7-day mean): short polylines of a few points each, with round
// joins inside and round caps where they meet, so it looks drawn in one stroke. For ten
// years this takes about half the time of a round-capped stroke per segment, and a
// sixth of one long polyline.
void drawSmoothSeries(QPainter& p, const std::vector<ChartPoint>& points,
                      std::optional<double> ChartDay::*value, const Placement& place,
                      const QPen& pen) {
    constexpr std::size_t kSegmentsPerStroke = 8;
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    for (const auto& run : runsOf(points, value, place)) {
        if (run.size() == 1)
            p.drawPoint(run.front());
        for (std::size_t first = 0; first + 1 < run.size(); first += kSegmentsPerStroke) {
            const std::size_t count = std::min(kSegmentsPerStroke + 1, run.size() - first);
            p.drawPolyline(run.data() + first, static_cast<int>(count));
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
// `pixelsPerPoint` becomes one point (the mean of its values, self-care if any day had
// it, in the middle of the run), so drawing costs the width of the chart, not the length
// of the history.
std::vector<ChartPoint> fitToWidth(const std::vector<ChartDay>& days, double width,
                                   double pixelsPerPoint) {
    const auto most = static_cast<std::size_t>(std::max(2.0, width / pixelsPerPoint));
    const std::size_t per = days.size() <= most ? 1 : (days.size() + most - 1) / most;
    std::vector<ChartPoint> out;
    out.reserve(days.size() / per + 1);
    for (std::size_t first = 0; first < days.size(); first += per) {
        const std::size_t last = std::min(days.size(), first + per);
        if (last - first == 1) {
            out.push_back({static_cast<double>(first), days[first]});
            continue;
        }
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
        out.push_back({static_cast<double>(first + last - 1) / 2.0, merged});
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

void drawPainChartWithExtent(QPainter& p, const QRectF& area, const std::vector<ChartDay>& days,
                             const ChartStyle& style, int focus) {
    double highest = 0;
    for (const ChartDay& d : days)
        highest = std::max(highest, d.extent.value_or(0));
    const QFontMetricsF fm(style.font);
    if (highest <= 0) {
        drawPainChart(p, area, days, style, focus);
        return;
    }
    // The strip: a line of text and bars below it, under the chart's own dates.
    const double stripHeight = std::min(area.height() * 0.3, fm.height() * 2 + 30);
    const QRectF chart(area.left(), area.top(), area.width(), area.height() - stripHeight);
    const QRectF strip(area.left(), chart.bottom(), area.width(), stripHeight);
    drawPainChart(p, chart, days, style, focus);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(style.font);
    const QRectF plot = plotArea(chart, fm);
    const Placement place = placeDays(plot, days.size());
    const QRectF bars(plot.left(), strip.top() + fm.height() + 4, plot.width(),
                      strip.height() - fm.height() - 8);
    p.setPen(style.text);
    p.drawText(QRectF(plot.left(), strip.top(), plot.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               PainChart::tr("Pain extent, the share of the body marked painful (highest %1%)")
                   .arg(QString::number(highest * 100, 'f', 1)));
    p.setPen(QPen(style.grid, 1));
    p.drawLine(bars.bottomLeft(), bars.bottomRight());
    const double width = std::max(1.0, std::min(8.0, place.step * 0.8));
    p.setPen(Qt::NoPen);
    p.setBrush(style.grid.darker(150)); // neutral: not the colours of the chart's lines
    // Years of days are more bars than pixels: each pixel column draws its highest day.
    double column = -1;
    double tallest = 0;
    const auto flush = [&] {
        if (column >= 0 && tallest > 0) {
            const double h = std::max(1.0, bars.height() * tallest / highest);
            p.drawRect(QRectF(column - width / 2, bars.bottom() - h, width, h));
        }
    };
    for (std::size_t i = 0; i < days.size(); ++i) {
        const double x = std::round(place.at(static_cast<double>(i), 0).x());
        if (x != column) {
            flush();
            column = x;
            tallest = 0;
        }
        tallest = std::max(tallest, days[i].extent.value_or(0));
    }
    flush();
    p.restore();
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
    const Placement place = placeDays(plot, allDays.size());

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

    if (std::none_of(allDays.begin(), allDays.end(), [](const ChartDay& d) { return d.average; })) {
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
        const double x = place.at(static_cast<double>(i), 0).x();
        const QString text = allDays.size() > 300
                                 ? dates::monthYear(allDays[i].day)
                                 : dates::dayMonth(allDays[i].day); // years: say which
        const double w = fm.horizontalAdvance(text);
        const double left = std::clamp(x - w / 2, area.left(), area.right() - w);
        p.setPen(style.text);
        p.drawText(QPointF(left, area.bottom() - 4), text);
    }

    // Self-care days: small triangles just above the axis.
    const std::vector<ChartPoint> points = fitToWidth(allDays, plot.width(), 2);
    p.setPen(Qt::NoPen);
    p.setBrush(style.selfCare);
    for (const ChartPoint& point : points) {
        if (!point.values.selfCare)
            continue;
        const double x = place.at(point.index, 0).x();
        const QPointF tri[] = {
            {x, plot.bottom() - 7}, {x - 3.5, plot.bottom() - 1}, {x + 3.5, plot.bottom() - 1}};
        p.drawPolygon(tri, 3);
    }

    QPen nowPen(style.now, 1.4, Qt::DashLine);
    QPen averagePen(style.average, 1.8);
    const QPen rollingPen(style.rolling, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    drawSeries(p, points, &ChartDay::now, place, nowPen, false);
    drawSeries(p, points, &ChartDay::average, place, averagePen, true);
    // A mean over a week needs no more than a point per 4 px to look smooth.
    drawSmoothSeries(p, fitToWidth(allDays, plot.width(), 4), &ChartDay::rollingMean, place,
                     rollingPen);

    if (focus >= 0 && static_cast<std::size_t>(focus) < allDays.size()) {
        const double fx = place.at(focus, 0).x();
        p.setPen(QPen(style.text, 1, Qt::DotLine));
        p.drawLine(QPointF(fx, plot.top()), QPointF(fx, plot.bottom()));
        p.setBrush(Qt::NoBrush);
        const ChartDay& d = allDays[static_cast<std::size_t>(focus)];
        for (const auto& v : {d.average, d.now, d.rollingMean}) {
            if (v) {
                p.setPen(QPen(style.text, 1.6));
                p.drawEllipse(place.at(focus, *v), 5, 5);
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
