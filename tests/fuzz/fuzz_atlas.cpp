// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The body atlas loader on arbitrary bytes: it must return an error or an atlas whose
// lookups work, never crash.
#include "knotmap/atlas.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto atlas = knotmap::BodyAtlas::parse(std::string(reinterpret_cast<const char*>(data), size));
    if (atlas) {
        for (const auto view : {knotmap::BodyView::Front, knotmap::BodyView::Back}) {
            (void)atlas->regionAt(view, {0.5, 0.2});
            (void)atlas->first(view);
        }
    }
    return 0;
}
