#pragma once

#include "models/csv/CsvReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <span>

class ClusterRepository;

// The machinery the CSV formats (partners, events) share: header mapping, dates, clusters by name,
// the plan of an import and writing in a dialect.

// A problem with one row of an import file: line number, column (as named in the file's header,
// empty for the whole row) and the reason, translated.
struct CsvRowError
{
    int line = 0;
    QString column;
    QString message;
};

enum class CsvDialect {
    English, // English headers and keys, comma, ISO dates
    Italian, // Italian headers and labels, semicolon, DD/MM/YYYY, byte-order mark
};

// What every format's import row has besides the record it reads.
struct CsvImportRow
{
    int line = 0;
    QStringList fields;          // the raw fields, for a preview
    QString clusterName;         // the cluster the row goes into
    bool unknownCluster = false; // clusterName names no cluster (one of the errors says so)
    QList<CsvRowError> errors;
    QStringList warnings; // e.g. an unusual but acceptable value

    bool isValid() const { return errors.isEmpty(); }
};

// What an import would do, computed before anything is written. Row derives from CsvImportRow.
template<typename Row>
struct CsvImportPlan
{
    QString fileError; // the file as a whole cannot be read (then rows is empty)
    QStringList header;
    QStringList warnings; // file-level, e.g. columns that are ignored
    QList<Row> rows;

    bool canImport(bool skipInvalid) const
    {
        return fileError.isEmpty() && validCount() > 0 && (skipInvalid || invalidCount() == 0);
    }
    int validCount() const
    {
        return int(std::count_if(rows.cbegin(), rows.cend(),
                                 [](const Row &row) { return row.isValid(); }));
    }
    int invalidCount() const { return int(rows.size()) - validCount(); }
    QList<CsvRowError> allErrors() const
    {
        QList<CsvRowError> errors;
        for (const Row &row : rows)
            errors.append(row.errors);
        return errors;
    }

protected:
    // The records of the valid rows: validValues(&PartnerImportRow::partner).
    template<typename Value>
    QList<Value> validValues(Value Row::*member) const
    {
        QList<Value> values;
        for (const Row &row : rows) {
            if (row.isValid())
                values.append(row.*member);
        }
        return values;
    }
};

// The names of one column of a format. The file format is a contract: they are never translated.
struct CsvColumnName
{
    const char *english; // as in INTERFACES.md
    const char *italian;
    const char *aliases = nullptr; // other spellings people use, separated by '|'
};

// Which field of a file's records holds which column of a format. Columns are numbered in the
// order of the names given to the constructor; CsvColumns below numbers them with an enum.
class CsvHeader
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    explicit CsvHeader(std::span<const CsvColumnName> names);

    // Maps the table's header line. A column the format does not know is ignored with a warning:
    // notAColumnWarning, whose %1 is the column's name. A column named twice makes the whole file
    // unreadable: returns false and sets *fileError.
    bool read(const CsvTable &table, const QString &notAColumnWarning, QStringList *warnings,
              QString *fileError);
    // False, with *fileError naming it, when the first of these required columns is missing.
    bool require(std::initializer_list<int> columns, QString *fileError) const;
    QString missingColumnMessage(int column) const;

    int indexOf(int column) const { return m_indexOf.at(column); }
    bool has(int column) const { return indexOf(column) >= 0; }
    // The column as the file's header names it, for messages; the English name when absent.
    QString headerName(int column) const;
    // True when the file names the column by its Italian name (and that differs from the English).
    bool isNamedInItalian(int column) const;
    // The record's value in that column, trimmed; empty when the file has no such column.
    QString value(const CsvRecord &record, int column) const;
    // A record with more or fewer fields than the header line cannot be read column by column.
    std::optional<CsvRowError> fieldCountError(const CsvRecord &record) const;

    // The header line of an exported file.
    QStringList names(CsvDialect dialect) const;

private:
    std::span<const CsvColumnName> m_names;
    QHash<QString, int> m_columnBySpelling;
    QList<int> m_indexOf;
    QStringList m_header;
};

// CsvHeader with the columns of a format's enumeration.
template<typename Column>
class CsvColumns : public CsvHeader
{
public:
    using CsvHeader::CsvHeader;

    bool require(std::initializer_list<Column> columns, QString *fileError) const
    {
        for (Column column : columns) {
            if (!CsvHeader::require({int(column)}, fileError))
                return false;
        }
        return true;
    }
    QString missingColumnMessage(Column column) const
    {
        return CsvHeader::missingColumnMessage(int(column));
    }
    int indexOf(Column column) const { return CsvHeader::indexOf(int(column)); }
    bool has(Column column) const { return CsvHeader::has(int(column)); }
    QString headerName(Column column) const { return CsvHeader::headerName(int(column)); }
    bool isNamedInItalian(Column column) const { return CsvHeader::isNamedInItalian(int(column)); }
    QString value(const CsvRecord &record, Column column) const
    {
        return CsvHeader::value(record, int(column));
    }
};

// Where the rows of a file go: the cluster each row names in its cluster column, else this one
// (the --cluster option, or the cluster open in the window); or, when overridesFile is set, this
// one whatever the file says (the window's "import into the cluster on show", e.g. a file
// exported from another cluster).
struct CsvTargetCluster
{
    // Implicit: a name alone is the default for rows that name no cluster.
    CsvTargetCluster(const QString &clusterName = {}, bool overrides = false)
        : name(clusterName.trimmed())
        , overridesFile(overrides)
    {
    }
    QString name;
    bool overridesFile = false;
};

// The cluster of each row, found by name (as CsvTargetCluster says), each name looked up once.
class CsvClusterResolver
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    CsvClusterResolver(const ClusterRepository &clusters, const CsvTargetCluster &target);

    // text: the row's cluster cell; columnName: the cluster column as the file names it, empty
    // when the file has none. Sets row.clusterName and returns the cluster's id. When no cluster
    // is given or it does not exist, adds the error to the row and returns an empty id; when the
    // clusters cannot be read, returns an empty id and keeps the reason in readError().
    QString resolve(const QString &text, const QString &columnName, CsvImportRow &row);
    QString readError() const { return m_readError; }

private:
    struct Found
    {
        QString id; // empty: no such cluster
        QString name;
    };

    const ClusterRepository &m_clusters;
    const CsvTargetCluster m_target;
    QHash<QString, Found> m_clusterByName;
    QString m_readError;
};

class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    // Header names and vocabulary are matched the way a person reads them: case, accents, spacing
    // and underscores ignored ("Città" = "citta", "research centre" = "research_centre").
    static QString comparable(const QString &text);

    enum class DateParse { Empty, Ok, BadFormat, ImpossibleDate, ImpossibleTime };
    // YYYY-MM-DD or DD/MM/YYYY; day and month may have one digit.
    static DateParse parseDate(const QString &text, QDate *date);
    // A date, optionally followed by a time: YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM. *time stays
    // null when the text has no time.
    static DateParse parseDateTime(const QString &text, QDate *date, QTime *time);
    // HH:MM (the hour may have one digit).
    static DateParse parseTime(const QString &text, QTime *time);
    // Why text did not parse (parse is neither Empty nor Ok); withTime: the column takes a time.
    static QString dateMessage(const QString &text, DateParse parse, bool withTime = false);

    static QString formatDate(QDate date, CsvDialect dialect);
    static QString formatDateTime(QDate date, QTime time, CsvDialect dialect);
    static QString formatTime(QTime time);

    // The file's bytes: the dialect's delimiter, and for Italian the byte-order mark Excel needs
    // to read "città" as UTF-8.
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            CsvDialect dialect);

    // Reads the file and plans it with planTable(const CsvTable &); a file that cannot be read
    // gives a plan with only its fileError.
    template<typename Plan, typename PlanTable>
    static Plan planFile(const QString &path, PlanTable planTable)
    {
        QString errorMessage;
        const std::optional<CsvTable> table = CsvReader::readFile(path, &errorMessage);
        if (!table) {
            Plan plan;
            plan.fileError = errorMessage;
            return plan;
        }
        return planTable(*table);
    }

    // A plan checked against a database that could not be read (readError, the database's
    // words) is no plan: it becomes a file error with no rows, so nothing is imported on the
    // strength of a check that did not happen.
    template<typename Plan>
    static void refuseUnreadDatabase(Plan &plan, const QString &readError)
    {
        if (readError.isEmpty())
            return;
        plan.rows.clear();
        plan.fileError = unreadDatabaseMessage(readError);
    }
    static QString unreadDatabaseMessage(const QString &readError);

    // Turns every record into a row with readRow(const CsvRecord &); a table without records
    // is a file error (noRowsMessage).
    template<typename Plan, typename ReadRow>
    static void readRows(const CsvTable &table, const QString &noRowsMessage, Plan &plan,
                         ReadRow readRow)
    {
        if (table.records.isEmpty()) {
            plan.fileError = noRowsMessage;
            return;
        }
        plan.rows.reserve(table.records.size());
        for (const CsvRecord &record : table.records)
            plan.rows.append(readRow(record));
    }
};
