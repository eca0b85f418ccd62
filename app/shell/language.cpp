// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/language.h"

#include "knotmap/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace knotmap::ui {
namespace {

// Core's sentences go through the same catalogue as the app's.
std::string translateForCore(const char* context, const char* source) {
    return QCoreApplication::translate(context, source).toStdString();
}

// Loads `file`_<language>.qm from `folder` for `locale` and installs it; the translator
// lives as long as the application.
bool load(const QLocale& locale, const QString& file, const QString& folder) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, file, QStringLiteral("_"), folder) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QCommandLineOption languageOption() {
    return {QStringLiteral("lang"),
            QCoreApplication::translate("main",
                                        "Interface language: %1 (default: the system's language).")
                .arg(availableLanguages().join(QLatin1String(", "))),
            QStringLiteral("code")};
}

QString requestedLanguage(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

QString translationsFolder() {
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/knotmap/translations"));
}

bool installLanguage(const QString& language, const QString& folder) {
    QLocale locale; // the system's, unless a language is asked for
    if (!language.isEmpty()) {
        if (!availableLanguages().contains(language))
            return false;
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    // The first of the locale's UI languages that KnotMap has (English has a file for its
    // plural forms only), and Qt's own strings (dialogs, --help) where they are installed.
    if (!load(locale, QStringLiteral("knotmap"), folder)) // no file for it: English,
        load(QLocale(QLocale::English), QStringLiteral("knotmap"), folder); // for its plurals
    load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    setTranslator(&translateForCore);
    return true;
}

} // namespace knotmap::ui
