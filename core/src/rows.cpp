#include "rows.h"

#include "knotmap/log.h"

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
        why = "the disk is full";
        break;
    case ErrorCode::Busy:
        why = "another program is using the database";
        break;
    case ErrorCode::ReadOnly:
        why = "the database is read-only";
        break;
    case ErrorCode::InvalidInput:
        why = "a value was outside its allowed range";
        break;
    case ErrorCode::Corrupt:
        why = "the database file is damaged";
        break;
    default:
        why = "the database could not be written";
        break;
    }
    return Error{cause.code,
                 "This was not saved because " + why + ". Everything saved before is intact.",
                 cause.field};
}

Error notFound(std::string_view what) {
    return Error{ErrorCode::NotFound, "That " + std::string(what) + " no longer exists.", {}};
}

Status changeOne(sql::Database& db, sql::Statement& stmt, std::string_view what) {
    if (auto ok = stmt.run(); !ok)
        return writeFailed(ok.error());
    if (db.changes() == 0)
        return notFound(what);
    return {};
}

} // namespace knotmap::rows
