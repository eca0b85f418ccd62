// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Report page's builder: the range, name and paper, the summary laid out from them,
// saving it as PDF and printing it. Its preview is ReportPreview (reportpreview.h).

#include "common/datasources.h"
#include "report/reportdocument.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QPrinter;

namespace knotmap::ui {

// The Report page: the range, name and paper the user chose, the summary laid out from
// them (for the preview), and saving it as a PDF or printing it.
class ReportBuilder : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY inputChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY inputChanged)
    // Kept in the database, so the next summary has it too.
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY inputChanged)
    // N when the range is the last N days ending today (as useLastDays sets it), else 0.
    Q_PROPERTY(int lastDays READ lastDays NOTIFY inputChanged)
    Q_PROPERTY(QString paper READ paper WRITE setPaper NOTIFY inputChanged)
    Q_PROPERTY(int nameMaxLength READ nameMaxLength CONSTANT)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY built)
    Q_PROPERTY(QString error READ error NOTIFY built)
    Q_PROPERTY(QString errorField READ errorField NOTIFY built)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool canPrint READ canPrint CONSTANT)
    // True after Print found no printer set up: the page then offers Save as PDF.
    Q_PROPERTY(bool noPrinter READ noPrinter NOTIFY statusChanged)

public:
    ReportBuilder(DataSources sources, const Clock& clock, QObject* parent = nullptr);
    ~ReportBuilder() override;

    // Dates as YYYY-MM-DD, as typed; checked when the summary is built.
    QString from() const { return m_from; }
    void setFrom(const QString& date);
    QString to() const { return m_to; }
    void setTo(const QString& date);
    QString name() const { return m_name; }
    void setName(const QString& name);
    QString paper() const; // "a4" or "letter"
    void setPaper(const QString& name);
    int nameMaxLength() const { return report::kNameMaxLength; }
    int pageCount() const;
    QString error() const { return m_error; }
    QString errorField() const { return m_errorField; }
    // What the last save or print did, in a sentence.
    QString status() const { return m_status; }
    // Printing needs the widgets application the real app runs (not the test harness).
    bool canPrint() const;
    bool noPrinter() const { return m_noPrinter; }
    const ReportDocument* document() const { return m_document.get(); }

    // The last `days` days up to today.
    Q_INVOKABLE void useLastDays(int days);
    int lastDays() const;
    // Lays the summary out again from what is stored now.
    Q_INVOKABLE void rebuild();
    Q_INVOKABLE bool saveTo(const QString& path);
    // Asks where to save (a file dialog), then saves; false when cancelled or failed.
    Q_INVOKABLE bool saveWithDialog();
    // The system print dialog, then printing; false when cancelled or failed.
    Q_INVOKABLE bool printWithDialog();
    bool printTo(QPrinter& printer);

signals:
    void inputChanged();
    void built();
    void statusChanged();

private:
    void setStatus(const QString& status);
    void setRange(DateRange range); // without laying out
    bool m_noPrinter = false;
    DataSources m_sources;
    const Clock& m_clock;
    QString m_from;
    QString m_to;
    QString m_name;
    report::Paper m_paper;
    QString m_error;
    QString m_errorField;
    QString m_status;
    std::unique_ptr<ReportDocument> m_document;
};

} // namespace knotmap::ui
