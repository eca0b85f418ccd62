// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/checkins.h"
#include "knotmap/knots.h"
#include "knotmap/knowledge.h"
#include "knotmap/painareas.h"
#include "knotmap/redflags.h"
#include "knotmap/sessions.h"
#include "knotmap/store.h"

namespace knotmap::ui {

// What the read-mostly adapters (History, the report) read from: the repositories
// AppState owns and the loaded atlas and knowledge. Any may be null when the database or
// the data failed to load; the adapters then stay empty.
struct DataSources {
    Store* store = nullptr; // for a second connection that reads on another thread
    CheckInRepository* checkIns = nullptr;
    SelfCareSessionRepository* sessions = nullptr;
    KnotRepository* knots = nullptr;
    PainAreaRepository* painAreas = nullptr;
    RedFlagAnswerRepository* redFlags = nullptr;
    const BodyAtlas* atlas = nullptr;
    const KnowledgeBase* knowledge = nullptr;
};

} // namespace knotmap::ui
