// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/painareas.h"

#include "knotmap/validation.h"
#include "rows.h"

namespace knotmap {

namespace {
constexpr const char* kAreaColumns =
    "id, view, x, y, region_id, side, worst, noted_at, cleared_at, kinds, intensity";
static_assert(kPainKinds == 243, "the schema's CHECK on pain_area.kinds (schema.cpp)");

PainArea readArea(const sql::Statement& s) {
    PainArea a;
    a.id = s.int64(0);
    a.place = rows::readPlace(s, 1);
    a.worst = s.int64(6) != 0;
    a.notedAt = rows::timestamp(s.int64(7));
    a.clearedAt = rows::optionalTimestamp(s.optionalInt64(8));
    a.kinds = static_cast<unsigned>(s.int64(9));
    if (const auto v = s.optionalInt64(10))
        a.intensity = static_cast<int>(*v);
    return a;
}
} // namespace

Status PainAreaRepository::clearOtherWorst(RowId keep) {
    auto stmt = m_store.database().prepare(
        "UPDATE pain_area SET worst = 0 WHERE worst = 1 AND cleared_at IS NULL AND id <> ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, keep);
    return stmt->run();
}

Result<RowId> PainAreaRepository::add(const PainArea& area) {
    if (auto ok = rules::checkPainArea(area, m_clock); !ok)
        return ok.error();
    auto& db = m_store.database();
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return rows::writeFailed(tx.error());
    auto id = insert(area);
    if (!id)
        return id;
    if (auto ok = tx->commit(); !ok)
        return rows::writeFailed(ok.error());
    return id;
}

Result<RowId> PainAreaRepository::insert(const PainArea& area) {
    auto& db = m_store.database();
    auto stmt = db.prepare("INSERT INTO pain_area (view, x, y, region_id, side, worst, noted_at, "
                           "cleared_at, kinds, intensity) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!stmt)
        return stmt.error();
    rows::bindPlace(*stmt, 1, area.place);
    stmt->bind(6, area.worst ? 1 : 0)
        .bind(7, rows::seconds(area.notedAt))
        .bind(8, rows::optionalSeconds(area.clearedAt))
        .bind(9, static_cast<std::int64_t>(area.kinds))
        .bind(10, area.intensity ? std::optional<std::int64_t>(*area.intensity) : std::nullopt);
    if (auto ok = stmt->run(); !ok)
        return rows::writeFailed(ok.error());
    const RowId id = db.lastInsertRowId();
    if (area.worst) {
        if (auto ok = clearOtherWorst(id); !ok)
            return rows::writeFailed(ok.error());
    }
    return id;
}

Result<std::vector<RowId>> PainAreaRepository::addAll(const std::vector<PainArea>& areas) {
    // Every rule first, so a bad mark writes nothing; then one transaction for them all.
    for (const PainArea& a : areas) {
        if (auto ok = rules::checkPainArea(a, m_clock); !ok)
            return ok.error();
    }
    auto& db = m_store.database();
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return rows::writeFailed(tx.error());
    std::vector<RowId> ids;
    for (const PainArea& a : areas) {
        auto id = insert(a);
        if (!id)
            return id.error();
        ids.push_back(*id);
    }
    if (auto ok = tx->commit(); !ok)
        return rows::writeFailed(ok.error());
    return ids;
}

Status PainAreaRepository::clearAll(const std::vector<RowId>& ids, Timestamp at) {
    auto& db = m_store.database();
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return rows::writeFailed(tx.error());
    for (RowId id : ids) {
        auto stmt = db.prepare("UPDATE pain_area SET cleared_at = ?1, worst = 0 "
                               "WHERE id = ?2 AND cleared_at IS NULL AND noted_at <= ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, rows::seconds(at)).bind(2, id);
        if (auto ok = rows::changeOne(db, *stmt, "pain area"); !ok)
            return ok;
    }
    if (auto ok = tx->commit(); !ok)
        return rows::writeFailed(ok.error());
    return {};
}

Status PainAreaRepository::update(const PainArea& area) {
    if (auto ok = rules::checkPainArea(area, m_clock); !ok)
        return ok;
    auto& db = m_store.database();
    auto tx = sql::Transaction::begin(db);
    if (!tx)
        return rows::writeFailed(tx.error());
    auto stmt = db.prepare("UPDATE pain_area SET view = ?1, x = ?2, y = ?3, region_id = ?4, "
                           "side = ?5, worst = ?6, noted_at = ?7, cleared_at = ?8, kinds = ?9, "
                           "intensity = ?11 WHERE id = ?10");
    if (!stmt)
        return stmt.error();
    rows::bindPlace(*stmt, 1, area.place);
    stmt->bind(6, area.worst ? 1 : 0)
        .bind(7, rows::seconds(area.notedAt))
        .bind(8, rows::optionalSeconds(area.clearedAt))
        .bind(9, static_cast<std::int64_t>(area.kinds))
        .bind(10, area.id)
        .bind(11, area.intensity ? std::optional<std::int64_t>(*area.intensity) : std::nullopt);
    if (auto ok = rows::changeOne(db, *stmt, "pain area"); !ok)
        return ok;
    if (area.worst) {
        if (auto ok = clearOtherWorst(area.id); !ok)
            return rows::writeFailed(ok.error());
    }
    if (auto ok = tx->commit(); !ok)
        return rows::writeFailed(ok.error());
    return {};
}

Status PainAreaRepository::remove(RowId id) {
    auto& db = m_store.database();
    auto stmt = db.prepare("DELETE FROM pain_area WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return rows::changeOne(db, *stmt, "pain area");
}

Result<std::vector<PainArea>> PainAreaRepository::listCurrent() {
    auto stmt = m_store.database().prepare(rows::select(
        kAreaColumns, "FROM pain_area WHERE cleared_at IS NULL ORDER BY noted_at, id"));
    if (!stmt)
        return stmt.error();
    return rows::readAll<PainArea>(stmt, readArea);
}

Result<std::vector<PainArea>> PainAreaRepository::listNotedIn(TimeRange range) {
    auto stmt = m_store.database().prepare(rows::select(
        kAreaColumns,
        "FROM pain_area WHERE noted_at >= ?1 AND noted_at < ?2 ORDER BY noted_at, id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rows::seconds(range.from)).bind(2, rows::seconds(range.to));
    return rows::readAll<PainArea>(stmt, readArea);
}

Result<std::vector<PainArea>> PainAreaRepository::listPresentIn(TimeRange range) {
    auto stmt = m_store.database().prepare(rows::select(
        kAreaColumns, "FROM pain_area WHERE noted_at < ?2 AND "
                      "(cleared_at IS NULL OR cleared_at >= ?1) ORDER BY noted_at, id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rows::seconds(range.from)).bind(2, rows::seconds(range.to));
    return rows::readAll<PainArea>(stmt, readArea);
}

} // namespace knotmap
