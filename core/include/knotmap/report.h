#pragma once

#include "knotmap/history.h"
#include "knotmap/painareas.h"
#include "knotmap/redflags.h"
#include "knotmap/sessions.h"

#include <string>
#include <vector>

// What the physiotherapist's summary holds for a range of days, gathered in one place so
// the printed pages, the app's preview and `knotmap report` agree. No layout here.
namespace knotmap::report {

// A knot there at some moment of the range, numbered K1, K2, ... by when it was noted.
struct KnotRow {
    int number = 0;
    KnotSummary summary;             // over its whole life
    std::optional<int> firstInRange; // its first reading in the range
    std::optional<int> latest;       // its latest reading up to the range's end
    int sessionsInRange = 0;
};

struct Note {
    Timestamp at{};
    enum class Kind { CheckIn, Knot, Session } kind = Kind::CheckIn;
    RowId knotId = 0; // for Knot and Session notes, 0 when none
    std::string text;
};

struct Data {
    DateRange range{};
    LocalDate made{};
    history::Overview overview;
    std::vector<history::RegionHeat> heat; // hottest first
    std::vector<KnotRow> knots;
    std::vector<PainArea> painAreas;    // present at some moment of the range
    std::vector<RedFlagAnswer> answers; // oldest first
    std::vector<Note> notes;            // oldest first
};

struct Sources {
    CheckInRepository& checkIns;
    SelfCareSessionRepository& sessions;
    KnotRepository& knots;
    PainAreaRepository& painAreas;
    RedFlagAnswerRepository& redFlags;
};

// Fails with InvalidInput when the range ends before it starts or lies after `today`.
Result<Data> gather(Sources sources, DateRange range, LocalDate today);

} // namespace knotmap::report
