// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/insighttext.h"

#include "common/convert.h"
#include "common/dates.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace knotmap::ui::insight {
namespace {

// This file's words, in one translation context; lupdate reads the context from here.
struct Insight {
    Q_DECLARE_TR_FUNCTIONS(Insight)
};

QString one(double v) {
    return QLocale().toString(v, 'f', 1);
}

bool yesNo(history::Factor f) {
    return f == history::Factor::AwkwardSleep || f == history::Factor::HeavyLifting;
}

// The subject of a "went together with" sentence, as it stands after "Same day: ".
QString factorSubject(history::Factor f) {
    using history::Factor;
    switch (f) {
    case Factor::SittingHours:
        return Insight::tr("more hours sitting");
    case Factor::MovementBreaks:
        return Insight::tr("more movement breaks");
    case Factor::SleepHours:
        return Insight::tr("more hours of sleep");
    case Factor::SleepQuality:
        return Insight::tr("better sleep");
    case Factor::Stress:
        return Insight::tr("more stress");
    case Factor::WaterGlasses:
        return Insight::tr("more water");
    case Factor::ExerciseMinutes:
        return Insight::tr("more exercise");
    case Factor::AwkwardSleep:
        return Insight::tr("sleeping in an awkward position");
    case Factor::HeavyLifting:
        return Insight::tr("heavy lifting");
    }
    return {};
}

QString strength(double rho) {
    const auto word = stats::strengthWord(rho);
    if (word == "weak")
        return Insight::tr("a weak link");
    if (word == "moderate")
        return Insight::tr("a moderate link");
    if (word == "strong")
        return Insight::tr("a strong link");
    return Insight::tr("no clear link");
}

} // namespace

QString rangeSummary(const history::Overview& o) {
    if (o.daysWithEntries == 0 || !o.meanAverage)
        return {};
    const QString mean = one(*o.meanAverage);
    if (o.daysWithEntries == 1)
        return Insight::tr(
                   "Average pain %1 on the one day with a check-in; at its worst %2, at its "
                   "least %3.")
            .arg(mean)
            .arg(o.worst.value_or(0))
            .arg(o.least.value_or(0));
    return Insight::tr(
               "Average pain %1 over %2 days with a check-in; at its worst %3, at its least %4.")
        .arg(mean)
        .arg(o.daysWithEntries)
        .arg(o.worst.value_or(0))
        .arg(o.least.value_or(0));
}

QString progress(const history::Overview& o) {
    if (!o.change)
        return {};
    const auto& c = *o.change;
    QString amount = Insight::tr("%1 points").arg(one(std::abs(c.absolute)));
    if (c.percent)
        amount += QStringLiteral(" (%1%)").arg(QLocale().toString(std::abs(*c.percent), 'f', 0));
    if (c.improvedMeaningfully)
        return Insight::tr(
                   "Average pain fell from %1 in the first week to %2 in the last, %3 lower: a "
                   "change most people feel as better (2 points or 30% is the usual mark).")
            .arg(one(c.baseline), one(c.latest), amount);
    if (c.worsenedMeaningfully)
        return Insight::tr(
                   "Average pain rose from %1 in the first week to %2 in the last, %3 higher.")
            .arg(one(c.baseline), one(c.latest), amount);
    return Insight::tr(
               "Average pain went from %1 in the first week to %2 in the last: less than the 2 "
               "points or 30% most people feel as a real change.")
        .arg(one(c.baseline), one(c.latest));
}

QString prompt(stats::ProgressPrompt p) {
    switch (p) {
    case stats::ProgressPrompt::AfterSixWeeks:
        return Insight::tr(
            "Your pain has not clearly improved after more than six weeks of logging. "
            "Please book an appointment with your doctor or a physiotherapist to have it "
            "looked at.");
    case stats::ProgressPrompt::AfterTwoWeeks:
        return Insight::tr(
            "Your pain has not clearly improved after two weeks of logging. A "
            "physiotherapist or doctor can look for what keeps it going; it may be worth "
            "booking a visit.");
    case stats::ProgressPrompt::None:
        break;
    }
    return {};
}

QString techniqueName(const KnowledgeBase* knowledge, const std::string& id) {
    const Technique* t = knowledge != nullptr ? knowledge->technique(id) : nullptr;
    return t != nullptr ? toQString(t->name) : plainName(id);
}

QString techniqueEffect(const history::TechniqueUse& use) {
    if (!use.effect)
        return Insight::tr(
                   "%1 of %2 sessions rated before and after; from %3 KnotMap shows the average "
                   "change.")
            .arg(use.rated)
            .arg(use.sessions)
            .arg(stats::kMinSessionsForEffect);
    const double change = use.effect->meanChange;
    if (std::abs(change) < 0.05)
        return Insight::tr(
                   "Tenderness was about the same before and after, over %1 rated sessions.")
            .arg(use.effect->sessions);
    return (change < 0
                ? Insight::tr("Tenderness fell by %1 on average from before to after, over %2 "
                              "rated sessions.")
                : Insight::tr("Tenderness rose by %1 on average from before to after, over %2 "
                              "rated sessions."))
        .arg(one(std::abs(change)))
        .arg(use.effect->sessions);
}

QString factorLabel(history::Factor f) {
    using history::Factor;
    switch (f) {
    case Factor::SittingHours:
        return Insight::tr("Hours sitting");
    case Factor::MovementBreaks:
        return Insight::tr("Movement breaks");
    case Factor::SleepHours:
        return Insight::tr("Hours of sleep");
    case Factor::SleepQuality:
        return Insight::tr("Sleep quality (0-10)");
    case Factor::Stress:
        return Insight::tr("Stress (0-10)");
    case Factor::WaterGlasses:
        return Insight::tr("Glasses of water");
    case Factor::ExerciseMinutes:
        return Insight::tr("Minutes of exercise");
    case Factor::AwkwardSleep:
        return Insight::tr("Awkward sleeping position");
    case Factor::HeavyLifting:
        return Insight::tr("Heavy lifting");
    }
    return {};
}

QString factorMean(const history::FactorLink& link) {
    if (!link.mean)
        return Insight::tr("Not recorded in this range.");
    if (yesNo(link.factor))
        return Insight::tr("Yes on %1% of %n days recorded.", nullptr, link.daysRecorded)
            .arg(QLocale().toString(*link.mean * 100, 'f', 0));
    return Insight::tr("%1 a day on average, over %n days recorded.", nullptr, link.daysRecorded)
        .arg(one(*link.mean));
}

QString factorLink(const history::FactorLink& link, bool nextDay) {
    const int pairs = nextDay ? link.nextDayPairs : link.sameDayPairs;
    const auto rho = nextDay ? link.nextDay : link.sameDay;
    if (!rho) {
        if (pairs < stats::kMinPairsForAssociation)
            return (nextDay ? Insight::tr("Next day: %1 of the %2 paired days needed so far.")
                            : Insight::tr("Same day: %1 of the %2 paired days needed so far."))
                .arg(pairs)
                .arg(stats::kMinPairsForAssociation);
        return nextDay ? Insight::tr("Next day: it did not vary enough to compare.")
                       : Insight::tr("Same day: it did not vary enough to compare.");
    }
    if (stats::strengthWord(*rho) == "no clear")
        return nextDay
                   ? Insight::tr("Next day: no clear link with pain (%n days).", nullptr, pairs)
                   : Insight::tr("Same day: no clear link with pain (%n days).", nullptr, pairs);
    const QString direction = *rho > 0 ? Insight::tr("more pain") : Insight::tr("less pain");
    return (nextDay ? Insight::tr("Next day: %1 went together with %2 the following day, %3 "
                                  "(%n days).",
                                  nullptr, pairs)
                    : Insight::tr("Same day: %1 went together with %2 that day, %3 (%n days).",
                                  nullptr, pairs))
        .arg(factorSubject(link.factor), direction, strength(*rho));
}

namespace {
bool notable(std::optional<double> rho) {
    return rho && std::abs(*rho) >= 0.3;
}
} // namespace

bool factorNotable(const history::FactorLink& link) {
    return notable(link.sameDay) || notable(link.nextDay);
}

QString notableLinks(const history::FactorLink& link) {
    QStringList links;
    if (notable(link.sameDay))
        links << factorLink(link, false);
    if (notable(link.nextDay))
        links << factorLink(link, true);
    if (links.isEmpty())
        links << (link.sameDayPairs < stats::kMinPairsForAssociation
                      ? factorLink(link, false)
                      : Insight::tr("No moderate or strong link (%n days).", nullptr,
                                    link.sameDayPairs));
    return links.join(QLatin1Char('\n'));
}

QStringList painInPattern(const BodyAtlas& atlas, const ReferralPattern& pattern,
                          const QStringList& painPlaces) {
    QStringList out;
    for (const QString& id : painPlaces) {
        const BodyPlace* place = atlas.place(id.toStdString());
        const auto fit = pattern.fit(id.toStdString());
        if (place == nullptr || fit == ReferralPattern::Fit::None)
            continue;
        // The place's heading first: place names are of many shapes ("around the left eye").
        const QString where = QString::fromStdString(place->plainName());
        const QString sentence =
            fit == ReferralPattern::Fit::Common
                ? Insight::tr(
                      "%1: your pain there lies in the area this knot commonly sends pain to.")
                : Insight::tr(
                      "%1: your pain there lies in the area this knot sometimes sends pain to.");
        if (!out.contains(sentence.arg(where)))
            out << sentence.arg(where);
    }
    return out;
}

QString extentSummary(const std::vector<history::ExtentDay>& days) {
    const auto most = std::max_element(
        days.begin(), days.end(), [](const auto& a, const auto& b) { return a.share < b.share; });
    if (days.empty() || most->share <= 0)
        return {};
    const auto percent = [](double share) { return QString::number(share * 100, 'f', 1); };
    const history::ExtentDay& last = days.back();
    return Insight::
        tr("Pain extent on the last day: %1% of the body's surface (%n places); at most %2% on %3.",
           nullptr, last.places)
            .arg(percent(last.share), percent(most->share), dates::dayMonth(toQDate(most->day)));
}

QString minutes(int seconds) {
    const int total = seconds > 0 ? std::max(1, (seconds + 30) / 60) : 0;
    if (total < 60)
        return Insight::tr("%n min", nullptr, total);
    return Insight::tr("%1 h %2 min").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString duration(int seconds) {
    if (seconds < 60)
        return Insight::tr("%1 s").arg(std::max(0, seconds));
    if (seconds >= 3600)
        return minutes(seconds);
    const int m = seconds / 60;
    const int s = seconds % 60;
    return s == 0 ? Insight::tr("%n min", nullptr, m)
                  : Insight::tr("%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString statusName(KnotStatus s) {
    switch (s) {
    case KnotStatus::Active:
        return Insight::tr("Active");
    case KnotStatus::Easing:
        return Insight::tr("Easing");
    case KnotStatus::Resolved:
        return Insight::tr("Resolved");
    }
    return {};
}

} // namespace knotmap::ui::insight
