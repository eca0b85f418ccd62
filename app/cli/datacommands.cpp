// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/datacommands.h"

#include "knotmap/backup.h"
#include "knotmap/domain.h"
#include "knotmap/exchange.h"
#include "knotmap/fhir.h"
#include "knotmap/files.h"
#include "knotmap/report.h"
#include "knotmap/store.h"
#include "shell/language.h"
#include "shell/resources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <variant>

namespace knotmap::ui {
namespace {

// This file's words, in one translation context; lupdate reads the context from here.
struct DataCommand {
    Q_DECLARE_TR_FUNCTIONS(DataCommand)
};

int fail(int status, const QString& message, const char* command = "restore") {
    std::fprintf(stderr, "knotmap %s: %s\n", command, qPrintable(message));
    return status;
}

// A command that writes never writes under an open window: it is refused instead.
// A command that writes refuses a database another window has open. The body map comes
// along: bringing an older database up to date needs it.
OpenOptions mustWrite(const BodyAtlas* atlas) {
    OpenOptions options;
    options.whenInUse = OpenOptions::WhenInUse::Refuse;
    options.atlas = atlas;
    return options;
}

} // namespace

int runRestoreCommand(const QStringList& arguments, const QString& defaultDatabase) {
    QCommandLineParser parser;
    parser.setApplicationDescription(DataCommand::tr(
        "Restore KnotMap's database from a backup. Without --yes, only show what the "
        "backup holds."));
    parser.addHelpOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(QStringLiteral("file"), DataCommand::tr("The backup to restore."));
    const QCommandLineOption db(QStringLiteral("db"),
                                DataCommand::tr("The database to restore into."),
                                QStringLiteral("path"), defaultDatabase);
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 DataCommand::tr("Restore (the current data is backed up first)."));
    parser.addOptions({db, yes});
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(2, DataCommand::tr("name one backup file to restore."));
    const std::filesystem::path file = parser.positionalArguments().constFirst().toStdString();

    auto contents = backup::preview(file);
    if (!contents)
        return fail(1, QString::fromStdString(contents.error().message));
    const auto day = [](const std::optional<LocalDate>& d) {
        return d ? QString::fromStdString(formatDate(*d)) : QStringLiteral("-");
    };
    std::printf("%s\n", qPrintable(DataCommand::tr(
                                       "The backup holds %1 check-ins (%2 to %3), %4 knots with "
                                       "%5 readings, and %6 self-care sessions.")
                                       .arg(contents->checkIns)
                                       .arg(day(contents->firstDay), day(contents->lastDay))
                                       .arg(contents->knots)
                                       .arg(contents->readings)
                                       .arg(contents->sessions)));
    if (!parser.isSet(yes)) {
        std::printf("%s\n",
                    qPrintable(DataCommand::tr("Nothing was changed. Add --yes to restore it.")));
        return 0;
    }
    const SystemClock clock;
    const std::filesystem::path database = parser.value(db).toStdString();
    auto atlas = loadBodyAtlas();
    if (!atlas)
        return fail(1, QString::fromStdString(atlas.error().message));
    auto store = Store::open(database, mustWrite(&*atlas));
    if (!store && backup::canReplaceRefused(store.error().code)) {
        // A database that cannot be opened is kept as it is and the backup put in place.
        std::fprintf(stderr, "knotmap restore: %s\n", store.error().message.c_str());
        auto kept = backup::replaceRefused(database, file, clock.now());
        if (!kept)
            return fail(1, QString::fromStdString(kept.error().message));
        std::printf("%s\n", qPrintable(DataCommand::tr(
                                           "Restored. The file that could not be opened is kept, "
                                           "unchanged, as %1.")
                                           .arg(QString::fromStdString(kept->string()))));
        return 0;
    }
    if (!store)
        return fail(1, QString::fromStdString(store.error().message));
    if (auto ok = backup::restore(**store, file, clock.now(), &*atlas); !ok)
        return fail(1, QString::fromStdString(ok.error().message));
    std::printf(
        "%s\n",
        qPrintable(DataCommand::tr("Restored. What the database held before is kept in %1.")
                       .arg(QString::fromStdString(backup::folderFor((*store)->path()).string()))));
    return 0;
}

namespace {

// The days and the name of a FHIR record, from --from, --to and --name; or the sentence
// saying what was wrong.
std::variant<fhir::Options, QString> recordOptions(const QCommandLineParser& parser,
                                                   const QCommandLineOption& from,
                                                   const QCommandLineOption& to,
                                                   const QCommandLineOption& name) {
    fhir::Options record = fhir::Options::everything(SystemClock().today());
    for (const auto& [option, into] :
         {std::pair{&from, &record.range.first}, std::pair{&to, &record.range.last}}) {
        if (!parser.isSet(*option))
            continue;
        const auto day = parseDate(parser.value(*option).toStdString());
        if (!day)
            return DataCommand::tr("--%1 “%2” is not a date like 2026-03-01.")
                .arg(option->names().constFirst(), parser.value(*option));
        *into = *day;
    }
    record.name = parser.value(name).toStdString();
    return record;
}

// Writes the export of `kind` (json, csv or fhir) from `store` to `target`.
Status writeExport(const QString& kind, Store& store, const fhir::Options& record,
                   const std::filesystem::path& target, const files::Protected& keep) {
    if (kind == QLatin1String("csv"))
        return exchange::toCsv(store, target, keep);
    Result<std::string> text = std::string();
    if (kind == QLatin1String("fhir")) {
        auto atlas = loadBodyAtlas();
        auto knowledge = atlas ? loadKnowledge(*atlas) : Result<KnowledgeBase>(atlas.error());
        if (!knowledge)
            return knowledge.error();
        text = fhir::toBundle(store, *atlas, *knowledge, record, SystemClock());
    } else {
        text = exchange::toJson(store, SystemClock().now());
    }
    if (!text)
        return text.error();
    return files::writeFile(target, *text, keep);
}

} // namespace

int runExportCommand(const QStringList& arguments, const QString& defaultDatabase) {
    const auto error = [](int status, const QString& message) {
        return fail(status, message, "export");
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DataCommand::tr("Export everything you entered: one JSON file, one CSV file per table, "
                        "or an HL7 FHIR R4 bundle for a clinic's system."));
    parser.addHelpOption();
    parser.addOption(languageOption());
    const QCommandLineOption format(QStringLiteral("format"), DataCommand::tr("json, csv or fhir."),
                                    QStringLiteral("format"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        DataCommand::tr("The JSON or FHIR file, or the folder for the CSV files."),
        QStringLiteral("path"));
    const QCommandLineOption db(QStringLiteral("db"), DataCommand::tr("The database to read."),
                                QStringLiteral("path"), defaultDatabase);
    const QCommandLineOption from(
        QStringLiteral("from"),
        DataCommand::tr("With fhir: the first day, YYYY-MM-DD (default: the first entry)."),
        QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        DataCommand::tr("With fhir: the last day, YYYY-MM-DD (default: today)."),
        QStringLiteral("date"));
    const QCommandLineOption name(
        QStringLiteral("name"),
        DataCommand::tr("With fhir: your name for the record (default: no name)."),
        QStringLiteral("text"));
    parser.addOptions({format, out, db, from, to, name});
    if (!parser.parse(arguments))
        return error(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("json") && kind != QLatin1String("csv") &&
        kind != QLatin1String("fhir"))
        return error(2, DataCommand::tr("--format must be json, csv or fhir."));
    if (kind != QLatin1String("fhir") &&
        (parser.isSet(from) || parser.isSet(to) || parser.isSet(name)))
        return error(2, DataCommand::tr("--from, --to and --name go with --format fhir only: "
                                        "the other formats hold everything."));
    const auto record = recordOptions(parser, from, to, name);
    if (const auto* wrong = std::get_if<QString>(&record))
        return error(2, *wrong);
    // The rules of a record's days and name, before anything is opened (exit 2, as for any
    // bad option); what fails later is the file's or the database's (exit 1).
    const fhir::Options& asked = std::get<fhir::Options>(record);
    if (auto ok = report::checkRange(asked.range, SystemClock().today()); !ok)
        return error(2, QString::fromStdString(ok.error().message));
    if (auto ok = report::checkName(asked.name); !ok)
        return error(2, QString::fromStdString(ok.error().message));
    if (!parser.isSet(out))
        return error(2, DataCommand::tr("--out is needed: where to write the export."));
    const std::filesystem::path dbPath = parser.value(db).toStdString();
    if (!std::filesystem::exists(dbPath))
        return error(1, DataCommand::tr("there is no database at %1.").arg(parser.value(db)));
    OpenOptions readOnly;
    readOnly.readOnly = true; // an export only reads, even beside an open window
    auto store = Store::open(dbPath, readOnly);
    if (!store)
        return error(1, QString::fromStdString(store.error().message));
    if (auto ok = writeExport(kind, **store, asked, parser.value(out).toStdString(),
                              files::Protected(dbPath));
        !ok)
        return error(1, QString::fromStdString(ok.error().message));
    std::printf("%s\n", qPrintable(DataCommand::tr("Exported to %1.").arg(parser.value(out))));
    return 0;
}

int runImportCommand(const QStringList& arguments, const QString& defaultDatabase) {
    const auto error = [](int status, const QString& message) {
        return fail(status, message, "import");
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DataCommand::tr("Read a KnotMap JSON export into the database."));
    parser.addHelpOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(QStringLiteral("file"),
                                 DataCommand::tr("The JSON export to read."));
    const QCommandLineOption db(QStringLiteral("db"),
                                DataCommand::tr("The database to import into."),
                                QStringLiteral("path"), defaultDatabase);
    parser.addOption(db);
    if (!parser.parse(arguments))
        return error(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return error(2, DataCommand::tr("name one JSON export to import."));
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly))
        return error(
            1,
            DataCommand::tr("%1 could not be read: %2").arg(file.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    auto atlas = loadBodyAtlas();
    if (!atlas)
        return error(1, QString::fromStdString(atlas.error().message));
    auto knowledge = loadKnowledge(*atlas);
    if (!knowledge)
        return error(1, QString::fromStdString(knowledge.error().message));
    auto store = Store::open(parser.value(db).toStdString(), mustWrite(&*atlas));
    if (!store)
        return error(1, QString::fromStdString(store.error().message));
    auto result = exchange::fromJson(**store, bytes.toStdString(),
                                     exchange::referencesOf(*atlas, *knowledge));
    if (!result)
        return error(1, QString::fromStdString(result.error().message));
    if (!result->written) {
        for (const auto& p : result->problems)
            std::fprintf(stderr, "knotmap import: %s: %s\n", p.where.c_str(), p.rule.c_str());
        return error(
            1, DataCommand::tr("nothing was imported: %1 problem(s) above. Your data is as it was.")
                   .arg(result->problems.size()));
    }
    QStringList counts;
    for (const auto& [table, rows] : result->rows)
        counts << QStringLiteral("%1 %2").arg(rows).arg(QString::fromStdString(table));
    std::printf(
        "%s\n",
        qPrintable(DataCommand::tr("Imported: %1.").arg(counts.join(QStringLiteral(", ")))));
    if (result->alreadyThere > 0)
        std::printf("%s\n", qPrintable(DataCommand::tr("Skipped %n rows that were in the "
                                                       "database already.",
                                                       nullptr, result->alreadyThere)));
    return 0;
}

} // namespace knotmap::ui
