// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace knotmap::stats {
namespace {

std::optional<double> meanOf(const DailySeries& s, std::size_t from, std::size_t to,
                             int minValues) {
    double sum = 0;
    int n = 0;
    for (std::size_t i = from; i < to && i < s.size(); ++i) {
        if (s[i]) {
            sum += *s[i];
            ++n;
        }
    }
    if (n < minValues || n == 0)
        return std::nullopt;
    return sum / n;
}

// Ranks from 1, tied values sharing the mean of the ranks they span.
std::vector<double> ranks(const std::vector<double>& v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]])
            ++j;
        const double rank = (static_cast<double>(i + j) / 2.0) + 1.0;
        for (std::size_t k = i; k <= j; ++k)
            r[order[k]] = rank;
        i = j + 1;
    }
    return r;
}

double pearson(const std::vector<double>& a, const std::vector<double>& b) {
    const double n = static_cast<double>(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa == 0 || sbb == 0)
        return std::nan("");
    return sab / std::sqrt(saa * sbb);
}

} // namespace

DailySeries rollingMean(const DailySeries& series, int window, int minValues) {
    DailySeries out(series.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        const std::size_t from = i + 1 >= static_cast<std::size_t>(window) ? i + 1 - window : 0;
        out[i] = meanOf(series, from, i + 1, minValues);
    }
    return out;
}

std::optional<Change> changeFromBaseline(const DailySeries& series, int days, int minValues) {
    const auto d = static_cast<std::size_t>(days);
    // The windows start at the first and end at the last day that has a value.
    const auto first =
        std::find_if(series.begin(), series.end(), [](const auto& v) { return v.has_value(); });
    const auto last =
        std::find_if(series.rbegin(), series.rend(), [](const auto& v) { return v.has_value(); });
    if (first == series.end())
        return std::nullopt;
    const auto begin = static_cast<std::size_t>(first - series.begin());
    const auto end = series.size() - static_cast<std::size_t>(last - series.rbegin());
    if (end - begin < 2 * d)
        return std::nullopt;
    const auto base = meanOf(series, begin, begin + d, minValues);
    const auto late = meanOf(series, end - d, end, minValues);
    if (!base || !late)
        return std::nullopt;
    Change c;
    c.baseline = *base;
    c.latest = *late;
    c.absolute = *late - *base;
    if (*base > 0)
        c.percent = 100.0 * c.absolute / *base;
    // Reaching either criterion counts: 2 points, or 30% of where it started.
    const double threshold =
        *base > 0 ? std::min(kMinimalImportantPoints, kMinimalImportantFraction * *base)
                  : kMinimalImportantPoints;
    c.improvedMeaningfully = -c.absolute >= threshold - 1e-9;
    c.worsenedMeaningfully = c.absolute >= threshold - 1e-9;
    return c;
}

int pairedCount(const DailySeries& x, const DailySeries& y) {
    int n = 0;
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i)
        n += x[i] && y[i] ? 1 : 0;
    return n;
}

std::optional<double> spearman(const DailySeries& x, const DailySeries& y, int minPairs) {
    std::vector<double> a;
    std::vector<double> b;
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (x[i] && y[i]) {
            a.push_back(*x[i]);
            b.push_back(*y[i]);
        }
    }
    if (static_cast<int>(a.size()) < std::max(2, minPairs))
        return std::nullopt;
    const double rho = pearson(ranks(a), ranks(b));
    if (std::isnan(rho))
        return std::nullopt;
    return rho;
}

std::string_view strengthWord(double rho) {
    const double r = std::abs(rho);
    if (r < 0.1)
        return "no clear";
    if (r < 0.3)
        return "weak";
    if (r < 0.5)
        return "moderate";
    return "strong";
}

std::optional<Effect> tendernessEffect(const std::vector<std::pair<int, int>>& beforeAfter,
                                       int minSessions) {
    if (static_cast<int>(beforeAfter.size()) < minSessions || beforeAfter.empty())
        return std::nullopt;
    double sum = 0;
    for (const auto& [before, after] : beforeAfter)
        sum += after - before;
    return Effect{sum / static_cast<double>(beforeAfter.size()),
                  static_cast<int>(beforeAfter.size())};
}

ProgressPrompt progressPrompt(const DailySeries& painByDay) {
    const auto first = std::find_if(painByDay.begin(), painByDay.end(),
                                    [](const auto& v) { return v.has_value(); });
    if (first == painByDay.end())
        return ProgressPrompt::None;
    const auto span = painByDay.end() - first; // days from the first entry to the last day
    if (span < 14)
        return ProgressPrompt::None;
    const DailySeries logged(first, painByDay.end());
    const auto change = changeFromBaseline(logged, 7, 3);
    if (change && change->improvedMeaningfully)
        return ProgressPrompt::None;
    return span >= 42 ? ProgressPrompt::AfterSixWeeks : ProgressPrompt::AfterTwoWeeks;
}

} // namespace knotmap::stats
