// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The knowledge loader on arbitrary bytes, checked against the shipped atlas.
#include "knotmap/atlas.h"
#include "knotmap/knowledge.h"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

namespace {
const knotmap::BodyAtlas& atlas() {
    static const knotmap::BodyAtlas a = [] {
        std::ifstream in(KNOTMAP_SOURCE_DIR "/resources/body/atlas.json");
        return knotmap::BodyAtlas::parse(std::string(std::istreambuf_iterator<char>(in),
                                                     std::istreambuf_iterator<char>()))
            .value();
    }();
    return a;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto knowledge = knotmap::KnowledgeBase::parse(
        std::string(reinterpret_cast<const char*>(data), size), atlas());
    if (knowledge) {
        for (const auto& region : atlas().regions())
            (void)knowledge->musclesOf(region);
        (void)knowledge->generalQuestions();
    }
    return 0;
}
