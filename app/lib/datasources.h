#pragma once

#include "knotmap/atlas.h"
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/knowledge.h"
#include "knotmap/sessions.h"

namespace knotmap::ui {

// What the read-mostly adapters (History, the report) read from: the repositories
// AppState owns and the loaded atlas and knowledge. Any may be null when the database or
// the data failed to load; the adapters then stay empty.
struct DataSources {
    CheckInRepository* checkIns = nullptr;
    SelfCareSessionRepository* sessions = nullptr;
    KnotRepository* knots = nullptr;
    PainAreaRepository* painAreas = nullptr;
    RedFlagAnswerRepository* redFlags = nullptr;
    const BodyAtlas* atlas = nullptr;
    const KnowledgeBase* knowledge = nullptr;
};

} // namespace knotmap::ui
