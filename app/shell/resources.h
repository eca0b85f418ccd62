// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/knowledge.h"
#include "knotmap/result.h"

// The data embedded in the QML module, for the window, the commands and the tests.
namespace knotmap::ui {

// The body atlas (resources/body/atlas.json).
Result<BodyAtlas> loadBodyAtlas();
// The knowledge data (resources/knowledge/knowledge.json), checked against the atlas.
Result<KnowledgeBase> loadKnowledge(const BodyAtlas& atlas);

} // namespace knotmap::ui
