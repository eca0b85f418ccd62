// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bodymap/knoteditor.h"
#include "bodymap/knotlistmodel.h"
#include "bodymap/painarealistmodel.h"
#include "bodymap/painmarks.h"
#include "checkin/checkinlistmodel.h"
#include "checkin/todaycheckin.h"
#include "data/datacare.h"
#include "figure/atlasview.h"
#include "history/knotstory.h"
#include "history/painhistory.h"
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/painareas.h"
#include "knotmap/redflags.h"
#include "knotmap/sessions.h"
#include "knotmap/store.h"
#include "report/reportbuilder.h"
#include "safety/helplines.h"
#include "safety/spotguide.h"
#include "selfcare/breakreminder.h"
#include "selfcare/sessionlistmodel.h"
#include "selfcare/sessionrunner.h"
#include "shell/startuprecovery.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace knotmap::ui {

// Everything the QML needs, built once by the composition root and handed to Main.qml
// as its required `app` property. Owns the store and the repositories; when the store
// could not be opened it holds only the reason, and every model stays empty.
class AppState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by main.cpp")
    Q_PROPERTY(QString startupError READ startupError CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason CONSTANT)
    Q_PROPERTY(bool darkTheme READ darkTheme CONSTANT)

    Q_PROPERTY(KnotListModel* knots READ knots CONSTANT)
    Q_PROPERTY(TodayCheckIn* today READ today CONSTANT)
    Q_PROPERTY(CheckInListModel* checkIns READ checkIns CONSTANT)
    Q_PROPERTY(SessionListModel* sessions READ sessions CONSTANT)
    Q_PROPERTY(AtlasView* atlas READ atlas CONSTANT)
    Q_PROPERTY(KnotEditor* knotEditor READ knotEditor CONSTANT)
    Q_PROPERTY(PainMarks* painMarks READ painMarks CONSTANT)
    Q_PROPERTY(PainAreaListModel* painAreas READ painAreas CONSTANT)
    Q_PROPERTY(SpotGuide* guide READ guide CONSTANT)
    Q_PROPERTY(HelpLines* helpLines READ helpLines CONSTANT)
    Q_PROPERTY(SessionRunner* runner READ runner CONSTANT)
    Q_PROPERTY(BreakReminder* reminder READ reminder CONSTANT)
    Q_PROPERTY(PainHistory* history READ history CONSTANT)
    Q_PROPERTY(KnotStory* story READ story CONSTANT)
    Q_PROPERTY(ReportBuilder* report READ report CONSTANT)
    Q_PROPERTY(DataCare* data READ data CONSTANT)
    Q_PROPERTY(StartupRecovery* recovery READ recovery CONSTANT)

public:
    struct Options {
        QString databasePath;
        bool demo = false;
        bool darkTheme = false;
        // The database was refused (damaged, not a database, newer): offer a backup.
        bool databaseRefused = false;
    };

    // `store` or `atlas` is null when loading it failed; `startupError` then says why,
    // for the user, and nothing can be saved. `atlas` must outlive the AppState.
    AppState(std::unique_ptr<Store> store, const BodyAtlas* atlas, const KnowledgeBase* knowledge,
             QString startupError, const Clock& clock, const MonotonicClock& steady,
             Options options, QObject* parent = nullptr);
    ~AppState() override;

    QString startupError() const { return m_startupError; }
    QString databasePath() const { return m_options.databasePath; }
    bool demo() const { return m_options.demo; }
    // Why nothing can be saved (the database is read-only), or "".
    QString readOnlyReason() const;
    bool darkTheme() const { return m_options.darkTheme; }

    KnotListModel* knots() const { return m_knots.get(); }
    TodayCheckIn* today() const { return m_today.get(); }
    CheckInListModel* checkIns() const { return m_checkIns.get(); }
    SessionListModel* sessions() const { return m_sessions.get(); }
    AtlasView* atlas() const { return m_atlas.get(); }
    KnotEditor* knotEditor() const { return m_knotEditor.get(); }
    PainMarks* painMarks() const { return m_painMarks.get(); }
    PainAreaListModel* painAreas() const { return m_painAreas.get(); }
    SpotGuide* guide() const { return m_guide.get(); }
    HelpLines* helpLines() const { return m_helpLines.get(); }
    SessionRunner* runner() const { return m_runner.get(); }
    BreakReminder* reminder() const { return m_reminder.get(); }
    PainHistory* history() const { return m_history.get(); }
    KnotStory* story() const { return m_story.get(); }
    ReportBuilder* report() const { return m_report.get(); }
    DataCare* data() const { return m_data.get(); }
    StartupRecovery* recovery() const { return m_recovery.get(); }
    // The open store (null when none), for main.cpp and tests; QML never sees it.
    Store* store() const { return m_store.get(); }

private:
    DataSources sources(const BodyAtlas* atlas, const KnowledgeBase* knowledge) const;
    // The one place that says which views follow which change: each adapter that writes
    // emits a domain signal (KnotEditor::knotsChanged, SessionRunner::saved,
    // TodayCheckIn::saved, DataCare::restored, ...); here each is connected to the views
    // that show what changed. History is only marked stale: it reads again when shown.
    void connectChanges();

    // Declared in the order they depend on each other, so they are destroyed in the
    // reverse: every adapter before the repositories it reads, those before the store.
    std::unique_ptr<Store> m_store;
    QString m_startupError;
    Options m_options;
    std::unique_ptr<KnotRepository> m_knotRepository;
    std::unique_ptr<CheckInRepository> m_checkInRepository;
    std::unique_ptr<SelfCareSessionRepository> m_sessionRepository;
    std::unique_ptr<PainAreaRepository> m_painAreaRepository;
    std::unique_ptr<RedFlagAnswerRepository> m_redFlagRepository;
    std::unique_ptr<KnotListModel> m_knots;
    std::unique_ptr<TodayCheckIn> m_today;
    std::unique_ptr<CheckInListModel> m_checkIns;
    std::unique_ptr<SessionListModel> m_sessions;
    std::unique_ptr<PainAreaListModel> m_painAreas;
    std::unique_ptr<AtlasView> m_atlas;
    std::unique_ptr<KnotEditor> m_knotEditor;
    std::unique_ptr<PainMarks> m_painMarks;
    std::unique_ptr<SpotGuide> m_guide;
    std::unique_ptr<HelpLines> m_helpLines;
    std::unique_ptr<SessionRunner> m_runner;
    std::unique_ptr<BreakReminder> m_reminder;
    std::unique_ptr<PainHistory> m_history;
    std::unique_ptr<KnotStory> m_story;
    std::unique_ptr<ReportBuilder> m_report;
    std::unique_ptr<DataCare> m_data;
    std::unique_ptr<StartupRecovery> m_recovery;
};

} // namespace knotmap::ui
