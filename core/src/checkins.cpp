// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/checkins.h"
#include "knotmap/text.h"

#include "knotmap/validation.h"
#include "rows.h"

namespace knotmap {
namespace {

constexpr const char* kColumns =
    "id, day, pain_now, pain_worst, pain_least, pain_average, interferes_activity, "
    "interferes_mood, interferes_walking, interferes_work, interferes_relationships, "
    "interferes_sleep, interferes_enjoyment, sitting_hours, movement_breaks, sleep_hours, "
    "sleep_quality, stress, water_glasses, exercise_minutes, awkward_sleep, heavy_lifting, note, "
    "updated_at, revision";

std::optional<bool> optionalBool(const sql::Statement& s, int column) {
    auto v = s.optionalInt64(column);
    return v ? std::optional<bool>(*v != 0) : std::nullopt;
}

std::optional<int> asInt(std::optional<bool> v) {
    return v ? std::optional<int>(*v ? 1 : 0) : std::nullopt;
}

CheckIn readCheckIn(const sql::Statement& s) {
    CheckIn c;
    c.id = s.int64(0);
    c.day = parseDate(s.text(1)).value_or(LocalDate{});
    c.painNow = s.integer(2);
    c.painWorst = s.integer(3);
    c.painLeast = s.integer(4);
    c.painAverage = s.integer(5);
    for (std::size_t i = 0; i < kInterferenceDomains; ++i)
        c.interference[i] = s.optionalInt(6 + static_cast<int>(i));
    c.factors.sittingHours = s.optionalReal(13);
    c.factors.movementBreaks = s.optionalInt(14);
    c.factors.sleepHours = s.optionalReal(15);
    c.factors.sleepQuality = s.optionalInt(16);
    c.factors.stress = s.optionalInt(17);
    c.factors.waterGlasses = s.optionalInt(18);
    c.factors.exerciseMinutes = s.optionalInt(19);
    c.factors.awkwardSleep = optionalBool(s, 20);
    c.factors.heavyLifting = optionalBool(s, 21);
    c.note = s.text(22);
    c.updatedAt = rows::timestamp(s.int64(23));
    c.revision = s.integer(24);
    return c;
}

// Binds every column but id to ?1 .. ?23 in kColumns order.
void bindCheckIn(sql::Statement& s, const CheckIn& c, Timestamp now) {
    s.bind(1, std::string_view(formatDate(c.day)))
        .bind(2, c.painNow)
        .bind(3, c.painWorst)
        .bind(4, c.painLeast)
        .bind(5, c.painAverage);
    for (std::size_t i = 0; i < kInterferenceDomains; ++i)
        s.bind(6 + static_cast<int>(i), c.interference[i]);
    const DailyFactors& f = c.factors;
    s.bind(13, f.sittingHours)
        .bind(14, f.movementBreaks)
        .bind(15, f.sleepHours)
        .bind(16, f.sleepQuality)
        .bind(17, f.stress)
        .bind(18, f.waterGlasses)
        .bind(19, f.exerciseMinutes)
        .bind(20, asInt(f.awkwardSleep))
        .bind(21, asInt(f.heavyLifting))
        .bind(22, std::string_view(c.note))
        .bind(23, rows::seconds(now));
}

constexpr const char* kInsert =
    "INSERT INTO check_in (day, pain_now, pain_worst, pain_least, pain_average, "
    "interferes_activity, interferes_mood, interferes_walking, interferes_work, "
    "interferes_relationships, interferes_sleep, interferes_enjoyment, sitting_hours, "
    "movement_breaks, sleep_hours, sleep_quality, stress, water_glasses, exercise_minutes, "
    "awkward_sleep, heavy_lifting, note, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
    "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)";

Error changedElsewhere() {
    return Error{ErrorCode::Conflict,
                 translate("rules", "This day's check-in was saved elsewhere since you opened it, "
                                    "so yours was not saved over it. The saved scores are shown; "
                                    "what you chose is still in the form. Save again to keep "
                                    "yours."),
                 {}};
}

} // namespace

Result<RowId> CheckInRepository::add(const CheckIn& checkIn) {
    if (auto ok = rules::checkCheckIn(checkIn, m_clock); !ok)
        return ok.error();
    auto& db = m_store.database();
    auto existing = forDay(checkIn.day);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error{ErrorCode::Conflict,
                     fill(translate("rules", "There is already a check-in for %1; edit that one "
                                             "instead."),
                          {formatDate(checkIn.day)}),
                     "day"};
    auto stmt = db.prepare(kInsert);
    if (!stmt)
        return stmt.error();
    bindCheckIn(*stmt, checkIn, m_clock.now());
    if (auto ok = stmt->run(); !ok)
        return rows::writeFailed(ok.error());
    return db.lastInsertRowId();
}

Status CheckInRepository::update(const CheckIn& checkIn) {
    if (auto ok = rules::checkCheckIn(checkIn, m_clock); !ok)
        return ok;
    auto& db = m_store.database();
    auto stmt = db.prepare(
        "UPDATE check_in SET day = ?1, pain_now = ?2, pain_worst = ?3, pain_least = ?4, "
        "pain_average = ?5, interferes_activity = ?6, interferes_mood = ?7, "
        "interferes_walking = ?8, interferes_work = ?9, interferes_relationships = ?10, "
        "interferes_sleep = ?11, interferes_enjoyment = ?12, sitting_hours = ?13, "
        "movement_breaks = ?14, sleep_hours = ?15, sleep_quality = ?16, stress = ?17, "
        "water_glasses = ?18, exercise_minutes = ?19, awkward_sleep = ?20, heavy_lifting = ?21, "
        "note = ?22, updated_at = ?23, revision = revision + 1 WHERE id = ?24 AND revision = ?25");
    if (!stmt)
        return stmt.error();
    bindCheckIn(*stmt, checkIn, m_clock.now());
    stmt->bind(24, checkIn.id).bind(25, checkIn.revision);
    if (auto ok = stmt->run(); !ok)
        return rows::writeFailed(ok.error());
    if (db.changes() == 1)
        return {};
    auto still = db.prepare("SELECT count(*) FROM check_in WHERE id = ?1");
    if (!still)
        return still.error();
    still->bind(1, checkIn.id);
    if (auto row = still->step(); !row || !*row || still->int64(0) == 0)
        return rows::notFound("check-in");
    return changedElsewhere();
}

Result<RowId> CheckInRepository::save(const CheckIn& checkIn) {
    auto tx = sql::Transaction::begin(m_store.database());
    if (!tx)
        return rows::writeFailed(tx.error());
    auto existing = forDay(checkIn.day);
    if (!existing)
        return existing.error();
    Result<RowId> id = RowId{0};
    if (!existing->has_value()) {
        id = add(checkIn); // new, or removed elsewhere since the form read it
    } else if (checkIn.id != (*existing)->id || checkIn.revision != (*existing)->revision) {
        return changedElsewhere(); // added or saved elsewhere since the form read it
    } else if (auto ok = update(checkIn); !ok) {
        return ok.error();
    } else {
        id = checkIn.id;
    }
    if (!id)
        return id;
    if (auto ok = tx->commit(); !ok)
        return rows::writeFailed(ok.error());
    return id;
}

Status CheckInRepository::remove(RowId id) {
    auto& db = m_store.database();
    auto stmt = db.prepare("DELETE FROM check_in WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return rows::changeOne(db, *stmt, "check-in");
}

Result<std::optional<CheckIn>> CheckInRepository::forDay(LocalDate day) {
    auto stmt = m_store.database().prepare(std::string("SELECT ") + kColumns +
                                           " FROM check_in WHERE day = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, std::string_view(formatDate(day)));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<CheckIn>{};
    return std::optional<CheckIn>{readCheckIn(*stmt)};
}

Result<std::vector<CheckIn>> CheckInRepository::between(DateRange range) {
    auto stmt =
        m_store.database().prepare(std::string("SELECT ") + kColumns +
                                   " FROM check_in WHERE day BETWEEN ?1 AND ?2 ORDER BY day");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, std::string_view(formatDate(range.first)))
        .bind(2, std::string_view(formatDate(range.last)));
    return rows::readAll<CheckIn>(stmt, readCheckIn);
}

Result<int> CheckInRepository::count() {
    auto n = m_store.database().queryInt("SELECT count(*) FROM check_in");
    if (!n)
        return n.error();
    return static_cast<int>(*n);
}

} // namespace knotmap
