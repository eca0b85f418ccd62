// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QRectF>

#include "knotmap/history.h"

#include <optional>
#include <vector>

class QPainter;

namespace knotmap::ui {

// One day of the pain chart.
struct ChartDay {
    QDate day;
    std::optional<double> now;
    std::optional<double> average;
    std::optional<double> rollingMean; // 7-day mean of the average
    bool selfCare = false;
    // The day's pain extent: the share (0..1) of the body's surface marked painful.
    std::optional<double> extent = std::nullopt;
};

// The chart's days from core's history.
std::vector<ChartDay> toChartDays(const std::vector<history::Day>& days);

struct ChartStyle {
    QColor text{0x2b, 0x28, 0x24};
    QColor grid{0xde, 0xd4, 0xc8};
    QColor average{0xc4, 0x50, 0x3a};
    QColor now{0x67, 0x5f, 0x57};
    QColor rolling{0x2c, 0x7a, 0x6b};
    QColor selfCare{0x4b, 0x4f, 0xa8};
    QFont font;
};

// Draws the daily 0-10 chart: the average as a solid line with dots, "now" dashed, the
// 7-day mean as a thick line, self-care days as small triangles along the bottom, and a
// legend. Line styles and shapes carry the meaning, so it reads in black and white too.
// The History page and the printed report both draw with this.
// `focus` marks one day (keyboard or pointer) with a line and rings; -1 marks none.
void drawPainChart(QPainter& painter, const QRectF& area, const std::vector<ChartDay>& days,
                   const ChartStyle& style, int focus = -1);

// drawPainChart, and below it, where any day has a pain extent, a strip of bars: each day's
// share of the body's surface marked painful, aligned with the chart's days, scaled to
// the highest with its value written. History and the printed summary draw with this.
void drawPainChartWithExtent(QPainter& painter, const QRectF& area,
                             const std::vector<ChartDay>& days, const ChartStyle& style,
                             int focus = -1);

// The day under an x position in `area`, as drawPainChart lays it out; -1 when none.
int painChartDayAt(const QRectF& area, const QFont& font, std::size_t dayCount, double x);

} // namespace knotmap::ui
