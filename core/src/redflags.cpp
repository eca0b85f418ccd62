// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/redflags.h"

#include "knotmap/text.h"
#include "knotmap/validation.h"
#include "rows.h"

#include <charconv>
#include <string>

namespace knotmap {
namespace {

RedFlagAnswer readAnswer(const sql::Statement& s) {
    RedFlagAnswer a;
    a.id = s.int64(0);
    a.questionId = s.text(1);
    a.yes = s.int64(2) != 0;
    a.answeredAt = rows::timestamp(s.int64(3));
    a.regionId = s.text(4);
    return a;
}

} // namespace

Result<RowId> RedFlagAnswerRepository::add(const RedFlagAnswer& answer) {
    if (auto ok = rules::checkRedFlagAnswer(answer, m_clock); !ok)
        return ok.error();
    auto& db = m_store.database();
    auto stmt = db.prepare("INSERT INTO red_flag_answer (question_id, answer, answered_at, "
                           "region_id) VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, std::string_view(answer.questionId))
        .bind(2, answer.yes ? 1 : 0)
        .bind(3, rows::seconds(answer.answeredAt))
        .bind(4, std::string_view(answer.regionId));
    if (auto ok = stmt->run(); !ok)
        return rows::writeFailed(ok.error());
    return db.lastInsertRowId();
}

Status RedFlagAnswerRepository::remove(RowId id) {
    auto& db = m_store.database();
    auto stmt = db.prepare("DELETE FROM red_flag_answer WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    return rows::changeOne(db, *stmt, "answer");
}

Result<std::vector<RedFlagAnswer>> RedFlagAnswerRepository::answeredIn(TimeRange range) {
    auto stmt = m_store.database().prepare(
        "SELECT id, question_id, answer, answered_at, region_id FROM red_flag_answer "
        "WHERE answered_at >= ?1 AND answered_at < ?2 ORDER BY answered_at, id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rows::seconds(range.from)).bind(2, rows::seconds(range.to));
    return rows::readAll<RedFlagAnswer>(stmt, readAnswer);
}

Result<std::vector<Timestamp>>
RedFlagAnswerRepository::entriesSince(Timestamp since, const std::vector<std::string>& where) {
    // The region filter is a JSON list bound as one parameter, so the SQL stays fixed.
    std::string list = "[";
    for (const auto& id : where) {
        if (list.size() > 1)
            list += ',';
        list += '"';
        for (const char c : id) {
            if (c == '"' || c == '\\')
                list += '\\';
            list += c;
        }
        list += '"';
    }
    list += ']';
    auto stmt = m_store.database().prepare(R"sql(
        WITH chosen (id) AS (SELECT value FROM json_each(?2)),
        knots AS (SELECT id, created_at FROM knot
                  WHERE ?3 = 0 OR region_id IN (SELECT id FROM chosen))
        SELECT created_at FROM knots WHERE created_at >= ?1
        UNION ALL SELECT o.observed_at FROM knot_observation o JOIN knots k ON k.id = o.knot_id
                  WHERE o.observed_at >= ?1
        UNION ALL SELECT noted_at FROM pain_area WHERE noted_at >= ?1
                  AND (?3 = 0 OR region_id IN (SELECT id FROM chosen))
        UNION ALL SELECT updated_at FROM check_in WHERE ?3 = 0 AND updated_at >= ?1
        UNION ALL SELECT started_at FROM self_care_session WHERE ?3 = 0 AND started_at >= ?1
    )sql");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rows::seconds(since))
        .bind(2, std::string_view(list))
        .bind(3, where.empty() ? 0 : 1);
    return rows::readAll<Timestamp>(
        stmt, [](const sql::Statement& s) { return rows::timestamp(s.int64(0)); });
}

namespace {
constexpr std::string_view kCountryKey = "country";
constexpr std::string_view kBirthYearKey = "birth-year";
constexpr std::string_view kClearanceKey = "clinician-cleared-at";
} // namespace

Result<std::optional<Timestamp>> loadClinicianClearance(Store& store) {
    auto value = store.setting(kClearanceKey);
    if (!value)
        return value.error();
    if (!value->has_value())
        return std::optional<Timestamp>{};
    std::int64_t seconds = 0;
    const std::string& text = **value;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::optional<Timestamp>{}; // unreadable: as if never said, which is the safe side
    return std::optional<Timestamp>{rows::timestamp(seconds)};
}

Status saveClinicianClearance(Store& store, Timestamp at) {
    return store.setSetting(kClearanceKey, std::to_string(rows::seconds(at)));
}

Result<BirthYear> loadBirthYear(Store& store) {
    auto value = store.setting(kBirthYearKey);
    if (!value)
        return value.error();
    BirthYear out;
    if (!value->has_value())
        return out;
    out.asked = true;
    int year = 0;
    const std::string& text = **value;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (!text.empty() && ec == std::errc{} && end == text.data() + text.size())
        out.year = year; // anything else reads as not said: the age-based questions are asked
    return out;
}

Status saveBirthYear(Store& store, std::optional<int> year, const Clock& clock) {
    const int thisYear = static_cast<int>(clock.today().year());
    if (year && (*year < 1900 || *year > thisYear))
        return Error{ErrorCode::InvalidInput,
                     fill(translate("rules", "A year of birth lies between 1900 and %1."),
                          {std::to_string(thisYear)}),
                     "birthYear"};
    return store.setSetting(kBirthYearKey, year ? std::to_string(*year) : std::string());
}

Result<std::optional<std::string>> loadCountry(Store& store) {
    return store.setting(kCountryKey);
}

Status saveCountry(Store& store, std::string_view country) {
    const bool code = country.size() == 2 && country[0] >= 'A' && country[0] <= 'Z' &&
                      country[1] >= 'A' && country[1] <= 'Z';
    if (!country.empty() && !code)
        return Error{ErrorCode::InvalidInput,
                     translate("rules", "A country is two capital letters, such as DE or GB."),
                     "country"};
    if (country.empty()) {
        auto stmt = store.database().prepare("DELETE FROM setting WHERE key = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, kCountryKey);
        return stmt->run();
    }
    return store.setSetting(kCountryKey, country);
}

} // namespace knotmap
