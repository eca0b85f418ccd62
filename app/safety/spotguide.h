// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/kinds.h"

#include "knotmap/atlas.h"
#include "knotmap/knowledge.h"
#include "knotmap/redflags.h"
#include "knotmap/sessions.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// What KnotMap knows about a spot, typed for QML.
struct MuscleAdvice {
    Q_GADGET
    QML_VALUE_TYPE(muscleAdvice)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString plain MEMBER plain)
    Q_PROPERTY(QString refers MEMBER refers)
    Q_PROPERTY(QString sometimes MEMBER sometimes)
    Q_PROPERTY(QString id MEMBER id)

public:
    QString name;
    QString plain;     // in plain words
    QString refers;    // where it commonly sends pain, in words
    QString sometimes; // where it sometimes does
    QString id;        // the muscle's, for its own referral pattern
};

struct TechniqueAdvice {
    Q_GADGET
    QML_VALUE_TYPE(techniqueAdvice)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString dose MEMBER dose)
    Q_PROPERTY(QStringList steps MEMBER steps)
    Q_PROPERTY(QStringList cautions MEMBER cautions)

public:
    QString id;
    QString name;
    QString kind;
    QString dose;
    QStringList steps;
    QStringList cautions;
};

struct Advice {
    Q_GADGET
    QML_VALUE_TYPE(advice)
    Q_PROPERTY(QVariantList muscles MEMBER muscles)
    Q_PROPERTY(QStringList causes MEMBER causes)
    Q_PROPERTY(QVariantList techniques MEMBER techniques)
    Q_PROPERTY(QStringList takeCare MEMBER takeCare)
    Q_PROPERTY(QStringList prevention MEMBER prevention)
    Q_PROPERTY(QString expect MEMBER expect)
    Q_PROPERTY(QString professional MEMBER professional)
    Q_PROPERTY(QString professionalsOffer MEMBER professionalsOffer)
    Q_PROPERTY(QStringList sources MEMBER sources)

public:
    QVariantList muscles; // MuscleAdvice
    QStringList causes;
    QVariantList techniques; // TechniqueAdvice
    QStringList takeCare;    // the spot's cautions (CautionSite): what not to do there
    QStringList prevention;
    QString expect;
    QString professional;
    QString professionalsOffer;
    QStringList sources; // every source cited above, each once
};

// A muscle that may send pain to where it is felt.
struct SourceCandidate {
    Q_GADGET
    QML_VALUE_TYPE(sourceCandidate)
    Q_PROPERTY(QString muscle MEMBER muscle)
    Q_PROPERTY(QString plain MEMBER plain)
    Q_PROPERTY(QString zone MEMBER zone)
    Q_PROPERTY(bool common MEMBER common)
    Q_PROPERTY(QStringList regions MEMBER regions)
    Q_PROPERTY(int score MEMBER score)

public:
    QString muscle;
    QString plain;
    QString zone;
    bool common = false; // it commonly refers there (not only sometimes)
    QStringList regions;
    int score = 0; // as core ranks it: muscles of one score are tied
};

// Where a knot's muscles send pain, as places to paint on the figure.
struct ReferralMap {
    Q_GADGET
    QML_VALUE_TYPE(referralMap)
    Q_PROPERTY(QStringList common MEMBER common)
    Q_PROPERTY(QStringList sometimes MEMBER sometimes)

public:
    QStringList common;    // places, filled
    QStringList sometimes; // places, stippled
};

// A warning-sign question.
struct QuestionInfo {
    Q_GADGET
    QML_VALUE_TYPE(questionInfo)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(knotmap::ui::WarningTier::Value tier MEMBER tier)
    Q_PROPERTY(QString question MEMBER question)
    Q_PROPERTY(bool fact MEMBER fact)

public:
    QString id;
    WarningTier::Value tier = WarningTier::None;
    QString question;
    bool fact = false; // a history fact (HistoryFact), not a warning sign: tier None
};

// A fact of the person's health history and what they said, for Your data.
struct HistoryFactInfo {
    Q_GADGET
    QML_VALUE_TYPE(historyFactInfo)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString question MEMBER question)
    Q_PROPERTY(QVariant value MEMBER value)

public:
    QString id;
    QString question;
    QVariant value; // true, false, or undefined when not said
};

// What KnotMap can tell about a spot, for QML, and the red-flag screen: its questions,
// saving the answers, and what they mean for self-care advice. Knowledge and triage
// rules live in core; this turns them into words and lists.
class SpotGuide : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(knotmap::ui::WarningTier::Value tier READ tier NOTIFY triageChanged)
    Q_PROPERTY(bool selfCareShown READ selfCareShown NOTIFY triageChanged)
    Q_PROPERTY(QStringList flagged READ flagged NOTIFY triageChanged)
    // The first-use questions (the history facts and the general screen) are due: no
    // self-care advice is shown until they are answered (screening.h says when).
    Q_PROPERTY(bool screeningDue READ screeningDue NOTIFY triageChanged)
    // The history facts with what was said: [HistoryFactInfo].
    Q_PROPERTY(QVariantList historyFacts READ historyFacts NOTIFY triageChanged)
    // The year of birth given, or 0.
    Q_PROPERTY(int birthYear READ birthYear NOTIFY triageChanged)
    // Whether the year of birth has been asked (it may have been left out).
    Q_PROPERTY(bool birthYearAsked READ birthYearAsked NOTIFY triageChanged)

public:
    // Any pointer may be null (nothing loaded): the guide then says nothing.
    SpotGuide(const KnowledgeBase* knowledge, const BodyAtlas* atlas,
              RedFlagAnswerRepository* answers, Store* store, const Clock& clock,
              QObject* parent = nullptr);

    WarningTier::Value tier() const { return toWarningTier(m_triage.tier); }
    bool selfCareShown() const { return m_triage.selfCareShown; }
    // Whether an urgent "yes" pauses self-care in the region (core's Triage::selfCareIn;
    // an emergency hides it everywhere instead, see selfCareShown). Changes with
    // triageChanged: a binding that calls it reads `tier` too, to follow it.
    Q_INVOKABLE bool selfCarePausedIn(const QString& regionId) const {
        return m_triage.selfCareShown && !m_triage.selfCareIn(regionId.toStdString());
    }
    // The questions answered "yes" at the most serious tier, as asked.
    QStringList flagged() const;
    bool screeningDue() const { return m_screeningDue; }
    QVariantList historyFacts() const;
    int birthYear() const { return m_birthYear.year.value_or(0); }
    bool birthYearAsked() const { return m_birthYear.asked; }

    // {muscles: [{name, plain, refers, sometimes}], causes: [text], techniques: [{id,
    // name, dose, steps, cautions}], prevention: [text], expect, professional,
    // professionalsOffer, sources: [citation]}; empty for an unknown region.
    Q_INVOKABLE knotmap::ui::Advice advice(const QString& regionId) const;
    // Muscles that may cause pain felt at a place: [{muscle, plain, zone, common, regions}].
    // `otherPain`: the places of the person's other pain marks, which order tied muscles.
    Q_INVOKABLE QVariantList likelySources(const QString& placeId, const QString& side,
                                           const QStringList& otherPain = {}) const;
    // Where a knot in the region commonly and sometimes sends pain (empty for no region).
    Q_INVOKABLE knotmap::ui::ReferralMap referral(const QString& regionId) const;
    // One of the region's muscles alone, on the region's side.
    Q_INVOKABLE knotmap::ui::ReferralMap muscleReferral(const QString& regionId,
                                                        const QString& muscleId) const;
    // For each of these pain places that lies in the region's pattern, a sentence saying
    // so ("Right temple: your pain there lies in the area this knot commonly sends pain to.").
    Q_INVOKABLE QStringList painInPattern(const QString& regionId,
                                          const QStringList& painPlaces) const;
    // What to ask now when a knot is logged in the region or pain marked in the place ("" for
    // the first-use screen alone), as core's screening rule says: the history facts never
    // answered, then the general questions and the region's own that are due, each once:
    // [QuestionInfo].
    Q_INVOKABLE QVariantList questionsDue(const QString& regionId) const;
    // Whether a question is for this person, with the history facts `sheet` holds ({id:
    // bool}, answers not yet saved) over those already said, and `birthYear` (0: as saved).
    Q_INVOKABLE bool applies(const QString& questionId, const QVariantMap& sheet,
                             int birthYear = 0) const;
    // Asks the window to put up the questions due for the region (questionsDue), as
    // logging a knot does; any view may ask, the window's one sheet answers.
    Q_INVOKABLE void requestQuestions(const QString& regionId) {
        emit questionsRequested(regionId);
    }
    // Saves what the person says of a history fact (Your data); false if it was not saved.
    Q_INVOKABLE bool setHistoryFact(const QString& id, bool yes);
    // Saves the year of birth (0: not said). Returns "" or why it was refused.
    Q_INVOKABLE QString setBirthYear(int year);
    // The questions that pain of these kinds (PainQuality bits) felt at the place asks,
    // but for those answered since `since` (when the pain was marked): [{id, tier,
    // question}].
    Q_INVOKABLE QVariantList questionsForFeeling(const QString& placeId, int kinds,
                                                 const QDateTime& since) const;
    // The general screen: [{id, tier, question}].
    Q_INVOKABLE QVariantList generalQuestions() const;
    // The questions answered "yes" at the current tier: [{id, tier, question}].
    Q_INVOKABLE QVariantList flaggedQuestions() const;
    // Saves answers [{id, yes}] with their time and re-runs triage; returns false if any
    // could not be saved. An answer that could not be saved (a read-only database) still
    // counts for the rest of this run: the warning must not depend on the disk.
    Q_INVOKABLE bool answer(const QStringList& questions, const QList<bool>& yes,
                            const QString& regionId);

    // The person says a clinician has seen their urgent answers and said self-care is fine:
    // kept with today's date, and self-care comes back. Returns false if it could not be
    // saved; it counts for the rest of this run all the same.
    Q_INVOKABLE bool clinicianSaidSelfCareIsFine();

    // Words for a technique's dose: "Hold 30-90 s", "2 min cold, 1 min heat, 10-15 min in all".
    static QString doseText(const Technique& technique);

    // Re-read the answers and re-run triage (after the data was replaced by a restore, and
    // before asking: time may have passed since, and a "no" lapsed).
    Q_INVOKABLE void refresh();

signals:
    void triageChanged();
    void questionsRequested(const QString& regionId);

private:
    std::vector<RedFlagAnswer> allAnswers() const;
    HealthHistory history(const std::vector<RedFlagAnswer>& answers) const;
    int thisYear() const;
    QVariant question(const RedFlagQuestion& q, const HealthHistory& history) const;
    std::vector<const RedFlagQuestion*> due(const std::vector<const RedFlagQuestion*>& questions,
                                            const std::vector<RedFlagAnswer>& answers,
                                            const HealthHistory& history) const;
    const KnowledgeBase* m_knowledge;
    const BodyAtlas* m_atlas;
    RedFlagAnswerRepository* m_answers;
    Store* m_store;
    const Clock& m_clock;
    std::optional<Timestamp> m_clearedAt;
    Triage m_triage;
    std::vector<RedFlagAnswer> m_unsaved; // answered this run, not in the database
    BirthYear m_birthYear;
    bool m_screeningDue = false;
};

} // namespace knotmap::ui
