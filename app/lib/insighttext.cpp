#include "insighttext.h"

#include "convert.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace knotmap::ui::insight {
namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("Insight", text, nullptr, n);
}

QString one(double v) {
    return QLocale().toString(v, 'f', 1);
}

bool yesNo(history::Factor f) {
    return f == history::Factor::AwkwardSleep || f == history::Factor::HeavyLifting;
}

// The subject of a "went together with" sentence.
QString factorSubject(history::Factor f) {
    using history::Factor;
    switch (f) {
    case Factor::SittingHours:
        return tr("More hours sitting");
    case Factor::MovementBreaks:
        return tr("More movement breaks");
    case Factor::SleepHours:
        return tr("More hours of sleep");
    case Factor::SleepQuality:
        return tr("Better sleep");
    case Factor::Stress:
        return tr("More stress");
    case Factor::WaterGlasses:
        return tr("More water");
    case Factor::ExerciseMinutes:
        return tr("More exercise");
    case Factor::AwkwardSleep:
        return tr("Sleeping in an awkward position");
    case Factor::HeavyLifting:
        return tr("Heavy lifting");
    }
    return {};
}

QString strength(double rho) {
    const auto word = stats::strengthWord(rho);
    if (word == "weak")
        return tr("a weak link");
    if (word == "moderate")
        return tr("a moderate link");
    if (word == "strong")
        return tr("a strong link");
    return tr("no clear link");
}

} // namespace

QString rangeSummary(const history::Overview& o) {
    if (o.daysWithEntries == 0 || !o.meanAverage)
        return {};
    const QString mean = one(*o.meanAverage);
    if (o.daysWithEntries == 1)
        return tr("Average pain %1 on the one day with a check-in; at its worst %2, at its "
                  "least %3.")
            .arg(mean)
            .arg(o.worst.value_or(0))
            .arg(o.least.value_or(0));
    return tr("Average pain %1 over %2 days with a check-in; at its worst %3, at its least %4.")
        .arg(mean)
        .arg(o.daysWithEntries)
        .arg(o.worst.value_or(0))
        .arg(o.least.value_or(0));
}

QString progress(const history::Overview& o) {
    if (!o.change)
        return {};
    const auto& c = *o.change;
    QString amount = tr("%1 points").arg(one(std::abs(c.absolute)));
    if (c.percent)
        amount += QStringLiteral(" (%1%)").arg(QLocale().toString(std::abs(*c.percent), 'f', 0));
    if (c.improvedMeaningfully)
        return tr("Average pain fell from %1 in the first week to %2 in the last, %3 lower: a "
                  "change most people feel as better (2 points or 30% is the usual mark).")
            .arg(one(c.baseline), one(c.latest), amount);
    if (c.worsenedMeaningfully)
        return tr("Average pain rose from %1 in the first week to %2 in the last, %3 higher.")
            .arg(one(c.baseline), one(c.latest), amount);
    return tr("Average pain went from %1 in the first week to %2 in the last: less than the 2 "
              "points or 30% most people feel as a real change.")
        .arg(one(c.baseline), one(c.latest));
}

QString prompt(stats::ProgressPrompt p) {
    switch (p) {
    case stats::ProgressPrompt::AfterSixWeeks:
        return tr("Your pain has not clearly improved after more than six weeks of logging. "
                  "Please book an appointment with your doctor or a physiotherapist to have it "
                  "looked at.");
    case stats::ProgressPrompt::AfterTwoWeeks:
        return tr("Your pain has not clearly improved after two weeks of logging. A "
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
        return tr("%1 of %2 sessions rated before and after; from %3 KnotMap shows the average "
                  "change.")
            .arg(use.rated)
            .arg(use.sessions)
            .arg(stats::kMinSessionsForEffect);
    const double change = use.effect->meanChange;
    if (std::abs(change) < 0.05)
        return tr("Tenderness was about the same before and after, over %1 rated sessions.")
            .arg(use.effect->sessions);
    return (change < 0 ? tr("Tenderness fell by %1 on average from before to after, over %2 "
                            "rated sessions.")
                       : tr("Tenderness rose by %1 on average from before to after, over %2 "
                            "rated sessions."))
        .arg(one(std::abs(change)))
        .arg(use.effect->sessions);
}

QString factorLabel(history::Factor f) {
    using history::Factor;
    switch (f) {
    case Factor::SittingHours:
        return tr("Hours sitting");
    case Factor::MovementBreaks:
        return tr("Movement breaks");
    case Factor::SleepHours:
        return tr("Hours of sleep");
    case Factor::SleepQuality:
        return tr("Sleep quality (0-10)");
    case Factor::Stress:
        return tr("Stress (0-10)");
    case Factor::WaterGlasses:
        return tr("Glasses of water");
    case Factor::ExerciseMinutes:
        return tr("Minutes of exercise");
    case Factor::AwkwardSleep:
        return tr("Awkward sleeping position");
    case Factor::HeavyLifting:
        return tr("Heavy lifting");
    }
    return {};
}

QString factorMean(const history::FactorLink& link) {
    if (!link.mean)
        return tr("Not recorded in this range.");
    if (yesNo(link.factor))
        return tr("Yes on %1% of %2 days recorded.")
            .arg(QLocale().toString(*link.mean * 100, 'f', 0))
            .arg(link.daysRecorded);
    return tr("%1 a day on average, over %2 days recorded.")
        .arg(one(*link.mean))
        .arg(link.daysRecorded);
}

QString factorLink(const history::FactorLink& link, bool nextDay) {
    const int pairs = nextDay ? link.nextDayPairs : link.sameDayPairs;
    const auto rho = nextDay ? link.nextDay : link.sameDay;
    if (!rho) {
        if (pairs < stats::kMinPairsForAssociation)
            return (nextDay ? tr("Next day: %1 of the %2 paired days needed so far.")
                            : tr("Same day: %1 of the %2 paired days needed so far."))
                .arg(pairs)
                .arg(stats::kMinPairsForAssociation);
        return nextDay ? tr("Next day: it did not vary enough to compare.")
                       : tr("Same day: it did not vary enough to compare.");
    }
    if (stats::strengthWord(*rho) == "no clear")
        return (nextDay ? tr("Next day: no clear link with pain (%1 days).")
                        : tr("Same day: no clear link with pain (%1 days)."))
            .arg(pairs);
    const QString direction = *rho > 0 ? tr("more pain") : tr("less pain");
    return (nextDay ? tr("Next day: %1 went together with %2 the following day, %3 (%4 days).")
                    : tr("Same day: %1 went together with %2 that day, %3 (%4 days)."))
        .arg(factorSubject(link.factor).toLower(), direction, strength(*rho))
        .arg(pairs);
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
                      : tr("No moderate or strong link (%1 days).").arg(link.sameDayPairs));
    return links.join(QLatin1Char('\n'));
}

QString minutes(int seconds) {
    const int total = seconds > 0 ? std::max(1, (seconds + 30) / 60) : 0;
    if (total < 60)
        return tr("%1 min").arg(total);
    return tr("%1 h %2 min").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString statusName(KnotStatus s) {
    switch (s) {
    case KnotStatus::Active:
        return tr("Active");
    case KnotStatus::Easing:
        return tr("Easing");
    case KnotStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

} // namespace knotmap::ui::insight
