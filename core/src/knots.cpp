// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/knots.h"

#include "knotmap/text.h"
#include "knotmap/validation.h"
#include "rows.h"

namespace knotmap {
namespace {

constexpr const char* kKnotColumns =
    "id, view, x, y, region_id, side, status, created_at, resolved_at";
constexpr const char* kObservationColumns = "id, knot_id, observed_at, tenderness, qualities, note";

Knot readKnot(const sql::Statement& s) {
    Knot k;
    k.id = s.int64(0);
    k.place = rows::readPlace(s, 1);
    k.status = knotStatusFrom(s.text(6)).value_or(KnotStatus::Active);
    k.createdAt = rows::timestamp(s.int64(7));
    k.resolvedAt = rows::optionalTimestamp(s.optionalInt64(8));
    return k;
}

KnotObservation readObservation(const sql::Statement& s) {
    KnotObservation o;
    o.id = s.int64(0);
    o.knotId = s.int64(1);
    o.observedAt = rows::timestamp(s.int64(2));
    o.tenderness = s.integer(3);
    o.qualities = static_cast<unsigned>(s.int64(4));
    o.note = s.text(5);
    return o;
}

} // namespace

Result<RowId> KnotRepository::add(const Knot& knot, const KnotObservation& first) {
    if (auto ok = rules::checkKnot(knot, m_clock); !ok)
        return ok.error();
    KnotObservation obs = first;
    if (auto ok = rules::checkObservation(obs, m_clock); !ok)
        return ok.error();

    auto& db = m_store.database();
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return rows::writeFailed(tx.error());
    auto insert = db.prepare("INSERT INTO knot (view, x, y, region_id, side, status, created_at, "
                             "resolved_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return insert.error();
    rows::bindPlace(*insert, 1, knot.place);
    insert->bind(6, toString(knot.status))
        .bind(7, rows::seconds(knot.createdAt))
        .bind(8, rows::optionalSeconds(knot.resolvedAt));
    if (auto ok = insert->run(); !ok)
        return rows::writeFailed(ok.error());
    const RowId id = db.lastInsertRowId();
    if (auto ok = logStatus(id, KnotStatus::Active, knot.createdAt); !ok)
        return rows::writeFailed(ok.error());
    if (knot.status != KnotStatus::Active) {
        if (auto ok = logStatus(id, knot.status, knot.resolvedAt.value_or(knot.createdAt)); !ok)
            return rows::writeFailed(ok.error());
    }
    obs.knotId = id;
    if (auto added = addObservation(obs); !added)
        return added.error();
    if (auto ok = tx->commit(); !ok)
        return rows::writeFailed(ok.error());
    return id;
}

Status KnotRepository::logStatus(RowId id, KnotStatus status, Timestamp at) {
    auto stmt = m_store.database().prepare(
        "INSERT INTO knot_status_change (knot_id, status, changed_at) VALUES (?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id).bind(2, toString(status)).bind(3, rows::seconds(at));
    return stmt->run();
}

Status KnotRepository::update(const Knot& knot) {
    if (auto ok = rules::checkKnot(knot, m_clock); !ok)
        return ok;
    auto& db = m_store.database();
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return rows::writeFailed(tx.error());
    auto before = get(knot.id);
    if (!before)
        return before.error();
    auto stmt = db.prepare("UPDATE knot SET view = ?1, x = ?2, y = ?3, region_id = ?4, side = ?5, "
                           "status = ?6, created_at = ?7, resolved_at = ?8 WHERE id = ?9");
    if (!stmt)
        return stmt.error();
    rows::bindPlace(*stmt, 1, knot.place);
    stmt->bind(6, toString(knot.status))
        .bind(7, rows::seconds(knot.createdAt))
        .bind(8, rows::optionalSeconds(knot.resolvedAt))
        .bind(9, knot.id);
    if (auto ok = rows::changeOne(db, *stmt, "knot"); !ok)
        return ok;
    if (before->status != knot.status) {
        const Timestamp at = knot.resolvedAt && knot.status == KnotStatus::Resolved
                                 ? *knot.resolvedAt
                                 : std::max(m_clock.now(), knot.createdAt);
        if (auto ok = logStatus(knot.id, knot.status, at); !ok)
            return rows::writeFailed(ok.error());
    }
    if (auto ok = tx->commit(); !ok)
        return rows::writeFailed(ok.error());
    return {};
}

Status KnotRepository::setStatus(RowId id, KnotStatus status, Timestamp at) {
    auto knot = get(id);
    if (!knot)
        return knot.error();
    if (at < knot->createdAt)
        return Error{ErrorCode::InvalidInput,
                     translate("rules", "A knot's status cannot change before it was noted."),
                     "changedAt"};
    if (knot->status == status)
        return {};
    auto& db = m_store.database();
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return rows::writeFailed(tx.error());
    auto stmt = db.prepare("UPDATE knot SET status = ?1, resolved_at = ?2 WHERE id = ?3");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, toString(status))
        .bind(2, status == KnotStatus::Resolved ? std::optional<std::int64_t>(rows::seconds(at))
                                                : std::nullopt)
        .bind(3, id);
    if (auto ok = rows::changeOne(db, *stmt, "knot"); !ok)
        return ok;
    if (auto ok = logStatus(id, status, at); !ok)
        return rows::writeFailed(ok.error());
    if (auto ok = tx->commit(); !ok)
        return rows::writeFailed(ok.error());
    return {};
}

Status KnotRepository::remove(RowId id) {
    auto& db = m_store.database();
    auto stmt = db.prepare("DELETE FROM knot WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return rows::changeOne(db, *stmt, "knot");
}

Result<Knot> KnotRepository::get(RowId id) {
    auto stmt = m_store.database().prepare(rows::select(kKnotColumns, "FROM knot WHERE id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return rows::notFound("knot");
    return readKnot(*stmt);
}

Result<std::vector<Knot>> KnotRepository::listActive() {
    auto stmt = m_store.database().prepare(
        rows::select(kKnotColumns, "FROM knot WHERE status <> 'resolved' ORDER BY created_at, id"));
    if (!stmt)
        return stmt.error();
    return rows::readAll<Knot>(stmt, readKnot);
}

Result<std::vector<Knot>> KnotRepository::listCreatedIn(TimeRange range) {
    auto stmt = m_store.database().prepare(rows::select(
        kKnotColumns,
        "FROM knot WHERE created_at >= ?1 AND created_at < ?2 ORDER BY created_at, id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rows::seconds(range.from)).bind(2, rows::seconds(range.to));
    return rows::readAll<Knot>(stmt, readKnot);
}

Result<std::vector<Knot>> KnotRepository::listAll() {
    auto stmt =
        m_store.database().prepare(rows::select(kKnotColumns, "FROM knot ORDER BY created_at, id"));
    if (!stmt)
        return stmt.error();
    return rows::readAll<Knot>(stmt, readKnot);
}

Result<std::vector<KnotSummary>> KnotRepository::summaries() {
    auto stmt = m_store.database().prepare(rows::select(
        kKnotColumns, ", (SELECT count(*) FROM knot_observation WHERE knot_id = k.id), "
                      "(SELECT tenderness FROM knot_observation WHERE knot_id = k.id "
                      " ORDER BY observed_at, id LIMIT 1), "
                      "(SELECT tenderness FROM knot_observation WHERE knot_id = k.id "
                      " ORDER BY observed_at DESC, id DESC LIMIT 1), "
                      "(SELECT count(*) FROM self_care_session WHERE knot_id = k.id) "
                      "FROM knot k ORDER BY created_at, id"));
    if (!stmt)
        return stmt.error();
    return rows::readAll<KnotSummary>(stmt, [](const sql::Statement& s) {
        return KnotSummary{readKnot(s), s.integer(9), s.optionalInt(10), s.optionalInt(11),
                           s.integer(12)};
    });
}

Result<std::vector<KnotWithLatest>> KnotRepository::listWithLatest() {
    auto stmt = m_store.database().prepare(rows::select(
        kKnotColumns, ", (SELECT tenderness FROM knot_observation WHERE knot_id = k.id "
                      " ORDER BY observed_at DESC, id DESC LIMIT 1) "
                      "FROM knot k ORDER BY created_at, id"));
    if (!stmt)
        return stmt.error();
    return rows::readAll<KnotWithLatest>(stmt, [](const sql::Statement& s) {
        return KnotWithLatest{readKnot(s), s.optionalInt(9)};
    });
}

Result<std::vector<KnotStatusChange>> KnotRepository::statusChanges(RowId knotId) {
    auto stmt = m_store.database().prepare(
        "SELECT id, knot_id, status, changed_at FROM knot_status_change WHERE knot_id = ?1 "
        "ORDER BY changed_at, id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, knotId);
    return rows::readAll<KnotStatusChange>(stmt, [](const sql::Statement& s) {
        return KnotStatusChange{s.int64(0), s.int64(1),
                                knotStatusFrom(s.text(2)).value_or(KnotStatus::Active),
                                rows::timestamp(s.int64(3))};
    });
}

Result<RowId> KnotRepository::addObservation(const KnotObservation& obs) {
    if (auto ok = rules::checkObservation(obs, m_clock); !ok)
        return ok.error();
    auto& db = m_store.database();
    auto stmt = db.prepare("INSERT INTO knot_observation (knot_id, observed_at, tenderness, "
                           "qualities, note) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, obs.knotId)
        .bind(2, rows::seconds(obs.observedAt))
        .bind(3, obs.tenderness)
        .bind(4, static_cast<std::int64_t>(obs.qualities))
        .bind(5, std::string_view(obs.note));
    if (auto ok = stmt->run(); !ok) {
        if (ok.error().code == ErrorCode::InvalidInput) // the foreign key: no such knot
            return rows::notFound("knot");
        return rows::writeFailed(ok.error());
    }
    return db.lastInsertRowId();
}

Status KnotRepository::updateObservation(const KnotObservation& obs) {
    if (auto ok = rules::checkObservation(obs, m_clock); !ok)
        return ok;
    auto& db = m_store.database();
    auto stmt = db.prepare("UPDATE knot_observation SET observed_at = ?1, tenderness = ?2, "
                           "qualities = ?3, note = ?4 WHERE id = ?5");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rows::seconds(obs.observedAt))
        .bind(2, obs.tenderness)
        .bind(3, static_cast<std::int64_t>(obs.qualities))
        .bind(4, std::string_view(obs.note))
        .bind(5, obs.id);
    return rows::changeOne(db, *stmt, "observation");
}

Result<std::vector<KnotObservation>> KnotRepository::observations(RowId knotId) {
    auto stmt = m_store.database().prepare(rows::select(
        kObservationColumns, "FROM knot_observation WHERE knot_id = ?1 ORDER BY observed_at, id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, knotId);
    return rows::readAll<KnotObservation>(stmt, readObservation);
}

Result<std::vector<KnotObservation>> KnotRepository::observationsIn(TimeRange range) {
    auto stmt = m_store.database().prepare(
        rows::select(kObservationColumns, "FROM knot_observation WHERE observed_at >= ?1 AND "
                                          "observed_at < ?2 ORDER BY observed_at, id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rows::seconds(range.from)).bind(2, rows::seconds(range.to));
    return rows::readAll<KnotObservation>(stmt, readObservation);
}

Result<std::vector<KnotReadingTotals>> KnotRepository::readingTotalsIn(TimeRange range) {
    auto stmt = m_store.database().prepare(
        "SELECT knot_id, count(*), sum(tenderness), max(tenderness) FROM knot_observation "
        "WHERE observed_at >= ?1 AND observed_at < ?2 GROUP BY knot_id ORDER BY knot_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rows::seconds(range.from)).bind(2, rows::seconds(range.to));
    return rows::readAll<KnotReadingTotals>(stmt, [](const sql::Statement& s) {
        return KnotReadingTotals{s.int64(0), static_cast<int>(s.int64(1)),
                                 static_cast<int>(s.int64(2)), static_cast<int>(s.int64(3))};
    });
}

Result<std::vector<KnotObservation>> KnotRepository::latestObservationOfActiveKnots() {
    // The newest reading per knot: the row with the greatest (observed_at, id).
    auto stmt = m_store.database().prepare(
        "SELECT o.id, o.knot_id, o.observed_at, o.tenderness, o.qualities, o.note "
        "FROM knot k JOIN knot_observation o ON o.id = ("
        "  SELECT id FROM knot_observation WHERE knot_id = k.id "
        "  ORDER BY observed_at DESC, id DESC LIMIT 1) "
        "WHERE k.status <> 'resolved' ORDER BY k.created_at, k.id");
    if (!stmt)
        return stmt.error();
    return rows::readAll<KnotObservation>(stmt, readObservation);
}

} // namespace knotmap
