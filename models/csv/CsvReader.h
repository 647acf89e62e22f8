#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One record of a CSV file: its fields and the line of the file it starts on (1-based; a quoted
// field with line breaks makes a record span several lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QChar delimiter = QLatin1Char(',');
    QStringList header; // as written in the file, trimmed
    int headerLine = 1;
    QList<CsvRecord> records; // blank lines skipped
};

// RFC 4180 CSV as spreadsheets write it: UTF-8 (a byte-order mark is accepted), comma or
// semicolon (detected from the header line), quoted fields with commas, quotes and line breaks.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 maxFileSize = 25 * 1024 * 1024;

    // On failure returns nullopt and *errorMessage names the file problem and its line
    // (not UTF-8, unbalanced quote, too large, empty...).
    static std::optional<CsvTable> readFile(const QString &path, QString *errorMessage);
    static std::optional<CsvTable> parse(const QByteArray &bytes, QString *errorMessage);
};

// Writes RFC 4180 CSV: fields quoted only when needed, CRLF line ends, UTF-8 without BOM.
class CsvWriter
{
public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            QChar delimiter = QLatin1Char(','));
};
