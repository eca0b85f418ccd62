// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

// The words core writes for the user. Core writes them in English; the app installs a
// translator (Qt's, in app/main.cpp) so the user reads them in the interface's language.
// `translate` is spelled as Qt's lupdate expects, so these sentences are collected into
// the same translation files as the app's. Without a translator the English is returned.
namespace knotmap {

// Returns `source` in the user's language; `context` groups sentences as Qt's contexts do.
// The returned text is UTF-8. Must not throw.
using Translator = std::string (*)(const char* context, const char* source);

// Installs the translator for the whole process (call once, before any other thread runs);
// nullptr restores English.
void setTranslator(Translator translator);

std::string translate(const char* context, const char* source);

// `pattern` with %1 ... %9 replaced by `args` in order, so a translation may move them.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);

} // namespace knotmap
