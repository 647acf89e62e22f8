#include "models/csv/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

constexpr QChar quote = QLatin1Char('"');

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// Decodes strictly: stateless, so that a sequence cut off at the end is an error too.
bool decodeUtf8(QByteArrayView bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

// The 1-based line of the first bytes that are not UTF-8. A line feed byte never occurs inside a
// multi-byte UTF-8 sequence, so the file can be split on it before decoding.
int firstInvalidUtf8Line(QByteArrayView bytes)
{
    int line = 1;
    QString ignored;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!decodeUtf8(bytes.sliced(start, end - start), &ignored))
            return line;
        ++line;
        start = end + 1;
    }
    return line;
}

// Spreadsheets in Italian locales write semicolons; the header line tells which one is in use.
QChar detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    bool seenContent = false;
    for (const QChar c : text) {
        if (c == quote) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && isLineBreak(c)) {
            if (seenContent)
                break; // leading blank lines are skipped like blank records
        } else if (!inQuotes && c == QLatin1Char(',')) {
            ++commas;
        } else if (!inQuotes && c == QLatin1Char(';')) {
            ++semicolons;
        }
        if (!c.isSpace())
            seenContent = true;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

// The RFC 4180 state machine over decoded text.
class Parser
{
public:
    Parser(const QString &text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    bool run(QList<CsvRecord> *records, QString *errorMessage)
    {
        const qsizetype size = m_text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = m_text.at(i);
            if (m_inQuotes) {
                if (c == quote) {
                    if (i + 1 < size && m_text.at(i + 1) == quote) {
                        m_field.append(quote);
                        ++i;
                    } else {
                        m_inQuotes = false;
                        m_closed = true;
                    }
                } else if (isLineBreak(c)) {
                    // Line breaks inside a field are kept as \n whatever the file used.
                    i = skipLineBreak(i);
                    m_field.append(QLatin1Char('\n'));
                } else {
                    m_field.append(c);
                }
            } else if (c == m_delimiter) {
                endField();
            } else if (isLineBreak(c)) {
                i = skipLineBreak(i);
                endRecord(records);
                m_recordLine = m_line;
            } else if (m_closed) {
                // After the closing quote only spaces may come before the delimiter.
                if (!c.isSpace()) {
                    *errorMessage =
                        CsvReader::tr("Line %1: there is text after the closing quote of a field. "
                                      "A quote inside a quoted field must be written twice (\"\").")
                            .arg(m_line);
                    return false;
                }
            } else if (c == quote && m_field.trimmed().isEmpty()) {
                // Spaces before the opening quote are tolerated (hand-written files).
                m_field.clear();
                m_inQuotes = true;
                m_quoteLine = m_line;
            } else {
                m_field.append(c);
            }
        }
        if (m_inQuotes) {
            *errorMessage = CsvReader::tr("Line %1: the quoted field that starts on this line is "
                                          "never closed (a quote is missing).")
                                .arg(m_quoteLine);
            return false;
        }
        endRecord(records);
        return true;
    }

private:
    // Handles CRLF, LF and a lone CR (old Mac files); returns the index of the last character used.
    qsizetype skipLineBreak(qsizetype i)
    {
        ++m_line;
        if (m_text.at(i) == QLatin1Char('\r') && i + 1 < m_text.size() &&
            m_text.at(i + 1) == QLatin1Char('\n'))
            return i + 1;
        return i;
    }

    void endField()
    {
        m_fields.append(m_field);
        m_field.clear();
        m_closed = false;
    }

    void endRecord(QList<CsvRecord> *records)
    {
        endField();
        // Rows of empty cells (";;;") are what spreadsheets write for blank lines.
        if (!isBlank(m_fields))
            records->append(CsvRecord{m_recordLine, m_fields});
        m_fields.clear();
    }

    const QString &m_text;
    const QChar m_delimiter;
    QStringList m_fields;
    QString m_field;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 1;
    bool m_inQuotes = false;
    bool m_closed = false; // the current field was quoted and its closing quote has been read
};

} // namespace

std::optional<CsvTable> CsvReader::parse(const QByteArray &bytes, QString *errorMessage)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        *errorMessage = tr("The file is UTF-16 text, not UTF-8. Save it as “CSV UTF-8” and try "
                           "again.");
        return std::nullopt;
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    QString text;
    if (!decodeUtf8(data, &text)) {
        *errorMessage = tr("Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” and try again.")
                            .arg(firstInvalidUtf8Line(data));
        return std::nullopt;
    }

    CsvTable table;
    table.delimiter = detectDelimiter(text);
    Parser parser(text, table.delimiter);
    if (!parser.run(&table.records, errorMessage))
        return std::nullopt;
    if (table.records.isEmpty()) {
        *errorMessage = tr("The file is empty.");
        return std::nullopt;
    }

    const CsvRecord header = table.records.takeFirst();
    table.headerLine = header.line;
    for (const QString &name : header.fields)
        table.header.append(name.trimmed());
    return table;
}

std::optional<CsvTable> CsvReader::readFile(const QString &path, QString *errorMessage)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *errorMessage = tr("The file does not exist.");
        return std::nullopt;
    }
    if (info.isDir()) {
        *errorMessage = tr("This is a folder, not a file.");
        return std::nullopt;
    }
    // Checked before reading, so that a huge file is never loaded into memory.
    if (info.size() > maxFileSize) {
        constexpr double megabyte = 1024.0 * 1024.0;
        *errorMessage = tr("The file is %1 MB; CSV files of up to %2 MB can be read. Split it into "
                           "smaller files.")
                            .arg(QString::number(double(info.size()) / megabyte, 'f', 1))
                            .arg(QString::number(double(maxFileSize) / megabyte, 'f', 0));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("Cannot read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    // Read at most one byte beyond the limit: the file may have grown since it was measured.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize) {
        *errorMessage = tr("The file is larger than %1 MB, the limit for CSV files.")
                            .arg(maxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *errorMessage = tr("Cannot read the file: %1").arg(file.errorString());
        return std::nullopt;
    }
    return parse(bytes, errorMessage);
}

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows,
                            QChar delimiter)
{
    QString out;
    auto appendRow = [&](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out.append(delimiter);
            const QString &field = fields.at(i);
            const bool needsQuotes = field.contains(delimiter) || field.contains(quote) ||
                                     field.contains(QLatin1Char('\n')) ||
                                     field.contains(QLatin1Char('\r'));
            if (needsQuotes) {
                QString escaped = field;
                escaped.replace(quote, QStringLiteral("\"\""));
                out.append(quote + escaped + quote);
            } else {
                out.append(field);
            }
        }
        out.append(QStringLiteral("\r\n"));
    };
    appendRow(header);
    for (const QStringList &row : rows)
        appendRow(row);
    return out.toUtf8();
}
