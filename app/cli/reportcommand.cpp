#include "cli/reportcommand.h"

#include "knotmap/checkins.h"
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

#include <cstdio>

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

} // namespace

int runReportCommand(const QStringList& arguments, const QString& defaultDatabase) {
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
    parser.addOptions({from, to, out, db, name, paper});
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(2, ReportCommand::tr("unexpected argument “%1”.")
                           .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(out))
        return fail(2, ReportCommand::tr("--out is needed: the PDF file to write."));

    const SystemClock clock;
    const LocalDate today = clock.today();
    LocalDate last = report::defaultRange(today).last;
    if (parser.isSet(to)) {
        const auto parsed = parseDate(parser.value(to).toStdString());
        if (!parsed)
            return fail(2, ReportCommand::tr("--to “%1” is not a date like 2026-03-31.")
                               .arg(parser.value(to)));
        last = *parsed;
    }
    LocalDate first = report::lastDays(last, report::kDefaultDays).first;
    if (parser.isSet(from)) {
        const auto parsed = parseDate(parser.value(from).toStdString());
        if (!parsed)
            return fail(2, ReportCommand::tr("--from “%1” is not a date like 2026-03-01.")
                               .arg(parser.value(from)));
        first = *parsed;
    }
    if (auto range = report::checkRange({first, last}, today); !range)
        return fail(2, QString::fromStdString(range.error().message));
    if (auto ok = report::checkName(parser.value(name).toStdString()); !ok)
        return fail(2, QString::fromStdString(ok.error().message));
    ReportOptions options;
    options.name = parser.value(name);
    auto chosen = parser.isSet(paper)
                      ? report::paperFrom(parser.value(paper).toLower().toStdString())
                      : std::optional<report::Paper>(defaultPaper());
    if (!chosen)
        return fail(2, ReportCommand::tr("--paper must be a4 or letter."));
    options.pageSize = pageSizeOf(*chosen);

    auto atlas = loadBodyAtlas();
    if (!atlas)
        return fail(1, QString::fromStdString(atlas.error().message));
    auto knowledge = loadKnowledge(*atlas);
    if (!knowledge)
        return fail(1, QString::fromStdString(knowledge.error().message));
    const std::filesystem::path dbPath = parser.value(db).toStdString();
    if (!std::filesystem::exists(dbPath))
        return fail(1, ReportCommand::tr("there is no database at %1.").arg(parser.value(db)));
    OpenOptions readOnly;
    readOnly.readOnly = true; // a report only reads, even beside an open window
    auto store = Store::open(dbPath, readOnly);
    if (!store)
        return fail(1, QString::fromStdString(store.error().message));
    CheckInRepository checkIns(**store, clock);
    SelfCareSessionRepository sessions(**store, clock);
    KnotRepository knots(**store, clock);
    PainAreaRepository areas(**store, clock);
    RedFlagAnswerRepository redFlags(**store, clock);
    auto data = report::gather({checkIns, sessions, knots, areas, redFlags}, {first, last}, today);
    if (!data)
        return fail(1, QString::fromStdString(data.error().message));
    const ReportDocument document(std::move(*data), &*atlas, &*knowledge, options);
    if (const QString error = document.writePdf(parser.value(out), dbPath); !error.isEmpty())
        return fail(1, error);
    log::report()->info("wrote a summary of {} pages", document.pageCount());
    const QString wrote = document.pageCount() == 1
                              ? ReportCommand::tr("Wrote 1 page to %1").arg(parser.value(out))
                              : ReportCommand::tr("Wrote %1 pages to %2")
                                    .arg(document.pageCount())
                                    .arg(parser.value(out));
    std::printf("%s\n", qPrintable(wrote));
    return 0;
}

} // namespace knotmap::ui
