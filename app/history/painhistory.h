// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/kinds.h"

#include "common/datasources.h"
#include "history/painchart.h"
#include "knotmap/atlas.h"
#include "knotmap/history.h"
#include "knotmap/knowledge.h"

#include <QObject>

#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <future>
#include <memory>

namespace knotmap::ui {

// The rows History's lists show, typed (each list a QVariantList of one of these). Each
// compares by value, so a list read again unchanged is equal to the one shown, and its
// Repeater or ListView keeps its delegates instead of making them all again.
struct TechniqueRow {
    Q_GADGET
    QML_VALUE_TYPE(techniqueRow)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString techniqueId MEMBER techniqueId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(int sessions MEMBER sessions)
    Q_PROPERTY(QString time MEMBER time)
    Q_PROPERTY(QString effect MEMBER effect)
    Q_PROPERTY(bool hasEffect MEMBER hasEffect)

public:
    QString title;
    QString techniqueId;
    QString name;
    int sessions = 0;
    QString time;
    QString effect;
    bool hasEffect = false;

    bool operator==(const TechniqueRow&) const = default;
};

struct FactorRow {
    Q_GADGET
    QML_VALUE_TYPE(factorRow)
    Q_PROPERTY(QString key MEMBER key)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString mean MEMBER mean)
    Q_PROPERTY(QString sameDay MEMBER sameDay)
    Q_PROPERTY(QString nextDay MEMBER nextDay)
    Q_PROPERTY(bool notable MEMBER notable)
    Q_PROPERTY(int recorded MEMBER recorded)

public:
    QString key;
    QString label;
    QString mean;
    QString sameDay;
    QString nextDay;
    bool notable = false;
    int recorded = 0; // days with the factor recorded

    bool operator==(const FactorRow&) const = default;
};

struct PlaceRow {
    Q_GADGET
    QML_VALUE_TYPE(placeRow)
    Q_PROPERTY(QString regionId MEMBER regionId)
    Q_PROPERTY(QString name MEMBER name)
    // A FigureView value. An int, not the enum: Qt 6.4 will not pass an enum-typed
    // gadget member on to an int parameter (the call fails with "Type error").
    Q_PROPERTY(int view MEMBER view)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(qreal heat MEMBER heat)

public:
    QString regionId;
    QString name;
    int view = FigureView::Front;
    QString text;
    qreal heat = 0;

    bool operator==(const PlaceRow&) const = default;
};

struct KnotRow {
    Q_GADGET
    QML_VALUE_TYPE(knotRow)
    Q_PROPERTY(qint64 knotId MEMBER knotId)
    Q_PROPERTY(QString number MEMBER number)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(knotmap::ui::KnotState::Value status MEMBER status)
    Q_PROPERTY(QString statusText MEMBER statusText)
    Q_PROPERTY(QString noted MEMBER noted)
    Q_PROPERTY(int latest MEMBER latest)

public:
    qint64 knotId = 0;
    QString number; // "K3"
    QString name;
    KnotState::Value status = KnotState::Active;
    QString statusText;
    QString noted;
    int latest = -1; // the latest tenderness, -1 with none

    bool operator==(const KnotRow&) const = default;
};

// The History page over a chosen range: the daily chart, progress in clinical terms,
// what helps, what goes with worse days, where on the body, and every knot. The numbers
// come from core's history::overview and bodyHeat; the words from insighttext.h.
class PainHistory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY changed)
    Q_PROPERTY(QString rangeText READ rangeText NOTIFY changed)
    Q_PROPERTY(int dayCount READ dayCount NOTIFY changed)
    Q_PROPERTY(int daysWithEntries READ daysWithEntries NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString progress READ progress NOTIFY changed)
    Q_PROPERTY(QString prompt READ prompt NOTIFY changed)
    Q_PROPERTY(QString promptLevel READ promptLevel NOTIFY changed)
    // The pain extent in words: the last day's and the highest (the chart draws each day's).
    Q_PROPERTY(QString extentText READ extentText NOTIFY changed)
    Q_PROPERTY(QVariantList techniques READ techniques NOTIFY changed)
    Q_PROPERTY(QVariantList factors READ factors NOTIFY changed)
    Q_PROPERTY(QVariantList places READ places NOTIFY changed)
    Q_PROPERTY(QVariantMap heat READ heat NOTIFY changed)
    Q_PROPERTY(QStringList painRegions READ painRegions NOTIFY changed)
    Q_PROPERTY(QVariantList knots READ knots NOTIFY changed)
    // How many knots the range has, without handing QML the whole list to count.
    Q_PROPERTY(int knotCount READ knotCount NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    PainHistory(DataSources sources, const Clock& clock, QObject* parent = nullptr);

    // Days back from today to show; 0 shows everything (the chart from the first check-in).
    int rangeDays() const { return m_rangeDays; }
    void setRangeDays(int days);
    QString rangeText() const;
    int dayCount() const { return static_cast<int>(m_days.size()); }
    int daysWithEntries() const { return m_overview.daysWithEntries; }
    QString summary() const { return m_summary; }
    QString progress() const { return m_progress; }
    // A kind nudge to see a professional ("" when none), and how firm: "", "soon", "firm".
    QString prompt() const { return m_prompt; }
    QString promptLevel() const { return m_promptLevel; }
    QString extentText() const { return m_extentText; }
    // [{techniqueId, name, sessions, time, effect}], most used first.
    QVariantList techniques() const { return m_techniques; }
    // [{key, label, mean, sameDay, nextDay, notable}], in the Today page's order.
    QVariantList factors() const { return m_factors; }
    // The hottest regions: [{regionId, name, view, text, heat}].
    QVariantList places() const { return m_places; }
    // regionId -> 0..1 for the heat figures.
    QVariantMap heat() const { return m_heat; }
    QStringList painRegions() const { return m_painRegions; }
    // The knots there at some moment of the range, oldest first: [{knotId, number, name, status,
    // noted, latest}].
    QVariantList knots() const { return m_knots; }
    int knotCount() const { return static_cast<int>(m_knots.size()); }
    QString error() const { return m_error; }
    const std::vector<ChartDay>& days() const { return m_days; }

    // The values of one day of the chart, in a sentence.
    Q_INVOKABLE QString describeDay(int index) const;
    Q_INVOKABLE void reload();
    // What History shows changed (AppState calls this); read again when next shown.
    void markStale() { m_stale = true; }
    // Reads again if anything changed since the last read: the page calls this when shown.
    Q_INVOKABLE void refresh() {
        if (m_stale)
            reload();
    }

signals:
    void changed();

private:
    void clear();
    void showOverview();
    struct Places; // where knots and pain were, and every knot
    std::future<Places> readPlaces(TimeRange span);
    void showHeat(const std::vector<history::RegionHeat>& heat);
    void showKnots(const std::vector<KnotWithLatest>& knots, TimeRange span);
    DataSources m_sources;
    std::unique_ptr<Store> m_reader; // a second connection, opened on the first reload
    const Clock& m_clock;
    int m_rangeDays = 90;
    history::Overview m_overview;
    std::vector<ChartDay> m_days;
    QString m_summary;
    QString m_progress;
    QString m_prompt;
    QString m_promptLevel;
    QString m_extentText;
    QVariantList m_techniques;
    QVariantList m_factors;
    QVariantList m_places;
    bool m_stale = true; // nothing read yet
    QVariantMap m_heat;
    QStringList m_painRegions;
    QVariantList m_knots;
    QString m_error;
};

} // namespace knotmap::ui
