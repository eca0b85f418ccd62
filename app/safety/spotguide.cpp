// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/spotguide.h"

#include "common/convert.h"
#include "history/insighttext.h"
#include "knotmap/log.h"
#include "knotmap/redflags.h"
#include "knotmap/screening.h"

#include <algorithm>
#include <map>

namespace knotmap::ui {
namespace {

QString seconds(int s) {
    if (s >= 60 && s % 60 == 0)
        return SpotGuide::tr("%1 min").arg(s / 60);
    return SpotGuide::tr("%1 s").arg(s);
}

QString span(const std::pair<int, int>& r) {
    if (r.first == 0)
        return SpotGuide::tr("up to %1").arg(seconds(r.second));
    if (r.first == r.second)
        return seconds(r.first);
    if (r.first >= 60 && r.first % 60 == 0 && r.second % 60 == 0)
        return SpotGuide::tr("%1-%2 min").arg(r.first / 60).arg(r.second / 60);
    return SpotGuide::tr("%1-%2 s").arg(r.first).arg(r.second);
}

QStringList zoneNames(const KnowledgeBase& kb, const std::vector<std::string>& ids) {
    QStringList out;
    for (const auto& id : ids) {
        if (const ReferralZone* z = kb.zone(id))
            out << toQString(z->name);
    }
    return out;
}

QString joined(const QStringList& parts) {
    if (parts.size() <= 1)
        return parts.join(QString());
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + SpotGuide::tr(" and ") +
           parts.last();
}

QStringList toList(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v)
        out << toQString(s);
    return out;
}

} // namespace

SpotGuide::SpotGuide(const KnowledgeBase* knowledge, const BodyAtlas* atlas,
                     RedFlagAnswerRepository* answers, Store* store, const Clock& clock,
                     QObject* parent)
    : QObject(parent)
    , m_knowledge(knowledge)
    , m_atlas(atlas)
    , m_answers(answers)
    , m_store(store)
    , m_clock(clock) {
    refresh();
}

bool SpotGuide::clinicianSaidSelfCareIsFine() {
    m_clearedAt = m_clock.now();
    const bool saved = m_store != nullptr && saveClinicianClearance(*m_store, *m_clearedAt).ok();
    if (saved)
        log::ui()->info("a clinician's all-clear for urgent answers kept");
    else
        log::ui()->warn("a clinician's all-clear kept for this run only: it could not be saved");
    refresh();
    return saved;
}

QString SpotGuide::doseText(const Technique& t) {
    const Dose& d = t.dose;
    const bool contrast = t.kind == TechniqueKind::Contrast;
    QStringList parts;
    if (d.holdSeconds)
        parts << (d.totalSeconds ? tr("hold %1 on each tender spot").arg(span(*d.holdSeconds))
                                 : tr("hold %1").arg(span(*d.holdSeconds)));
    // Contrast: cold for onSeconds, heat for offSeconds, in turn.
    if (d.onSeconds)
        parts << (contrast ? tr("%1 cold").arg(span(*d.onSeconds))
                           : tr("%1 on").arg(span(*d.onSeconds)));
    if (d.offSeconds)
        parts << (contrast ? tr("%1 heat").arg(seconds(*d.offSeconds))
                           : tr("%1 off").arg(seconds(*d.offSeconds)));
    // A span beside a hold or a cycle is the whole session's ("Hold 30-60 s on each spot,
    // 1-5 min in all"); on its own it is how long to keep at it ("15-20 min").
    const bool inAll = d.holdSeconds || d.onSeconds;
    if (d.totalSeconds)
        parts << (inAll ? tr("%1 in all").arg(span(*d.totalSeconds)) : span(*d.totalSeconds));
    if (d.perSide)
        parts << tr("each side");
    if (d.reps)
        parts << (d.holdSeconds ? tr("%n times", nullptr, *d.reps)
                                : tr("%n repetitions", nullptr, *d.reps));
    if (d.rounds)
        parts << tr("%n rounds", nullptr, *d.rounds);
    QString text = parts.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

Advice SpotGuide::advice(const QString& regionId) const {
    if (m_knowledge == nullptr || m_atlas == nullptr)
        return {};
    const BodyRegion* region = m_atlas->find(regionId.toStdString());
    if (region == nullptr)
        return {};
    QVariantList muscles;
    for (const Muscle* m : m_knowledge->musclesOf(*region)) {
        muscles.append(QVariant::fromValue(MuscleAdvice{
            toQString(m->name), toQString(m->plain), joined(zoneNames(*m_knowledge, m->refers)),
            joined(zoneNames(*m_knowledge, m->sometimes)), toQString(m->id)}));
    }
    QStringList causes;
    for (const Cause* c : m_knowledge->causesFor(*region))
        causes << toQString(c->text);
    const auto offered = m_knowledge->techniquesFor(*region);
    QVariantList techniques;
    for (const Technique* t : offered) {
        techniques.append(QVariant::fromValue(
            TechniqueAdvice{toQString(t->id), toQString(t->name), toQString(toString(t->kind)),
                            doseText(*t), toList(t->steps), toList(t->cautions)}));
    }
    QStringList prevention;
    for (const Tip& tip : m_knowledge->prevention())
        prevention << toQString(tip.text);
    auto guidance = [&](const char* id) {
        const Tip* tip = m_knowledge->guidance(id);
        return tip != nullptr ? toQString(tip->text) : QString();
    };
    // The sources behind what is said here, each once, in order of first use.
    std::vector<std::string> ids;
    auto cite = [&](const std::vector<std::string>& more) {
        for (const auto& s : more) {
            if (std::find(ids.begin(), ids.end(), s) == ids.end())
                ids.push_back(s);
        }
    };
    for (const Muscle* m : m_knowledge->musclesOf(*region))
        cite(m->sources);
    for (const Cause* c : m_knowledge->causesFor(*region))
        cite(c->sources);
    for (const Technique* t : offered) {
        cite(t->sources);
        cite(t->doseSources);
    }
    QStringList takeCare;
    for (const CautionSite* site : m_knowledge->cautionSitesFor(*region)) {
        takeCare << toQString(site->text);
        cite(site->sources);
    }
    QStringList sources;
    for (const auto& id : ids) {
        if (const Source* s = m_knowledge->source(id))
            sources << toQString(s->cite);
    }
    Advice advice;
    advice.muscles = muscles;
    advice.causes = causes;
    advice.techniques = techniques;
    advice.takeCare = takeCare;
    advice.prevention = prevention;
    advice.expect = guidance("expect");
    advice.professional = guidance("professional");
    advice.professionalsOffer = guidance("professionals-offer");
    advice.sources = sources;
    return advice;
}

QVariantList SpotGuide::likelySources(const QString& placeId, const QString& side,
                                      const QStringList& otherPain) const {
    QVariantList out;
    const auto s = sideFrom(side.toStdString());
    if (m_knowledge == nullptr || m_atlas == nullptr || !s)
        return out;
    std::vector<std::string> others;
    for (const QString& p : otherPain)
        others.push_back(p.toStdString());
    for (const auto& c : m_knowledge->likelySources(placeId.toStdString(), *s, *m_atlas, others)) {
        out.append(QVariant::fromValue(
            SourceCandidate{toQString(c.muscle->name), toQString(c.muscle->plain),
                            c.zone != nullptr ? toQString(c.zone->name) : QString(), c.common,
                            toList(c.regions), c.score}));
    }
    return out;
}

ReferralMap SpotGuide::referral(const QString& regionId) const {
    const BodyRegion* r = m_atlas != nullptr ? m_atlas->find(regionId.toStdString()) : nullptr;
    if (m_knowledge == nullptr || r == nullptr)
        return {};
    const ReferralPattern p = m_knowledge->patternOf(*r, *m_atlas);
    return ReferralMap{toList(p.common), toList(p.sometimes)};
}

ReferralMap SpotGuide::muscleReferral(const QString& regionId, const QString& muscleId) const {
    const BodyRegion* r = m_atlas != nullptr ? m_atlas->find(regionId.toStdString()) : nullptr;
    const Muscle* m =
        m_knowledge != nullptr ? m_knowledge->muscle(muscleId.toStdString()) : nullptr;
    if (r == nullptr || m == nullptr)
        return {};
    const ReferralPattern p = m_knowledge->patternOf(*m, r->side, *m_atlas);
    return ReferralMap{toList(p.common), toList(p.sometimes)};
}

QStringList SpotGuide::painInPattern(const QString& regionId, const QStringList& painPlaces) const {
    const BodyRegion* r = m_atlas != nullptr ? m_atlas->find(regionId.toStdString()) : nullptr;
    if (m_knowledge == nullptr || r == nullptr)
        return {};
    return insight::painInPattern(*m_atlas, m_knowledge->patternOf(*r, *m_atlas), painPlaces);
}

std::vector<RedFlagAnswer> SpotGuide::allAnswers() const {
    if (m_answers == nullptr)
        return m_unsaved;
    auto all = m_answers->answeredIn({Timestamp{}, m_clock.now() + std::chrono::hours{24}});
    if (!all) {
        log::ui()->warn("could not read red-flag answers: {}", all.error().message);
        return m_unsaved;
    }
    all->insert(all->end(), m_unsaved.begin(), m_unsaved.end());
    return std::move(*all);
}

int SpotGuide::thisYear() const {
    return static_cast<int>(m_clock.today().year());
}

HealthHistory SpotGuide::history(const std::vector<RedFlagAnswer>& answers) const {
    return healthHistory(answers, *m_knowledge, m_birthYear.year);
}

QVariant SpotGuide::question(const RedFlagQuestion& q, const HealthHistory& history) const {
    return QVariant::fromValue(QuestionInfo{
        toQString(q.id), toWarningTier(tierFor(q, history, thisYear())), toQString(q.question)});
}

std::vector<const RedFlagQuestion*>
SpotGuide::due(const std::vector<const RedFlagQuestion*>& questions,
               const std::vector<RedFlagAnswer>& answers, const HealthHistory& history) const {
    // The general questions answered in one sitting ask for the same entries: read once.
    std::map<Timestamp, std::vector<Timestamp>> general;
    const screening::Activity activity = [this, &general](const RedFlagQuestion& q,
                                                          Timestamp since) {
        if (q.general()) {
            if (const auto it = general.find(since); it != general.end())
                return it->second;
        }
        std::vector<std::string> where;
        if (!q.general()) {
            where = q.regions;
            where.insert(where.end(), q.places.begin(), q.places.end());
        }
        auto entries = m_answers != nullptr
                           ? m_answers->entriesSince(since, where)
                           : Result<std::vector<Timestamp>>(std::vector<Timestamp>{});
        if (!entries) {
            // Unknown activity: as if there had been a break, so the question is asked.
            log::ui()->warn("could not read the entries' times: {}", entries.error().message);
            return std::vector<Timestamp>{};
        }
        if (q.general())
            general[since] = *entries;
        return std::move(*entries);
    };
    return screening::due(questions, answers, *m_knowledge, history, activity, m_clock.now(),
                          thisYear());
}

QVariantList SpotGuide::questionsDue(const QString& regionId) const {
    QVariantList out;
    if (m_knowledge == nullptr)
        return out;
    const auto answered = allAnswers();
    const HealthHistory h = history(answered);
    for (const HistoryFact* f : screening::factsToAsk(*m_knowledge, h))
        out.append(QVariant::fromValue(
            QuestionInfo{toQString(f->id), WarningTier::None, toQString(f->question), true}));
    auto questions = m_knowledge->generalQuestions();
    if (!regionId.isEmpty()) {
        for (const RedFlagQuestion* q : m_knowledge->questionsFor(regionId.toStdString())) {
            if (std::find(questions.begin(), questions.end(), q) == questions.end())
                questions.push_back(q);
        }
    }
    for (const RedFlagQuestion* q : due(questions, answered, h))
        out.append(question(*q, h));
    return out;
}

bool SpotGuide::applies(const QString& questionId, const QVariantMap& sheet, int birthYear) const {
    const RedFlagQuestion* q =
        m_knowledge != nullptr ? m_knowledge->redFlag(questionId.toStdString()) : nullptr;
    if (q == nullptr)
        return true; // a history fact: always asked
    HealthHistory h = history(allAnswers());
    for (auto it = sheet.begin(); it != sheet.end(); ++it) {
        if (m_knowledge->historyFact(it.key().toStdString()) != nullptr && it.value().isValid())
            h.facts[it.key().toStdString()] = it.value().toBool();
    }
    if (birthYear > 0)
        h.birthYear = birthYear;
    return knotmap::applies(*q, h, thisYear());
}

QVariantList SpotGuide::historyFacts() const {
    QVariantList out;
    if (m_knowledge == nullptr)
        return out;
    const HealthHistory h = history(allAnswers());
    for (const HistoryFact& f : m_knowledge->historyFacts()) {
        const auto said = h.facts.find(f.id);
        out.append(QVariant::fromValue(
            HistoryFactInfo{toQString(f.id), toQString(f.question),
                            said != h.facts.end() ? QVariant(said->second) : QVariant()}));
    }
    return out;
}

bool SpotGuide::setHistoryFact(const QString& id, bool yes) {
    if (m_knowledge == nullptr || m_knowledge->historyFact(id.toStdString()) == nullptr)
        return false;
    return answer({id}, {yes}, QString());
}

QString SpotGuide::setBirthYear(int year) {
    const std::optional<int> given = year > 0 ? std::optional(year) : std::nullopt;
    if (m_store == nullptr)
        return tr("It could not be saved.");
    if (auto ok = saveBirthYear(*m_store, given, m_clock); !ok) {
        if (ok.error().code == ErrorCode::InvalidInput)
            return toQString(ok.error().message);
        // Not saved (read-only): it counts for this run all the same.
        log::ui()->warn("the year of birth was kept for this run only: {}", ok.error().message);
    }
    m_birthYear = BirthYear{true, given};
    refresh();
    return {};
}

QVariantList SpotGuide::questionsForFeeling(const QString& placeId, int kinds,
                                            const QDateTime& since) const {
    QVariantList out;
    const BodyPlace* place = m_atlas != nullptr ? m_atlas->place(placeId.toStdString()) : nullptr;
    if (m_knowledge == nullptr || place == nullptr || kinds <= 0)
        return out;
    const Timestamp from{std::chrono::seconds{since.toSecsSinceEpoch()}};
    const auto answered = allAnswers();
    for (const RedFlagQuestion* q :
         m_knowledge->questionsForFeeling(*place, static_cast<unsigned>(kinds))) {
        const bool askedSince =
            std::any_of(answered.begin(), answered.end(), [&](const RedFlagAnswer& a) {
                return a.questionId == q->id && a.answeredAt >= from;
            });
        if (!askedSince)
            out.append(question(*q, history(answered)));
    }
    return out;
}

QVariantList SpotGuide::generalQuestions() const {
    QVariantList out;
    if (m_knowledge != nullptr) {
        const HealthHistory h = history(allAnswers());
        for (const RedFlagQuestion* q : m_knowledge->generalQuestions()) {
            if (knotmap::applies(*q, h, thisYear()))
                out.append(question(*q, h));
        }
    }
    return out;
}

QVariantList SpotGuide::flaggedQuestions() const {
    QVariantList out;
    if (m_knowledge == nullptr)
        return out;
    const HealthHistory h = history(allAnswers());
    for (const auto& id : m_triage.questions) {
        if (const RedFlagQuestion* q = m_knowledge->redFlag(id))
            out.append(question(*q, h));
    }
    return out;
}

QStringList SpotGuide::flagged() const {
    QStringList out;
    for (const QVariant& q : flaggedQuestions())
        out << q.value<QuestionInfo>().question;
    return out;
}

bool SpotGuide::answer(const QStringList& questions, const QList<bool>& yes,
                       const QString& regionId) {
    if (questions.size() != yes.size())
        return false;
    bool allSaved = true;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const RedFlagAnswer answer{0, questions[i].toStdString(), yes[i], m_clock.now(),
                                   regionId.toStdString()};
        const bool saved = m_answers != nullptr && m_answers->add(answer).ok();
        if (!saved)
            m_unsaved.push_back(answer);
        allSaved = allSaved && saved;
    }
    if (allSaved)
        log::ui()->info("red-flag answers saved");
    else
        log::ui()->warn("red-flag answers kept for this run only: they could not be saved");
    refresh();
    return allSaved;
}

void SpotGuide::refresh() {
    if (m_knowledge == nullptr)
        return;
    if (m_store != nullptr) {
        auto cleared = loadClinicianClearance(*m_store);
        if (cleared && cleared->has_value() && (!m_clearedAt || **cleared > *m_clearedAt))
            m_clearedAt = **cleared;
        // A year given this run and not saved (read-only) still counts.
        if (auto year = loadBirthYear(*m_store); year && year->asked)
            m_birthYear = *year;
    }
    const auto answers = allAnswers();
    const HealthHistory h = history(answers);
    m_triage = triage(answers, *m_knowledge, TriageContext{m_clearedAt, h, thisYear()});
    m_screeningDue = !screening::factsToAsk(*m_knowledge, h).empty() ||
                     !due(m_knowledge->generalQuestions(), answers, h).empty();
    emit triageChanged();
}

} // namespace knotmap::ui
