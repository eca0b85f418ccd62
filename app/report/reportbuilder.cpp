// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportbuilder.h"

#include "common/convert.h"
#include "common/dialogcolours.h"
#include "common/folders.h"
#include "knotmap/log.h"
#include "knotmap/report.h"
#include "knotmap/store.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>

namespace knotmap::ui {
namespace {
constexpr const char* kNameSetting = "report.name"; // the name last put on a summary
} // namespace

ReportBuilder::ReportBuilder(DataSources sources, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_sources(sources)
    , m_clock(clock)
    , m_paper(defaultPaper()) {
    // Core's default range; laid out when the Report page is shown (rebuild), not at
    // start-up.
    setRange(report::defaultRange(m_clock.today()));
    if (m_sources.store != nullptr) {
        if (auto kept = m_sources.store->setting(kNameSetting); kept && *kept)
            m_name = toQString(**kept);
    }
}

int ReportBuilder::lastDays() const {
    const auto first = parseDate(m_from.trimmed().toStdString());
    const auto last = parseDate(m_to.trimmed().toStdString());
    if (!first || !last || *last != m_clock.today() || *first > *last)
        return 0;
    return static_cast<int>(
               (std::chrono::sys_days{*last} - std::chrono::sys_days{*first}).count()) +
           1;
}

void ReportBuilder::setRange(DateRange range) {
    m_from = toQString(formatDate(range.first));
    m_to = toQString(formatDate(range.last));
}

ReportBuilder::~ReportBuilder() = default;

void ReportBuilder::setFrom(const QString& date) {
    if (date != m_from) {
        m_from = date;
        emit inputChanged();
        rebuild();
    }
}

void ReportBuilder::setTo(const QString& date) {
    if (date != m_to) {
        m_to = date;
        emit inputChanged();
        rebuild();
    }
}

void ReportBuilder::setName(const QString& name) {
    if (name != m_name) {
        m_name = name;
        // Remembered when it is a name the summary may carry; not where saving is off.
        if (m_sources.store != nullptr && !m_sources.store->readOnly() &&
            report::checkName(name.toStdString()))
            if (auto ok = m_sources.store->setSetting(kNameSetting, name.trimmed().toStdString());
                !ok)
                log::report()->warn("the name on the summary was not kept: {}", ok.error().message);
        emit inputChanged();
        rebuild();
    }
}

QString ReportBuilder::paper() const {
    return toQString(report::toString(m_paper));
}

void ReportBuilder::setPaper(const QString& name) {
    const auto paper = report::paperFrom(name.toStdString());
    if (paper && *paper != m_paper) {
        m_paper = *paper;
        emit inputChanged();
        rebuild();
    }
}

int ReportBuilder::pageCount() const {
    return m_document ? m_document->pageCount() : 0;
}

bool ReportBuilder::canPrint() const {
    return qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr;
}

void ReportBuilder::useLastDays(int days) {
    setRange(report::lastDays(m_clock.today(), days));
    emit inputChanged();
    rebuild();
}

void ReportBuilder::rebuild() {
    m_document.reset();
    m_error.clear();
    m_errorField.clear();
    const auto first = parseDate(m_from.trimmed().toStdString());
    const auto last = parseDate(m_to.trimmed().toStdString());
    if (m_sources.checkIns == nullptr) {
        m_error = tr("No database is open, so there is nothing to summarise.");
    } else if (!first) {
        m_error = tr("“From” must be a date like 2026-03-01.");
        m_errorField = QStringLiteral("from");
    } else if (!last) {
        m_error = tr("“To” must be a date like 2026-03-31.");
        m_errorField = QStringLiteral("to");
    } else if (auto range = report::checkRange({*first, *last}, m_clock.today()); !range) {
        m_error = toQString(range.error().message);
        m_errorField = toQString(range.error().field);
    } else if (auto name = report::checkName(m_name.toStdString()); !name) {
        m_error = toQString(name.error().message);
        m_errorField = toQString(name.error().field);
    } else {
        auto data = report::gather({*m_sources.checkIns, *m_sources.sessions, *m_sources.knots,
                                    *m_sources.painAreas, *m_sources.redFlags},
                                   {*first, *last}, m_clock.today());
        if (!data) {
            log::report()->warn("could not gather the summary: {}", data.error().message);
            m_error = tr("The summary could not be made: %1").arg(toQString(data.error().message));
        } else {
            ReportOptions options;
            options.name = m_name;
            options.pageSize = pageSizeOf(m_paper);
            m_document = std::make_unique<ReportDocument>(std::move(*data), m_sources.atlas,
                                                          m_sources.knowledge, options);
        }
    }
    emit built();
}

void ReportBuilder::setStatus(const QString& status) {
    m_status = status;
    emit statusChanged();
}

bool ReportBuilder::saveTo(const QString& path) {
    m_noPrinter = false;
    if (!m_document) {
        setStatus(m_error.isEmpty() ? tr("There is no summary to save.") : m_error);
        return false;
    }
    const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    if (const QString error = m_document->writePdf(
            local, m_sources.store != nullptr ? m_sources.store->path() : std::filesystem::path());
        !error.isEmpty()) {
        setStatus(error);
        return false;
    }
    log::report()->info("saved a summary of {} pages as PDF", m_document->pageCount());
    setStatus(tr("Saved %n pages to %1.", nullptr, m_document->pageCount())
                  .arg(QDir::toNativeSeparators(local)));
    return true;
}

bool ReportBuilder::saveWithDialog() {
    if (!m_document || !canPrint())
        return saveTo({});
    const QString suggested =
        dialogFolder() + QStringLiteral("/knotmap-summary-%1-to-%2.pdf").arg(m_from, m_to);
    styleDialogs();
    const QString path = QFileDialog::getSaveFileName(nullptr, tr("Save the summary as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool ReportBuilder::printTo(QPrinter& printer) {
    if (!m_document) {
        setStatus(m_error.isEmpty() ? tr("There is no summary to print.") : m_error);
        return false;
    }
    if (printer.outputFormat() == QPrinter::PdfFormat) {
        // "Print to file" writes a PDF too, through the same one writer as Save as PDF.
        const QString path = printer.outputFileName();
        const QString error = m_document->writePdf(
            path, m_sources.store != nullptr ? m_sources.store->path() : std::filesystem::path());
        if (!error.isEmpty()) {
            setStatus(error);
            return false;
        }
    } else if (!m_document->paint(printer)) {
        setStatus(tr("The printer could not be used. Nothing was printed."));
        return false;
    }
    log::report()->info("printed a summary of {} pages", m_document->pageCount());
    setStatus(tr("Sent %n pages to %1.", nullptr, m_document->pageCount())
                  .arg(printer.outputFormat() == QPrinter::PdfFormat
                           ? QDir::toNativeSeparators(printer.outputFileName())
                           : printer.printerName()));
    return true;
}

bool ReportBuilder::printWithDialog() {
    if (!m_document) {
        setStatus(m_error.isEmpty() ? tr("There is no summary to print.") : m_error);
        return false;
    }
    if (!canPrint()) {
        setStatus(tr("Printing is not available here; save the summary as a PDF instead."));
        return false;
    }
    // With no printer, Qt's dialog would offer only "print to file": say so instead, and
    // offer the PDF.
    m_noPrinter = QPrinterInfo::availablePrinters().isEmpty();
    if (m_noPrinter) {
        setStatus(tr("No printer is set up on this computer. Save the summary as a PDF "
                     "instead: you can print that from any device, or send it to your "
                     "physiotherapist."));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSizeOf(m_paper));
    printer.setDocName(tr("Muscle knot summary"));
    styleDialogs();
    QPrintDialog dialog(&printer);
    dialog.setWindowTitle(tr("Print the summary"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return printTo(printer);
}

} // namespace knotmap::ui
