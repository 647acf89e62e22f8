#pragma once

#include <QCoreApplication>
#include <QString>

class KpiTable;

// The KPI table as an Excel workbook (libxlsxwriter): a sheet with the KPIs (title row naming
// the cluster and the period, bold header, grouped numbers, progress as a percentage) and a
// sheet with the breakdowns by institution type and event kind. Labels are the table's.
class KpiXlsx
{
    Q_DECLARE_TR_FUNCTIONS(KpiXlsx)

public:
    // Replaces a file at the path only once the new workbook is complete. On failure returns
    // false and *errorMessage names the path.
    static bool write(const KpiTable &table, const QString &path, QString *errorMessage);
};
