// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/knoteditor.h"

#include "common/choice.h"
#include "common/convert.h"
#include "common/dates.h"
#include "figure/atlasview.h"
#include "history/insighttext.h"
#include "knotmap/log.h"

#include <QCoreApplication>
#include <QDateTime>

namespace knotmap::ui {
KnotEditor::KnotEditor(const BodyAtlas* atlas, KnotRepository* knots, const Clock& clock,
                       QObject* parent)
    : FieldErrors(parent)
    , m_atlas(atlas)
    , m_knots(knots)
    , m_clock(clock) {}

QString KnotEditor::now() const {
    return dates::editable(toQDateTime(m_clock.now()));
}

std::optional<Timestamp> KnotEditor::parseWhen(const QString& when) {
    const QDateTime t = dates::fromEditable(when);
    if (!t.isValid()) {
        setError(tr("Write the date and time like %1.").arg(now()), QStringLiteral("when"));
        return std::nullopt;
    }
    return Timestamp{std::chrono::seconds{t.toSecsSinceEpoch()}};
}

qint64 KnotEditor::logKnot(int view, qreal x, qreal y, int tenderness, int qualities,
                           const QString& note, const QString& when, const QString& region) {
    if (m_knots == nullptr || m_atlas == nullptr) {
        setError(tr("No database is open, so nothing can be saved."), {});
        return 0;
    }
    const auto v = toBodyView(view);
    const BodyRegion* r = nullptr;
    if (v) {
        // The chosen muscle must be one under the point; none chosen is the surface one.
        for (const BodyRegion* under : m_atlas->regionsAt(*v, {x, y})) {
            if (region.isEmpty() || under->id == region.toStdString()) {
                r = under;
                break;
            }
        }
    }
    if (r == nullptr) {
        setError(tr("Knots can be logged on the outlined muscle areas only."),
                 QStringLiteral("place"));
        return 0;
    }
    const auto at = parseWhen(when);
    if (!at)
        return 0;
    const Knot knot{0, BodyPoint{*v, x, y, r->id, r->side}, KnotStatus::Active, *at, std::nullopt};
    const KnotObservation first{
        0, 0, *at, tenderness, static_cast<unsigned>(qualities), note.toStdString()};
    auto id = m_knots->add(knot, first);
    if (!id) {
        report(id.error());
        return 0;
    }
    log::ui()->info("knot logged in region {}", r->id);
    clearError();
    emit knotsChanged();
    emit knotLogged(*id);
    return *id;
}

QVariantList KnotEditor::qualityChoices() const {
    return ui::qualityChoices(kKnotQualities);
}

bool KnotEditor::report(const Error& error) {
    const std::string& field = error.field;
    const bool isTime = field == "createdAt" || field == "observedAt" || field == "resolvedAt";
    setError(QString::fromStdString(error.message),
             isTime ? QStringLiteral("when") : QString::fromStdString(field));
    return false;
}

void KnotEditor::changed(RowId knotId) {
    clearError();
    emit knotsChanged();
    emit knotChanged(knotId);
}

KnotInfo KnotEditor::knot(qint64 id) const {
    if (m_knots == nullptr)
        return {};
    auto k = m_knots->get(id);
    if (!k)
        return {};
    const RegionInfo region = regionInfo(m_atlas, toQString(k->place.regionId));
    auto readings = m_knots->observations(id);
    KnotInfo info;
    info.id = k->id;
    info.region = toQString(k->place.regionId);
    info.regionName = regionName(m_atlas, k->place.regionId);
    info.plainName = region.plainName;
    info.view = toFigureView(k->place.view);
    info.side = toQString(toString(k->place.side));
    info.x = k->place.x;
    info.y = k->place.y;
    info.status = toKnotState(k->status);
    info.statusText = insight::statusName(k->status);
    info.firstNoted = toQDateTime(k->createdAt);
    info.tenderness = readings && !readings->empty() ? readings->back().tenderness : -1;
    return info;
}

QVariantList KnotEditor::readings(qint64 id) const {
    QVariantList out;
    if (m_knots == nullptr)
        return out;
    auto readings = m_knots->observations(id);
    if (!readings)
        return out;
    for (auto it = readings->rbegin(); it != readings->rend(); ++it) {
        ReadingInfo reading;
        reading.id = it->id;
        reading.when = toQDateTime(it->observedAt);
        reading.tenderness = it->tenderness;
        reading.qualities = static_cast<int>(it->qualities);
        reading.words = QString::fromStdString(painWords(it->qualities));
        reading.note = toQString(it->note);
        out.append(QVariant::fromValue(reading));
    }
    return out;
}

std::optional<Timestamp> KnotEditor::writableAt(const QString& when) {
    if (m_knots == nullptr) {
        setError(tr("No database is open, so nothing can be saved."));
        return std::nullopt;
    }
    return parseWhen(when);
}

bool KnotEditor::logReading(qint64 knotId, int tenderness, int qualities, const QString& note,
                            const QString& when) {
    const auto at = writableAt(when);
    if (!at)
        return false;
    auto id = m_knots->addObservation(
        {0, knotId, *at, tenderness, static_cast<unsigned>(qualities), note.toStdString()});
    if (!id)
        return report(id.error());
    log::ui()->info("reading logged for a knot");
    changed(knotId);
    return true;
}

bool KnotEditor::editReading(qint64 readingId, qint64 knotId, int tenderness, int qualities,
                             const QString& note, const QString& when) {
    const auto at = writableAt(when);
    if (!at)
        return false;
    if (auto ok =
            m_knots->updateObservation({readingId, knotId, *at, tenderness,
                                        static_cast<unsigned>(qualities), note.toStdString()});
        !ok)
        return report(ok.error());
    changed(knotId);
    return true;
}

bool KnotEditor::setStatus(qint64 knotId, int state) {
    if (m_knots == nullptr)
        return false;
    const auto wanted = toKnotStatus(state);
    if (!wanted)
        return report(
            Error{ErrorCode::InvalidInput, tr("Unknown status.").toStdString(), "status"});
    auto k = m_knots->get(knotId);
    if (!k)
        return report(k.error());
    if (auto ok = m_knots->setStatus(knotId, *wanted, std::max(m_clock.now(), k->createdAt)); !ok)
        return report(ok.error());
    log::ui()->info("knot status changed");
    changed(knotId);
    return true;
}

void KnotEditor::deleteKnot(qint64 knotId) {
    commitDelete(); // only one delete waits for undo at a time
    m_pendingDelete = knotId;
    emit pendingDeleteChanged();
}

void KnotEditor::undoDelete() {
    if (m_pendingDelete == 0)
        return;
    m_pendingDelete = 0;
    emit pendingDeleteChanged();
}

bool KnotEditor::commitDelete() {
    if (m_pendingDelete == 0 || m_knots == nullptr)
        return true;
    const RowId id = m_pendingDelete;
    m_pendingDelete = 0;
    const Status removed = m_knots->remove(id);
    emit pendingDeleteChanged();
    if (!removed)
        return report(removed.error());
    log::ui()->info("knot deleted");
    emit knotsChanged();
    return true;
}

} // namespace knotmap::ui
