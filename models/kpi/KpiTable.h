#pragma once

#include "models/csv/CsvImport.h"
#include "models/kpi/Kpi.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

// The KPI table of a snapshot as every table output shows it: the CSV and XLSX exports, the
// `lecdesk kpi` table and the report. Its rows are KpiCatalogue::all(), so a KPI added there
// appears in all of them; then the breakdowns (institutions by type, events held by kind).
// Labels are in the language of the translator installed when the table is made.
class KpiTable
{
    Q_DECLARE_TR_FUNCTIONS(KpiTable)

public:
    enum Column { Kpi, Actual, Target, Progress, Note, ColumnCount };

    struct Row
    {
        // The key of the KPI JSON: "pupils"; in a breakdown its path,
        // "institutions.by_type.school".
        QString key;
        QString label;
        qint64 actual = 0;
        std::optional<double> target;
        // The actual of the clusters that set the target ÷ the target (KpiSnapshot::progress).
        std::optional<double> progress;
        // With every cluster, for a target only some of them set: the sentence that says so
        // (KpiSnapshot::targetNote); else empty.
        QString note = {};
    };

    // The rows behind one KPI, split by type or kind. Breakdown rows have no targets.
    struct Section
    {
        QString key; // "institutions_by_type", "events_held_by_kind"
        QString title;
        QList<Row> rows;
    };

    explicit KpiTable(const KpiSnapshot &snapshot);

    const KpiScope &scope() const { return m_scope; }
    const QList<Row> &rows() const { return m_rows; }
    const QList<Section> &breakdowns() const { return m_breakdowns; }

    // The cluster's name, or "All clusters".
    QString scopeName() const;
    // "Period 2 (01/01/2021 – 30/09/2022)", or the dates alone for a free range.
    QString periodText() const;
    // Both together, for the first line of a table.
    QString title() const;
    static QString columnTitle(Column column);

    // A cell as people read it: numbers grouped as the locale writes them, progress as a
    // percentage, empty without a target.
    static QString cellText(const Row &row, Column column, const QLocale &locale = QLocale());

    // Aligned plain text: the title, the KPI table, then each breakdown with its actual column.
    // The progress of a target only some clusters set is marked with an asterisk, and the note
    // of each such KPI follows the KPI table.
    QString toText(const QLocale &locale = QLocale()) const;

    // RFC 4180 CSV of every row, KPIs first, then the breakdowns. The first column, "key", holds
    // the JSON keys whatever the language, for programs; the others are the table's columns,
    // headed in the table's language. Numbers are not grouped; the decimal separator and the
    // delimiter are the dialect's; progress is the ratio of KpiSnapshot::progress; the last
    // column holds the row's note.
    QByteArray toCsv(CsvDialect dialect) const;
    // Writes toCsv() to the path, replacing a file only once the new one is complete. On failure
    // returns false and *errorMessage names the path.
    bool writeCsv(const QString &path, CsvDialect dialect, QString *errorMessage) const;

private:
    KpiScope m_scope;
    QList<Row> m_rows;
    QList<Section> m_breakdowns;
};
