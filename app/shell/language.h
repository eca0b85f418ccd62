// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

// The interface's language: KnotMap's own translation, Qt's (dialogs, --help), the default
// locale for dates and numbers, and core's sentences, all chosen in one place.
namespace knotmap::ui {

// The languages KnotMap ships, English (the source) first.
QStringList availableLanguages();

// --lang NAME, which every command accepts. Its value is read before the command line is
// parsed (see requestedLanguage), so that --help is already in that language.
QCommandLineOption languageOption();

// The value given with --lang NAME or --lang=NAME, or an empty string for the system's.
QString requestedLanguage(const QStringList& arguments);

// Where the compiled translations are: share/knotmap/translations beside the binary's
// folder, in the build tree as once installed.
QString translationsFolder();

// Installs the language: `language` ("de", "en"), or the system's preferred languages when
// empty. Returns false, changing nothing, when `language` is one KnotMap does not have.
bool installLanguage(const QString& language, const QString& folder = translationsFolder());

} // namespace knotmap::ui
