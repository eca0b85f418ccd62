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
    , m_knots(new KnotListModel(m_knotRepository.get(), atlas, this))
    , m_today(new TodayCheckIn(m_checkInRepository.get(), clock, this))
    , m_checkIns(new CheckInListModel(m_checkInRepository.get(), clock, this))
    , m_sessions(new SessionListModel(m_sessionRepository.get(), clock, knowledge, atlas, this))
    , m_painAreas(new PainAreaListModel(m_painAreaRepository.get(), atlas, this))
    , m_bodyMap(new BodyMap(atlas, m_knotRepository.get(), m_knots, m_painAreaRepository.get(),
                            m_painAreas, clock, this))
    , m_guide(new SpotGuide(knowledge, atlas, m_redFlagRepository.get(), clock, this))
    , m_runner(new SessionRunner(knowledge, atlas, m_store.get(), m_knotRepository.get(), m_knots,
                                 m_sessions, clock, steady, this))
    , m_reminder(new BreakReminder(m_store.get(), clock, this))
    , m_history(new PainHistory(sources(atlas, knowledge), clock, this))
    , m_story(new KnotStory(m_knotRepository.get(), m_sessionRepository.get(), atlas, knowledge,
                            clock, this))
    , m_report(new ReportBuilder(sources(atlas, knowledge), clock, this))
    , m_data(new DataCare(m_store.get(), atlas, knowledge, clock, this))
    , m_recovery(new StartupRecovery(m_options.databasePath.toStdString(),
                                     m_store == nullptr && m_options.databaseRefused, clock,
                                     this)) {
    connect(m_data, &DataCare::restored, this, [this] {
        // Everything on screen came from the data a restore replaced.
        m_knots->reload();
        m_painAreas->reload();
        m_checkIns->reload();
        m_sessions->reload();
        m_today->reload();
        m_guide->refresh();
        m_reminder->reload();
        m_history->reload();
        m_story->reload();
    });
    connect(m_today, &TodayCheckIn::saved, m_checkIns, &CheckInListModel::reload);
    connect(m_today, &TodayCheckIn::saved, m_history, &PainHistory::reload);
    connect(m_runner, &SessionRunner::saved, m_history, &PainHistory::reload);
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

// The models hold pointers into the repositories: destroy them first.
AppState::~AppState() {
    m_bodyMap->commitDelete(); // a delete not undone by the time KnotMap closes stands
    delete m_data;
    delete m_report;
    delete m_story;
    delete m_history;
    delete m_reminder;
    delete m_runner;
    delete m_guide;
    delete m_bodyMap;
    delete m_painAreas;
    delete m_knots;
    delete m_today;
    delete m_checkIns;
    delete m_sessions;
}

} // namespace knotmap::ui
