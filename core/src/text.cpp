// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/text.h"

namespace knotmap {
namespace {
Translator g_translator = nullptr;
} // namespace

void setTranslator(Translator translator) {
    g_translator = translator;
}

std::string translate(const char* context, const char* source) {
    return g_translator != nullptr ? g_translator(context, source) : std::string(source);
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < args.size()) {
                out.append(args.begin()[index]);
                ++i;
                continue;
            }
        }
        out.push_back(c);
    }
    return out;
}

} // namespace knotmap
