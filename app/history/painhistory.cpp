// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/painhistory.h"

#include "common/convert.h"
#include "common/dates.h"
#include "history/insighttext.h"
#include "knotmap/log.h"
#include "knotmap/painareas.h"

#include <QCoreApplication>

namespace knotmap::ui {
namespace {

QString longDate(LocalDate d) {
    return dates::day(d);
}

} // namespace

PainHistory::PainHistory(DataSources sources, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_sources(sources)
    , m_clock(clock) {} // read when the History page is shown (reload), not at start-up

void PainHistory::setRangeDays(int days) {
    if (days != m_rangeDays) {
        m_rangeDays = std::max(0, days);
        reload();
    }
}

QString PainHistory::rangeText() const {
    if (m_days.empty())
        return {};
    return tr("%1 to %2").arg(longDate(m_overview.range.first), longDate(m_overview.range.last));
}

struct PainHistory::Places {
    Result<std::vector<history::RegionHeat>> heat;
    Result<std::vector<KnotWithLatest>> knots;
    Result<std::vector<PainArea>> marks; // present at some moment of the span
};

std::future<PainHistory::Places> PainHistory::readPlaces(TimeRange span) {
    const auto read = [span](KnotRepository& knots, PainAreaRepository& painAreas) {
        return Places{history::bodyHeat(knots, painAreas, span), knots.listWithLatest(),
                      painAreas.listPresentIn(span)};
    };
    if (m_reader == nullptr && m_sources.store != nullptr) {
        if (auto reader = m_sources.store->openReader(); reader)
            m_reader = std::move(*reader);
        else
            log::ui()->warn("History reads on one connection: {}", reader.error().message);
    }
    if (m_reader != nullptr) {
        return std::async(std::launch::async, [read, reader = m_reader.get(), &clock = m_clock] {
            KnotRepository knots(*reader, clock);
            PainAreaRepository painAreas(*reader, clock);
            return read(knots, painAreas);
        });
    }
    return std::async(std::launch::deferred,
                      [this, read] { return read(*m_sources.knots, *m_sources.painAreas); });
}

void PainHistory::clear() {
    m_overview = {};
    m_days.clear();
    m_summary.clear();
    m_progress.clear();
    m_prompt.clear();
    m_promptLevel.clear();
    m_extentText.clear();
    m_techniques.clear();
    m_factors.clear();
    m_places.clear();
    m_heat.clear();
    m_painRegions.clear();
    m_knots.clear();
    m_error.clear();
}

// The techniques and the daily factors of the overview just read, as History lists them.
void PainHistory::showOverview() {
    for (const auto& use : m_overview.techniques) {
        const QString name = insight::techniqueName(m_sources.knowledge, use.techniqueId);
        const QString time = insight::minutes(use.totalSeconds);
        TechniqueRow row;
        row.title = tr("%1: %n sessions, %2 in all", nullptr, use.sessions).arg(name, time);
        row.techniqueId = toQString(use.techniqueId);
        row.name = name;
        row.sessions = use.sessions;
        row.time = time;
        row.effect = insight::techniqueEffect(use);
        row.hasEffect = use.effect.has_value();
        m_techniques.append(QVariant::fromValue(row));
    }
    for (const auto& link : m_overview.factors) {
        FactorRow row;
        row.key = toQString(history::toString(link.factor));
        row.label = insight::factorLabel(link.factor);
        row.mean = insight::factorMean(link);
        row.sameDay = insight::factorLink(link, false);
        row.nextDay = insight::factorLink(link, true);
        row.notable = insight::factorNotable(link);
        row.recorded = link.daysRecorded;
        m_factors.append(QVariant::fromValue(row));
    }
    // The notable links first, then the rest, each group in the usual order.
    std::stable_partition(m_factors.begin(), m_factors.end(),
                          [](const QVariant& f) { return f.value<FactorRow>().notable; });
}

void PainHistory::reload() {
    m_stale = false;
    clear();
    if (m_sources.checkIns == nullptr || m_sources.sessions == nullptr ||
        m_sources.knots == nullptr || m_sources.painAreas == nullptr) {
        emit changed();
        return;
    }
    const LocalDate today = m_clock.today();
    std::optional<LocalDate> first;
    if (m_rangeDays > 0)
        first = LocalDate{std::chrono::sys_days{today} - std::chrono::days{m_rangeDays - 1}};
    // Where knots and pain were covers the days asked for, or everything up to today. It is
    // read on a second connection, on another thread, while this one reads the check-ins
    // and sessions: on two cores, ten years load in about the time of the larger half.
    const TimeRange span = first ? history::momentsOf({*first, today})
                                 : TimeRange{Timestamp{}, history::momentsOf({today, today}).to};
    std::future<Places> placesRead = readPlaces(span);
    auto overview = history::overview(*m_sources.checkIns, *m_sources.sessions, first, today);
    const Places places = placesRead.get();
    if (!overview) {
        log::ui()->warn("could not read the history: {}", overview.error().message);
        m_error = tr("Your history could not be read: %1").arg(toQString(overview.error().message));
        emit changed();
        return;
    }
    m_overview = std::move(*overview);
    if (m_overview.daysWithEntries > 0) {
        m_days = toChartDays(m_overview.days);
        if (places.marks && m_sources.atlas != nullptr && !m_overview.days.empty()) {
            const auto extent = history::painExtent(
                *places.marks, {m_overview.days.front().day, m_overview.days.back().day},
                *m_sources.atlas);
            for (std::size_t i = 0; i < extent.size() && i < m_days.size(); ++i)
                m_days[i].extent = extent[i].share;
            m_extentText = insight::extentSummary(extent);
        }
        m_summary = insight::rangeSummary(m_overview);
        m_progress = insight::progress(m_overview);
    }
    m_prompt = insight::prompt(m_overview.prompt);
    m_promptLevel = m_overview.prompt == stats::ProgressPrompt::AfterSixWeeks   ? "firm"
                    : m_overview.prompt == stats::ProgressPrompt::AfterTwoWeeks ? "soon"
                                                                                : "";
    showOverview();
    if (places.heat)
        showHeat(*places.heat);
    else
        log::ui()->warn("could not read where knots were: {}", places.heat.error().message);
    if (places.knots)
        showKnots(*places.knots, span);
    else
        log::ui()->warn("could not read the knots: {}", places.knots.error().message);
    emit changed();
}

void PainHistory::showHeat(const std::vector<history::RegionHeat>& heat) {
    for (const auto& h : heat) {
        const QString id = toQString(h.regionId);
        m_heat.insert(id, h.heat);
        if (h.painMarks > 0)
            m_painRegions.append(id);
        QStringList parts;
        if (h.readings > 0)
            parts << tr("%n knots", nullptr, h.knots)
                  << (h.readings == 1
                          ? tr("1 reading, tenderness %1").arg(h.maxTenderness)
                          : tr("%1 readings, average tenderness %2, at most %3")
                                .arg(h.readings)
                                .arg(QLocale().toString(h.meanTenderness.value_or(0), 'f', 1))
                                .arg(h.maxTenderness));
        if (h.painMarks > 0)
            parts << tr("pain marked here %n times", nullptr, h.painMarks);
        if (h.painKinds != 0)
            parts << tr("felt as %1").arg(QString::fromStdString(painWords(h.painKinds)));
        if (h.worst)
            parts << tr("marked as the worst pain");
        if (static_cast<std::size_t>(m_places.size()) >= history::kPlacesListed)
            continue; // on the figure, not in the list
        PlaceRow row;
        row.regionId = id;
        row.name = regionName(m_sources.atlas, h.regionId);
        row.view = toFigureView(h.view);
        row.text = parts.join(QStringLiteral("; "));
        row.heat = h.heat;
        m_places.append(QVariant::fromValue(row));
    }
}

void PainHistory::showKnots(const std::vector<KnotWithLatest>& knots, TimeRange span) {
    // Knots that were there at some moment of the range, numbered by when they were noted
    // so each keeps its number whatever the range.
    int number = 0;
    for (const auto& s : knots) {
        ++number;
        if (s.knot.createdAt >= span.to || (s.knot.resolvedAt && *s.knot.resolvedAt < span.from))
            continue;
        KnotRow row;
        row.knotId = s.knot.id;
        row.number = tr("K%1").arg(number);
        row.name = regionName(m_sources.atlas, s.knot.place.regionId);
        row.status = toKnotState(s.knot.status);
        row.statusText = insight::statusName(s.knot.status);
        row.noted = longDate(localDateOf(s.knot.createdAt));
        row.latest = s.latestTenderness.value_or(-1);
        m_knots.append(QVariant::fromValue(row));
    }
}

QString PainHistory::describeDay(int index) const {
    if (index < 0 || index >= static_cast<int>(m_overview.days.size()))
        return {};
    const auto& d = m_overview.days[static_cast<std::size_t>(index)];
    QString text = longDate(d.day) + QStringLiteral(": ");
    if (d.average)
        text += tr("average pain %1, at check-in %2, worst %3, least %4.")
                    .arg(*d.average)
                    .arg(d.now.value_or(0))
                    .arg(d.worst.value_or(0))
                    .arg(d.least.value_or(0));
    else
        text += tr("no check-in.");
    if (d.rollingMean)
        text +=
            QLatin1Char(' ') + tr("7-day mean %1.").arg(QLocale().toString(*d.rollingMean, 'f', 1));
    if (d.sessions > 0)
        text += QLatin1Char(' ') + (d.sessions == 1 ? tr("1 self-care session.")
                                                    : tr("%1 self-care sessions.").arg(d.sessions));
    if (static_cast<std::size_t>(index) < m_days.size()) {
        if (const auto extent = m_days[static_cast<std::size_t>(index)].extent;
            extent && *extent > 0)
            text +=
                QLatin1Char(' ') +
                tr("Pain extent %1% of the body.").arg(QLocale().toString(*extent * 100, 'f', 1));
    }
    return text;
}

} // namespace knotmap::ui
