#pragma once

#include "models/kpi/KpiReportData.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QIODevice;

// The periodic report a coordinator sends to the funder: an A4 PDF with a title page, the KPI
// table against targets, the charts, the held events by kind with their totals and the
// institutions involved by type. Written in the language of the installed translator and locale:
// install "it" or "en" before writing.
class KpiReport
{
    Q_DECLARE_TR_FUNCTIONS(KpiReport)

public:
    explicit KpiReport(KpiReportData data);

    // The day printed as the day the report was prepared; today unless set.
    void setPreparedOn(QDate day) { m_preparedOn = day; }

    // Writes the PDF in one go: an existing file is replaced only once the new one is complete.
    // False with *errorMessage naming the path when it cannot be written.
    bool write(const QString &path, QString *errorMessage) const;

    // "Periodic report", in the current language.
    static QString documentTitle();
    // A file name for the scope: "Trieste LEC - Period 2 - report.pdf".
    static QString suggestedFileName(const KpiScope &scope);

private:
    // Draws the whole document into device; false when the PDF cannot be drawn.
    bool draw(QIODevice *device) const;

    KpiReportData m_data;
    QDate m_preparedOn;
};
