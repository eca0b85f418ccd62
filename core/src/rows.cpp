// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows.h"

#include "knotmap/log.h"
#include "knotmap/text.h"

namespace knotmap::rows {

void bindPlace(sql::Statement& stmt, int first, const BodyPoint& place) {
    stmt.bind(first, toString(place.view))
        .bind(first + 1, place.x)
        .bind(first + 2, place.y)
        .bind(first + 3, std::string_view(place.regionId))
        .bind(first + 4, toString(place.side));
}

BodyPoint readPlace(const sql::Statement& stmt, int first) {
    BodyPoint p;
    p.view = bodyViewFrom(stmt.text(first)).value_or(BodyView::Front);
    p.x = stmt.real(first + 1);
    p.y = stmt.real(first + 2);
    p.regionId = stmt.text(first + 3);
    p.side = sideFrom(stmt.text(first + 4)).value_or(Side::Centre);
    return p;
}

Error writeFailed(const Error& cause) {
    log::store()->warn("write failed: {}", cause.message);
    std::string why;
    switch (cause.code) {
    case ErrorCode::DiskFull:
        why = translate(
            "rows",
            "This was not saved because the disk is full. Everything saved before is intact.");
        break;
    case ErrorCode::Busy:
        why = translate(
            "rows", "This was not saved because another program is using the database. Everything "
                    "saved before is intact.");
        break;
    case ErrorCode::ReadOnly:
        why = translate(
            "rows", "This was not saved because the database is read-only. Everything saved before "
                    "is intact.");
        break;
    case ErrorCode::InvalidInput:
        why = translate(
            "rows", "This was not saved because a value was outside its allowed range. Everything "
                    "saved before is intact.");
        break;
    case ErrorCode::Corrupt:
        why = translate("rows",
                        "This was not saved because the database file is damaged. Everything saved "
                        "before is intact.");
        break;
    default:
        why = translate(
            "rows",
            "This was not saved because the database could not be written. Everything saved "
            "before is intact.");
        break;
    }
    return Error{cause.code, why, cause.field};
}

Error notFound(std::string_view what) {
    // Whole sentences, so a translation can give each its own grammar.
    const auto sentence = [what] {
        if (what == "knot")
            return translate("rows", "That knot no longer exists.");
        if (what == "check-in")
            return translate("rows", "That check-in no longer exists.");
        if (what == "observation")
            return translate("rows", "That observation no longer exists.");
        if (what == "pain area")
            return translate("rows", "That pain area no longer exists.");
        if (what == "session")
            return translate("rows", "That session no longer exists.");
        if (what == "answer")
            return translate("rows", "That answer no longer exists.");
        return translate("rows", "That entry no longer exists.");
    };
    return Error{ErrorCode::NotFound, sentence(), {}};
}

Status changeOne(sql::Database& db, sql::Statement& stmt, std::string_view what) {
    if (auto ok = stmt.run(); !ok)
        return writeFailed(ok.error());
    if (db.changes() == 0)
        return notFound(what);
    return {};
}

Result<std::optional<std::string>> setting(sql::Database& db, std::string_view key) {
    auto stmt = db.prepare("SELECT value FROM setting WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::string>{};
    return std::optional<std::string>{stmt->text(0)};
}

Status setSetting(sql::Database& db, std::string_view key, std::string_view value) {
    auto stmt = db.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

} // namespace knotmap::rows
