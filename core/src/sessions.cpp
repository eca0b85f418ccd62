// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/sessions.h"

#include "knotmap/validation.h"
#include "rows.h"

namespace knotmap {
namespace {

SelfCareSession readSession(const sql::Statement& s) {
    SelfCareSession x;
    x.id = s.int64(0);
    x.techniqueId = s.text(1);
    x.knotId = s.optionalInt64(2);
    x.regionId = s.text(3);
    x.startedAt = rows::timestamp(s.int64(4));
    x.durationSeconds = s.integer(5);
    x.tendernessBefore = s.optionalInt(6);
    x.tendernessAfter = s.optionalInt(7);
    x.note = s.text(8);
    return x;
}

void bindSession(sql::Statement& s, const SelfCareSession& x) {
    s.bind(1, std::string_view(x.techniqueId))
        .bind(2, x.knotId)
        .bind(3, std::string_view(x.regionId))
        .bind(4, rows::seconds(x.startedAt))
        .bind(5, x.durationSeconds)
        .bind(6, x.tendernessBefore)
        .bind(7, x.tendernessAfter)
        .bind(8, std::string_view(x.note));
}

} // namespace

Result<RowId> SelfCareSessionRepository::add(const SelfCareSession& session) {
    if (auto ok = rules::checkSession(session, m_clock); !ok)
        return ok.error();
    auto& db = m_store.database();
    auto stmt = db.prepare("INSERT INTO self_care_session (technique_id, knot_id, region_id, "
                           "started_at, duration_seconds, tenderness_before, tenderness_after, "
                           "note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!stmt)
        return stmt.error();
    bindSession(*stmt, session);
    if (auto ok = stmt->run(); !ok) {
        if (ok.error().code == ErrorCode::InvalidInput && session.knotId)
            return rows::notFound("knot");
        return rows::writeFailed(ok.error());
    }
    return db.lastInsertRowId();
}

Status SelfCareSessionRepository::update(const SelfCareSession& session) {
    if (auto ok = rules::checkSession(session, m_clock); !ok)
        return ok;
    auto& db = m_store.database();
    auto stmt =
        db.prepare("UPDATE self_care_session SET technique_id = ?1, knot_id = ?2, "
                   "region_id = ?3, started_at = ?4, duration_seconds = ?5, "
                   "tenderness_before = ?6, tenderness_after = ?7, note = ?8 WHERE id = ?9");
    if (!stmt)
        return stmt.error();
    bindSession(*stmt, session);
    stmt->bind(9, session.id);
    return rows::changeOne(db, *stmt, "session");
}

Status SelfCareSessionRepository::remove(RowId id) {
    auto& db = m_store.database();
    auto stmt = db.prepare("DELETE FROM self_care_session WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return rows::changeOne(db, *stmt, "session");
}

// Sessions matching `where`, whose ?1 and ?2 the caller binds.
Result<sql::Statement> SelfCareSessionRepository::query(const char* where) {
    return m_store.database().prepare(
        std::string("SELECT id, technique_id, knot_id, region_id, started_at, duration_seconds, "
                    "tenderness_before, tenderness_after, note FROM self_care_session ") +
        where);
}

Result<std::vector<SelfCareSession>> SelfCareSessionRepository::startedIn(TimeRange range) {
    auto stmt = query("WHERE started_at >= ?1 AND started_at < ?2 "
                      "ORDER BY started_at DESC, id DESC");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rows::seconds(range.from)).bind(2, rows::seconds(range.to));
    return rows::readAll<SelfCareSession>(stmt, readSession);
}

Result<std::vector<SelfCareSession>> SelfCareSessionRepository::forKnot(RowId knotId) {
    auto stmt = query("WHERE knot_id = ?1 ORDER BY started_at, id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, knotId);
    return rows::readAll<SelfCareSession>(stmt, readSession);
}

} // namespace knotmap
