// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/reportcommand.h"

#include "knotmap/checkins.h"
#include "knotmap/demo.h"
#include "knotmap/knots.h"
#include "knotmap/log.h"
#include "knotmap/painareas.h"
#include "knotmap/redflags.h"
#include "knotmap/sessions.h"
#include "knotmap/store.h"
#include "report/reportdocument.h"
#include "shell/language.h"
#include "shell/resources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <optional>
#include <variant>

namespace knotmap::ui {
namespace {

// This file's words, in one translation context; lupdate reads the context from here.
struct ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

int fail(int status, const QString& message) {
    std::fprintf(stderr, "knotmap report: %s\n", qPrintable(message));
    return status;
}

// What `knotmap report` was asked for, read and checked; or the exit status and sentence
// for what was wrong.
struct Request {
    DateRange range{};
    ReportOptions options;
    QString out;
    QString database;
    bool demo = false; // the sample data, made afresh, instead of `database`
};
struct Refusal {
    int status = 2;
    QString message;
};

// A date option, or `fallback` when it is not given.
std::variant<LocalDate, Refusal> dateOption(const QCommandLineParser& parser,
                                            const QCommandLineOption& option, LocalDate fallback,
                                            const QString& notADate) {
    if (!parser.isSet(option))
        return fallback;
    const auto parsed = parseDate(parser.value(option).toStdString());
    if (!parsed)
        return Refusal{2, notADate.arg(parser.value(option))};
    return *parsed;
}

std::variant<Request, Refusal> readRequest(const QStringList& arguments,
                                           const QString& defaultDatabase) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ReportCommand::tr("Write the physiotherapist's summary of a range of days as a PDF."));
    parser.addHelpOption();
    parser.addOption(languageOption());
    const QCommandLineOption from(
        QStringLiteral("from"),
        ReportCommand::tr("First day, YYYY-MM-DD (default: 29 days before --to)."),
        QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"),
                                ReportCommand::tr("Last day, YYYY-MM-DD (default: today)."),
                                QStringLiteral("date"));
    const QCommandLineOption out(QStringLiteral("out"), ReportCommand::tr("The PDF file to write."),
                                 QStringLiteral("path"));
    const QCommandLineOption db(QStringLiteral("db"), ReportCommand::tr("The database to read."),
                                QStringLiteral("path"), defaultDatabase);
    const QCommandLineOption name(QStringLiteral("name"),
                                  ReportCommand::tr("The person's name, for the header."),
                                  QStringLiteral("text"));
    const QCommandLineOption paper(QStringLiteral("paper"),
                                   ReportCommand::tr("a4 or letter (default: from the locale)."),
                                   QStringLiteral("size"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        ReportCommand::tr("Report on the sample data (60 days, made afresh) instead of yours."));
    parser.addOptions({from, to, out, db, name, paper, demo});
    if (!parser.parse(arguments))
        return Refusal{2, parser.errorText()};
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Refusal{0, {}};
    }
    if (!parser.positionalArguments().isEmpty())
        return Refusal{2, ReportCommand::tr("unexpected argument “%1”.")
                              .arg(parser.positionalArguments().constFirst())};
    if (!parser.isSet(out))
        return Refusal{2, ReportCommand::tr("--out is needed: the PDF file to write.")};

    const LocalDate today = SystemClock().today();
    auto last = dateOption(parser, to, report::defaultRange(today).last,
                           ReportCommand::tr("--to “%1” is not a date like 2026-03-31."));
    if (auto* refused = std::get_if<Refusal>(&last))
        return *refused;
    auto first = dateOption(parser, from,
                            report::lastDays(std::get<LocalDate>(last), report::kDefaultDays).first,
                            ReportCommand::tr("--from “%1” is not a date like 2026-03-01."));
    if (auto* refused = std::get_if<Refusal>(&first))
        return *refused;
    Request request;
    request.range = {std::get<LocalDate>(first), std::get<LocalDate>(last)};
    if (auto ok = report::checkRange(request.range, today); !ok)
        return Refusal{2, QString::fromStdString(ok.error().message)};
    if (auto ok = report::checkName(parser.value(name).toStdString()); !ok)
        return Refusal{2, QString::fromStdString(ok.error().message)};
    request.options.name = parser.value(name);
    auto chosen = parser.isSet(paper)
                      ? report::paperFrom(parser.value(paper).toLower().toStdString())
                      : std::optional<report::Paper>(defaultPaper());
    if (!chosen)
        return Refusal{2, ReportCommand::tr("--paper must be a4 or letter.")};
    request.options.pageSize = pageSizeOf(*chosen);
    request.out = parser.value(out);
    request.database = parser.value(db);
    request.demo = parser.isSet(demo);
    if (request.demo && parser.isSet(db))
        return Refusal{2, ReportCommand::tr("--demo and --db do not go together: the sample data "
                                            "has its own file.")};
    if (request.demo)
        request.database =
            QFileInfo(request.database).dir().filePath(QString::fromLatin1(demo::kFileName));
    return request;
}

} // namespace

int runReportCommand(const QStringList& arguments, const QString& defaultDatabase) {
    auto read = readRequest(arguments, defaultDatabase);
    if (auto* refused = std::get_if<Refusal>(&read))
        return refused->message.isEmpty() ? refused->status
                                          : fail(refused->status, refused->message);
    const Request& request = std::get<Request>(read);
    const SystemClock clock;
    const LocalDate today = clock.today();
    const DateRange range = request.range;
    const ReportOptions& options = request.options;

    auto atlas = loadBodyAtlas();
    if (!atlas)
        return fail(1, QString::fromStdString(atlas.error().message));
    auto knowledge = loadKnowledge(*atlas);
    if (!knowledge)
        return fail(1, QString::fromStdString(knowledge.error().message));
    const std::filesystem::path dbPath = request.database.toStdString();
    if (!request.demo && !std::filesystem::exists(dbPath))
        return fail(1, ReportCommand::tr("there is no database at %1. Choose one with --db PATH, "
                                         "or add --demo to report on the sample data.")
                           .arg(request.database));
    OpenOptions readOnly;
    readOnly.readOnly = true; // a report only reads, even beside an open window
    auto store = request.demo ? demo::open(dbPath, clock, &*atlas) : Store::open(dbPath, readOnly);
    if (!store)
        return fail(1, QString::fromStdString(store.error().message));
    CheckInRepository checkIns(**store, clock);
    SelfCareSessionRepository sessions(**store, clock);
    KnotRepository knots(**store, clock);
    PainAreaRepository areas(**store, clock);
    RedFlagAnswerRepository redFlags(**store, clock);
    auto data = report::gather({checkIns, sessions, knots, areas, redFlags}, range, today);
    if (!data)
        return fail(1, QString::fromStdString(data.error().message));
    const ReportDocument document(std::move(*data), &*atlas, &*knowledge, options);
    if (const QString error = document.writePdf(request.out, dbPath); !error.isEmpty())
        return fail(1, error);
    log::report()->info("wrote a summary of {} pages", document.pageCount());
    const QString wrote =
        ReportCommand::tr("Wrote %n pages to %1", nullptr, document.pageCount()).arg(request.out);
    std::printf("%s\n", qPrintable(wrote));
    return 0;
}

} // namespace knotmap::ui
