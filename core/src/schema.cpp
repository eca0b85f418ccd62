// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "demomark.h"

#include "knotmap/atlas.h"
#include "knotmap/log.h"
#include "knotmap/store.h"
#include "knotmap/text.h"

#include <array>
#include <string>

namespace knotmap::schema {
namespace {

// Version 1. CHECK constraints mirror the rules in validation.cpp. Times are whole
// seconds since the Unix epoch (UTC); a check-in's day is the local date YYYY-MM-DD.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
    value TEXT NOT NULL
) STRICT;

CREATE TABLE knot (
    id          INTEGER PRIMARY KEY,
    view        TEXT    NOT NULL CHECK (view IN ('front', 'back')),
    x           REAL    NOT NULL CHECK (x >= 0 AND x <= 1),
    y           REAL    NOT NULL CHECK (y >= 0 AND y <= 1),
    region_id   TEXT    NOT NULL CHECK (length(region_id) BETWEEN 1 AND 64),
    side        TEXT    NOT NULL CHECK (side IN ('left', 'right', 'centre')),
    status      TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'easing', 'resolved')),
    created_at  INTEGER NOT NULL,
    resolved_at INTEGER CHECK (resolved_at IS NULL OR resolved_at >= created_at),
    CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
) STRICT;
CREATE INDEX knot_by_status ON knot (status, created_at);

CREATE TABLE knot_observation (
    id          INTEGER PRIMARY KEY,
    knot_id     INTEGER NOT NULL REFERENCES knot (id) ON DELETE CASCADE,
    observed_at INTEGER NOT NULL,
    tenderness  INTEGER NOT NULL CHECK (tenderness BETWEEN 0 AND 10),
    qualities   INTEGER NOT NULL DEFAULT 0 CHECK (qualities BETWEEN 0 AND 63),
    note        TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 2000)
) STRICT;
CREATE INDEX knot_observation_by_knot ON knot_observation (knot_id, observed_at);
CREATE INDEX knot_observation_by_time ON knot_observation (observed_at);

CREATE TABLE pain_area (
    id         INTEGER PRIMARY KEY,
    view       TEXT    NOT NULL CHECK (view IN ('front', 'back')),
    x          REAL    NOT NULL CHECK (x >= 0 AND x <= 1),
    y          REAL    NOT NULL CHECK (y >= 0 AND y <= 1),
    region_id  TEXT    NOT NULL CHECK (length(region_id) BETWEEN 1 AND 64),
    side       TEXT    NOT NULL CHECK (side IN ('left', 'right', 'centre')),
    worst      INTEGER NOT NULL DEFAULT 0 CHECK (worst IN (0, 1)),
    noted_at   INTEGER NOT NULL,
    cleared_at INTEGER CHECK (cleared_at IS NULL OR cleared_at >= noted_at)
) STRICT;
CREATE INDEX pain_area_by_time ON pain_area (noted_at);

CREATE TABLE check_in (
    id                INTEGER PRIMARY KEY,
    day               TEXT    NOT NULL UNIQUE CHECK (date(julianday(day)) IS day),
    pain_now          INTEGER NOT NULL CHECK (pain_now BETWEEN 0 AND 10),
    pain_worst        INTEGER NOT NULL CHECK (pain_worst BETWEEN 0 AND 10),
    pain_least        INTEGER NOT NULL CHECK (pain_least BETWEEN 0 AND 10),
    pain_average      INTEGER NOT NULL CHECK (pain_average BETWEEN 0 AND 10),
    interferes_activity      INTEGER CHECK (interferes_activity BETWEEN 0 AND 10),
    interferes_mood          INTEGER CHECK (interferes_mood BETWEEN 0 AND 10),
    interferes_walking       INTEGER CHECK (interferes_walking BETWEEN 0 AND 10),
    interferes_work          INTEGER CHECK (interferes_work BETWEEN 0 AND 10),
    interferes_relationships INTEGER CHECK (interferes_relationships BETWEEN 0 AND 10),
    interferes_sleep         INTEGER CHECK (interferes_sleep BETWEEN 0 AND 10),
    interferes_enjoyment     INTEGER CHECK (interferes_enjoyment BETWEEN 0 AND 10),
    sitting_hours     REAL    CHECK (sitting_hours BETWEEN 0 AND 24),
    movement_breaks   INTEGER CHECK (movement_breaks BETWEEN 0 AND 48),
    sleep_hours       REAL    CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality     INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    stress            INTEGER CHECK (stress BETWEEN 0 AND 10),
    water_glasses     INTEGER CHECK (water_glasses BETWEEN 0 AND 40),
    exercise_minutes  INTEGER CHECK (exercise_minutes BETWEEN 0 AND 1440),
    awkward_sleep     INTEGER CHECK (awkward_sleep IN (0, 1)),
    heavy_lifting     INTEGER CHECK (heavy_lifting IN (0, 1)),
    note              TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    updated_at        INTEGER NOT NULL,
    CHECK (pain_least <= pain_worst),
    CHECK (pain_average BETWEEN pain_least AND pain_worst),
    CHECK (pain_now BETWEEN pain_least AND pain_worst)
) STRICT;

CREATE TABLE self_care_session (
    id                INTEGER PRIMARY KEY,
    technique_id      TEXT    NOT NULL CHECK (length(technique_id) BETWEEN 1 AND 64),
    knot_id           INTEGER REFERENCES knot (id) ON DELETE SET NULL,
    region_id         TEXT    NOT NULL CHECK (length(region_id) BETWEEN 1 AND 64),
    started_at        INTEGER NOT NULL,
    duration_seconds  INTEGER NOT NULL CHECK (duration_seconds BETWEEN 1 AND 14400),
    tenderness_before INTEGER CHECK (tenderness_before BETWEEN 0 AND 10),
    tenderness_after  INTEGER CHECK (tenderness_after BETWEEN 0 AND 10),
    note              TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 2000)
) STRICT;
CREATE INDEX self_care_session_by_time ON self_care_session (started_at);
CREATE INDEX self_care_session_by_knot ON self_care_session (knot_id);

CREATE TABLE red_flag_answer (
    id          INTEGER PRIMARY KEY,
    question_id TEXT    NOT NULL CHECK (length(question_id) BETWEEN 1 AND 64),
    answer      INTEGER NOT NULL CHECK (answer IN (0, 1)),
    answered_at INTEGER NOT NULL,
    region_id   TEXT    NOT NULL DEFAULT '' CHECK (length(region_id) <= 64)
) STRICT;
CREATE INDEX red_flag_answer_by_time ON red_flag_answer (answered_at);
)sql";

// Version 2: each knot's status changes with their times, for its story on the History
// page. Knots from version 1 get their known changes: active when created, resolved when
// resolved. When an easing knot began easing was not recorded; its latest reading's time
// (or its creation) stands in.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE knot_status_change (
    id         INTEGER PRIMARY KEY,
    knot_id    INTEGER NOT NULL REFERENCES knot (id) ON DELETE CASCADE,
    status     TEXT    NOT NULL CHECK (status IN ('active', 'easing', 'resolved')),
    changed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX knot_status_change_by_knot ON knot_status_change (knot_id, changed_at);

INSERT INTO knot_status_change (knot_id, status, changed_at)
    SELECT id, 'active', created_at FROM knot;
INSERT INTO knot_status_change (knot_id, status, changed_at)
    SELECT k.id, 'easing',
           coalesce((SELECT max(observed_at) FROM knot_observation WHERE knot_id = k.id),
                    k.created_at)
    FROM knot k WHERE k.status = 'easing';
INSERT INTO knot_status_change (knot_id, status, changed_at)
    SELECT id, 'resolved', resolved_at FROM knot WHERE status = 'resolved';
)sql";

// Version 3: each check-in counts its saves, so a form that read revision N saves over
// it only while it is still N: an edit made elsewhere in between is never overwritten.
constexpr const char* kVersion3 = R"sql(
ALTER TABLE check_in ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);
)sql";

// Version 4: the figure maps its whole surface as places (tools/make_body_figure.py), and
// its hands and feet changed shape. Every pain mark is brought onto the new figure: its
// place is the one under its point, or for a point the figure no longer covers (between
// the fingers) the nearest place, the point moved onto it. Old ids (a muscle region, or
// "unmapped-front-left") are replaced; nothing is deleted.
Status placePainMarks(sql::Database& db, const Context& context) {
    auto rows = db.prepare("SELECT id, view, x, y FROM pain_area ORDER BY id");
    if (!rows)
        return rows.error();
    struct Moved {
        std::int64_t id;
        BodyPoint place;
    };
    std::vector<Moved> moved;
    const BodyAtlas* atlas = nullptr; // asked for at the first mark: it may still be read
    for (;;) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (atlas == nullptr)
            atlas = context.atlas.get();
        if (atlas == nullptr)
            return Error{ErrorCode::Internal,
                         translate("store", "the body map is needed to update the pain marks"),
                         {}};
        const auto view = bodyViewFrom(rows->text(1));
        if (!view)
            return Error{ErrorCode::Corrupt, "a pain mark has no view", {}};
        const auto place = atlas->relocate(*view, {rows->real(2), rows->real(3)});
        if (!place)
            return Error{ErrorCode::Internal, "the body map has no places", {}};
        moved.push_back({rows->int64(0), *place});
    }
    for (const Moved& m : moved) {
        auto update = db.prepare(
            "UPDATE pain_area SET x = ?1, y = ?2, region_id = ?3, side = ?4 WHERE id = ?5");
        if (!update)
            return update.error();
        update->bind(1, m.place.x)
            .bind(2, m.place.y)
            .bind(3, std::string_view(m.place.regionId))
            .bind(4, toString(m.place.side))
            .bind(5, m.id);
        if (auto done = update->run(); !done)
            return done.error();
    }
    if (!moved.empty())
        log::store()->info("brought {} pain marks onto the figure's places", moved.size());
    return {};
}

// Version 5: each place where pain is felt keeps how it feels, a set of PainQuality bits
// of kPainKinds (domain.h): aching 1, burning 2, tingling 16, numb 32, throbbing 64,
// stabbing 128. Marks from before have none.
constexpr const char* kVersion5 = R"sql(
ALTER TABLE pain_area ADD COLUMN kinds INTEGER NOT NULL DEFAULT 0 CHECK ((kinds | 243) = 243);
)sql";

// Version 6: every muscle has its own shape, in layers (tools/make_body_figure.py). Regions
// that held several muscles, or were named by a place, were renamed; the knots, sessions and
// answers stored under an old id move to the new one (BodyAtlas::renamedRegion, the one
// list of renames, which import uses too). Points and everything else stay as they are.
Status renameRegions(sql::Database& db, const Context& context) {
    int moved = 0;
    for (const char* table : {"knot", "self_care_session", "red_flag_answer"}) {
        // Table names are constants of this program, never user input.
        auto ids = db.prepare(std::string("SELECT DISTINCT region_id FROM ") + table);
        if (!ids)
            return ids.error();
        std::vector<std::pair<std::string, std::string>> renames;
        for (;;) {
            auto row = ids->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const std::string old = ids->text(0);
            if (auto now = BodyAtlas::renamedRegion(old))
                renames.emplace_back(old, *now);
        }
        for (const auto& [old, now] : renames) {
            auto update = db.prepare(std::string("UPDATE ") + table +
                                     " SET region_id = ?1 WHERE region_id = ?2");
            if (!update)
                return update.error();
            update->bind(1, std::string_view(now)).bind(2, std::string_view(old));
            if (auto done = update->run(); !done)
                return done.error();
            ++moved;
        }
    }
    if (moved > 0)
        log::store()->info("renamed {} muscle region ids to the muscles' own", moved);
    // A knot whose point the muscle's new shape no longer covers moves just inside it, so
    // its marker sits on its muscle; a knot of a region the figure lacks stays as it is.
    auto rows = db.prepare("SELECT id, x, y, region_id FROM knot ORDER BY id");
    if (!rows)
        return rows.error();
    std::vector<std::pair<std::int64_t, Point>> into;
    const BodyAtlas* atlas = nullptr; // asked for at the first knot: it may still be read
    for (;;) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (atlas == nullptr)
            atlas = context.atlas.get();
        if (atlas == nullptr)
            return {};
        const Point p{rows->real(1), rows->real(2)};
        const Point on = atlas->pointOnRegion(rows->text(3), p);
        if (on.x != p.x || on.y != p.y)
            into.emplace_back(rows->int64(0), on);
    }
    for (const auto& [id, p] : into) {
        auto update = db.prepare("UPDATE knot SET x = ?1, y = ?2 WHERE id = ?3");
        if (!update)
            return update.error();
        update->bind(1, p.x).bind(2, p.y).bind(3, id);
        if (auto done = update->run(); !done)
            return done.error();
    }
    if (!into.empty())
        log::store()->info("moved {} knots onto their muscle's new shape", into.size());
    return {};
}

// Version 7: a place where pain is felt keeps how strong it is there (0-10), as a pain
// drawing asks; marks from before say nothing (NULL).
constexpr const char* kVersion7 = R"sql(
ALTER TABLE pain_area ADD COLUMN intensity INTEGER CHECK (intensity BETWEEN 0 AND 10);
)sql";

// A step: SQL, and then (or instead) a change of the data that needs more than SQL.
struct Step {
    const char* sql = nullptr;
    Status (*data)(sql::Database&, const Context&) = nullptr;
};

// steps[i] takes the schema from version i to version i + 1.
constexpr std::array kSteps{Step{kVersion1}, Step{kVersion2},
                            Step{kVersion3}, Step{nullptr, placePainMarks},
                            Step{kVersion5}, Step{nullptr, renameRegions},
                            Step{kVersion7}};

struct ExpectedTable {
    const char* name;
    int columns;
};
constexpr std::array kTables{
    ExpectedTable{"setting", 2},          ExpectedTable{"knot", 9},
    ExpectedTable{"knot_observation", 6}, ExpectedTable{"pain_area", 11},
    ExpectedTable{"check_in", 25},        ExpectedTable{"self_care_session", 9},
    ExpectedTable{"red_flag_answer", 5},  ExpectedTable{"knot_status_change", 4},
};

} // namespace

Status migrate(sql::Database& db, int from, int to, const Context& context) {
    // A database that holds only KnotMap's sample is still the sample after the steps
    // rewrite its rows (marks moved onto places, a new column): its marker is written
    // anew with the last step. A sample someone changed stays their data.
    bool sample = false;
    if (from > 0) {
        auto only = demo::mark::holdsOnlyTheSample(db);
        if (!only)
            return only.error();
        sample = *only;
    }
    for (int version = from; version < to; ++version) {
        log::store()->info("migrating schema from version {} to {}", version, version + 1);
        auto tx = sql::Transaction::begin(db);
        if (!tx)
            return tx.error();
        const Step& step = kSteps.at(static_cast<std::size_t>(version));
        if (step.sql != nullptr) {
            if (auto ok = db.exec(step.sql); !ok)
                return ok;
        }
        if (step.data != nullptr) {
            if (auto ok = step.data(db, context); !ok)
                return ok;
        }
        // The version is a constant of this program, never user input.
        if (auto ok = db.exec("PRAGMA user_version = " + std::to_string(version + 1)); !ok)
            return ok;
        if (sample && version + 1 == to) {
            if (auto ok = demo::mark::write(db); !ok)
                return ok;
        }
        if (auto ok = tx->commit(); !ok)
            return ok;
    }
    // An older target (in tests of the ladder) lacks later tables by design.
    return to == Store::kSchemaVersion ? verify(db) : Status{};
}

Status verify(sql::Database& db) {
    for (const auto& table : kTables) {
        auto stmt = db.prepare("SELECT count(*) FROM pragma_table_info(?1)");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, std::string_view(table.name));
        auto row = stmt->step();
        if (!row)
            return row.error();
        const int columns = stmt->integer(0);
        if (columns != table.columns) {
            return Error{ErrorCode::Corrupt,
                         std::string("table ") + table.name + " has " + std::to_string(columns) +
                             " columns, expected " + std::to_string(table.columns),
                         {}};
        }
    }
    return {};
}

static_assert(kSteps.size() == Store::kSchemaVersion, "one migration step per schema version");

} // namespace knotmap::schema
