// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appstate.h"

namespace knotmap::ui {

namespace {
template <typename Repo> std::unique_ptr<Repo> repository(Store* store, const Clock& clock) {
    return store != nullptr ? std::make_unique<Repo>(*store, clock) : nullptr;
}
} // namespace

AppState::AppState(std::unique_ptr<Store> store, const BodyAtlas* atlas,
                   const KnowledgeBase* knowledge, QString startupError, const Clock& clock,
                   const MonotonicClock& steady, Options options, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_startupError(std::move(startupError))
    , m_options(std::move(options))
    , m_knotRepository(repository<KnotRepository>(m_store.get(), clock))
    , m_checkInRepository(repository<CheckInRepository>(m_store.get(), clock))
    , m_sessionRepository(repository<SelfCareSessionRepository>(m_store.get(), clock))
    , m_painAreaRepository(repository<PainAreaRepository>(m_store.get(), clock))
    , m_redFlagRepository(repository<RedFlagAnswerRepository>(m_store.get(), clock))
    , m_knots(std::make_unique<KnotListModel>(m_knotRepository.get(), atlas, this))
    , m_today(std::make_unique<TodayCheckIn>(m_checkInRepository.get(), clock, this))
    , m_checkIns(std::make_unique<CheckInListModel>(m_checkInRepository.get(), clock, this))
    , m_sessions(std::make_unique<SessionListModel>(m_sessionRepository.get(), clock, knowledge,
                                                    atlas, this))
    , m_painAreas(std::make_unique<PainAreaListModel>(m_painAreaRepository.get(), atlas, this))
    , m_atlas(std::make_unique<AtlasView>(atlas, this))
    , m_knotEditor(std::make_unique<KnotEditor>(atlas, m_knotRepository.get(), clock, this))
    , m_painMarks(std::make_unique<PainMarks>(atlas, m_painAreaRepository.get(), m_painAreas.get(),
                                              clock, this))
    , m_guide(std::make_unique<SpotGuide>(knowledge, atlas, m_redFlagRepository.get(),
                                          m_store.get(), clock, this))
    , m_helpLines(std::make_unique<HelpLines>(knowledge, m_store.get(), this))
    , m_runner(std::make_unique<SessionRunner>(knowledge, atlas, m_store.get(),
                                               m_knotRepository.get(), clock, steady, this))
    , m_reminder(std::make_unique<BreakReminder>(m_store.get(), clock, this))
    , m_history(std::make_unique<PainHistory>(sources(atlas, knowledge), clock, this))
    , m_story(std::make_unique<KnotStory>(m_knotRepository.get(), m_sessionRepository.get(), atlas,
                                          knowledge, clock, this))
    , m_report(std::make_unique<ReportBuilder>(sources(atlas, knowledge), clock, this))
    , m_data(std::make_unique<DataCare>(m_store.get(), atlas, knowledge, clock, this))
    , m_recovery(std::make_unique<StartupRecovery>(m_options.databasePath.toStdString(),
                                                   m_store == nullptr && m_options.databaseRefused,
                                                   clock, this)) {
    connectChanges();
}

void AppState::connectChanges() {
    PainHistory* history = m_history.get();
    const auto knotsChanged = [this, history] {
        m_knots->reload();
        m_story->reload();
        history->markStale();
    };
    connect(m_knotEditor.get(), &KnotEditor::knotsChanged, this, knotsChanged);
    connect(m_knotEditor.get(), &KnotEditor::pendingDeleteChanged, this,
            [this] { m_knots->setHidden(m_knotEditor->pendingDelete()); });
    connect(m_painMarks.get(), &PainMarks::painChanged, this, [this, history] {
        m_painAreas->reload();
        history->markStale();
    });
    connect(m_runner.get(), &SessionRunner::saved, this, [this, knotsChanged](qint64 knotId) {
        m_sessions->reload();
        knotsChanged(); // a session on a knot leaves a reading of it
        if (knotId != 0)
            m_knotEditor->changedElsewhere(knotId);
    });
    connect(m_sessions.get(), &SessionListModel::sessionsChanged, this, [this, history] {
        m_sessions->reload();
        m_story->reload();
        history->markStale();
    });
    connect(m_today.get(), &TodayCheckIn::saved, this, [this, history] {
        m_checkIns->reload();
        history->markStale();
    });
    connect(m_data.get(), &DataCare::restored, this, [this, history] {
        // Everything on screen came from the data a restore or an import replaced.
        m_knots->reload();
        m_painAreas->reload();
        m_checkIns->reload();
        m_sessions->reload();
        m_today->reload();
        m_guide->refresh();
        m_reminder->reload();
        m_story->reload();
        history->markStale();
    });
}

QString AppState::readOnlyReason() const {
    return m_store != nullptr ? QString::fromStdString(m_store->readOnlyReason()) : QString();
}

DataSources AppState::sources(const BodyAtlas* atlas, const KnowledgeBase* knowledge) const {
    return {m_store.get(),
            m_checkInRepository.get(),
            m_sessionRepository.get(),
            m_knotRepository.get(),
            m_painAreaRepository.get(),
            m_redFlagRepository.get(),
            atlas,
            knowledge};
}

AppState::~AppState() {
    m_knotEditor->commitDelete(); // a delete not undone by the time KnotMap closes stands
    // The members go in the reverse of their declaration: adapters, then repositories,
    // then the store.
}

} // namespace knotmap::ui
