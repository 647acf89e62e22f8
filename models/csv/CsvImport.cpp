#include "models/csv/CsvImport.h"

#include "models/clusters/ClusterRepository.h"
#include "models/common/TextFolding.h"

#include <QRegularExpression>

CsvHeader::CsvHeader(std::span<const CsvColumnName> names)
    : m_names(names)
    , m_indexOf(qsizetype(names.size()), -1)
{
    for (std::size_t column = 0; column < names.size(); ++column) {
        const CsvColumnName &name = names[column];
        QStringList spellings{QString::fromUtf8(name.english), QString::fromUtf8(name.italian)};
        if (name.aliases)
            spellings += QString::fromUtf8(name.aliases).split(QLatin1Char('|'));
        for (const QString &spelling : std::as_const(spellings))
            m_columnBySpelling.insert(CsvImport::comparable(spelling), int(column));
    }
}

bool CsvHeader::read(const CsvTable &table, const QString &notAColumnWarning, QStringList *warnings,
                     QString *fileError)
{
    m_header = table.header;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString &name = table.header.at(i);
        const auto column = m_columnBySpelling.constFind(CsvImport::comparable(name));
        if (column != m_columnBySpelling.cend()) {
            int &index = m_indexOf[*column];
            if (index >= 0) {
                *fileError = tr("The header names the column “%1” twice (columns %2 and %3).")
                                 .arg(name, QString::number(index + 1), QString::number(i + 1));
                return false;
            }
            index = i;
        } else if (!name.isEmpty()) {
            warnings->append(QString(notAColumnWarning).arg(name));
        } else {
            // A trailing delimiter makes a nameless, empty column: only worth a word if it holds
            // data.
            const bool holdsData =
                std::any_of(table.records.cbegin(), table.records.cend(), [i](const CsvRecord &r) {
                    return !r.fields.value(i).trimmed().isEmpty();
                });
            if (holdsData)
                warnings->append(
                    tr("Column %1 has no name in the header line and is ignored.").arg(i + 1));
        }
    }
    return true;
}

QString CsvHeader::missingColumnMessage(int column) const
{
    const CsvColumnName &name = m_names[std::size_t(column)];
    return tr("The required column “%1” (in Italian “%2”) is missing from the header line.")
        .arg(QString::fromUtf8(name.english), QString::fromUtf8(name.italian));
}

bool CsvHeader::require(std::initializer_list<int> columns, QString *fileError) const
{
    for (int column : columns) {
        if (!has(column)) {
            *fileError = missingColumnMessage(column);
            return false;
        }
    }
    return true;
}

QString CsvHeader::headerName(int column) const
{
    const int index = indexOf(column);
    return index >= 0 ? m_header.value(index)
                      : QString::fromUtf8(m_names[std::size_t(column)].english);
}

bool CsvHeader::isNamedInItalian(int column) const
{
    const CsvColumnName &name = m_names[std::size_t(column)];
    const QString italian = CsvImport::comparable(QString::fromUtf8(name.italian));
    return has(column) && italian != CsvImport::comparable(QString::fromUtf8(name.english)) &&
           CsvImport::comparable(headerName(column)) == italian;
}

QString CsvHeader::value(const CsvRecord &record, int column) const
{
    const int index = indexOf(column);
    return index >= 0 ? record.fields.value(index).trimmed() : QString();
}

std::optional<CsvRowError> CsvHeader::fieldCountError(const CsvRecord &record) const
{
    const int fieldCount = int(m_header.size());
    if (record.fields.size() == fieldCount)
        return std::nullopt;
    return CsvRowError{record.line, QString(),
                       tr("This row has %n field(s) but the header line has %1.", nullptr,
                          int(record.fields.size()))
                           .arg(fieldCount)};
}

QStringList CsvHeader::names(CsvDialect dialect) const
{
    QStringList names;
    for (const CsvColumnName &name : m_names)
        names.append(
            QString::fromUtf8(dialect == CsvDialect::Italian ? name.italian : name.english));
    return names;
}

CsvClusterResolver::CsvClusterResolver(const ClusterRepository &clusters,
                                       const CsvTargetCluster &target)
    : m_clusters(clusters)
    , m_target(target)
{
}

QString CsvClusterResolver::resolve(const QString &text, const QString &columnName,
                                    CsvImportRow &row)
{
    const QString name = text.isEmpty() || m_target.overridesFile ? m_target.name : text;
    if (name.isEmpty()) {
        row.errors.append({row.line, columnName,
                           tr("No cluster is given for this row: name one with --cluster or "
                              "fill the “cluster” column.")});
        return {};
    }
    row.clusterName = name;

    const QString key = TextFolding::fold(name);
    auto it = m_clusterByName.find(key);
    if (it == m_clusterByName.end()) {
        const Result<std::optional<Cluster>> cluster = m_clusters.findByName(name);
        if (!cluster) {
            m_readError = cluster.error();
            return {};
        }
        it = m_clusterByName.insert(key,
                                    *cluster ? Found{(*cluster)->id, (*cluster)->name} : Found{});
    }
    if (it->id.isEmpty()) {
        // A cluster that does not come from the file is not a column's fault.
        row.unknownCluster = true;
        row.errors.append({row.line, name == text ? columnName : QString(),
                           tr("There is no cluster called “%1”.").arg(name)});
        return {};
    }
    row.clusterName = it->name;
    return it->id;
}

QString CsvImport::unreadDatabaseMessage(const QString &readError)
{
    return tr("The file cannot be checked against the database, which cannot be read: %1")
        .arg(readError);
}

QString CsvImport::comparable(const QString &text)
{
    QString spaced = text;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return TextFolding::fold(spaced);
}

namespace {

CsvImport::DateParse parse(const QString &text, bool withTime, QDate *date, QTime *time)
{
    using DateParse = CsvImport::DateParse;
    *date = QDate();
    *time = QTime();
    if (text.isEmpty())
        return DateParse::Empty;
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:\s+|T)(\d{1,2}):(\d{2}))?$)"));
    static const QRegularExpression italian(
        QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$)"));
    int year = 0;
    int month = 0;
    int day = 0;
    QRegularExpressionMatch match = iso.match(text);
    if (match.hasMatch()) {
        year = match.captured(1).toInt();
        month = match.captured(2).toInt();
        day = match.captured(3).toInt();
    } else if (match = italian.match(text); match.hasMatch()) {
        day = match.captured(1).toInt();
        month = match.captured(2).toInt();
        year = match.captured(3).toInt();
    } else {
        return DateParse::BadFormat;
    }
    const bool hasTime = match.hasCaptured(4);
    if (hasTime && !withTime)
        return DateParse::BadFormat;
    *date = QDate(year, month, day);
    if (!date->isValid())
        return DateParse::ImpossibleDate;
    if (hasTime) {
        *time = QTime(match.captured(4).toInt(), match.captured(5).toInt());
        if (!time->isValid())
            return DateParse::ImpossibleTime;
    }
    return DateParse::Ok;
}

} // namespace

CsvImport::DateParse CsvImport::parseDate(const QString &text, QDate *date)
{
    QTime ignored;
    return parse(text, false, date, &ignored);
}

CsvImport::DateParse CsvImport::parseDateTime(const QString &text, QDate *date, QTime *time)
{
    return parse(text, true, date, time);
}

CsvImport::DateParse CsvImport::parseTime(const QString &text, QTime *time)
{
    *time = QTime();
    if (text.isEmpty())
        return DateParse::Empty;
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,2}):(\d{2})$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return DateParse::BadFormat;
    *time = QTime(match.captured(1).toInt(), match.captured(2).toInt());
    return time->isValid() ? DateParse::Ok : DateParse::ImpossibleTime;
}

QString CsvImport::dateMessage(const QString &text, DateParse parse, bool withTime)
{
    switch (parse) {
    case DateParse::Empty:
    case DateParse::Ok:
        break;
    case DateParse::BadFormat:
        return withTime ? tr("“%1” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, "
                             "optionally followed by a time as HH:MM.")
                              .arg(text)
                        : tr("“%1” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY.").arg(text);
    case DateParse::ImpossibleDate:
        return tr("“%1” is not a valid date: that day does not exist.").arg(text);
    case DateParse::ImpossibleTime:
        return tr("“%1” is not a valid time: hours go from 0 to 23 and minutes from 00 to 59.")
            .arg(text);
    }
    return {};
}

QString CsvImport::formatDate(QDate date, CsvDialect dialect)
{
    if (!date.isValid())
        return {};
    return dialect == CsvDialect::Italian ? date.toString(QStringLiteral("dd/MM/yyyy"))
                                          : date.toString(Qt::ISODate);
}

QString CsvImport::formatTime(QTime time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString CsvImport::formatDateTime(QDate date, QTime time, CsvDialect dialect)
{
    const QString day = formatDate(date, dialect);
    return day.isEmpty() || !time.isValid() ? day : day + QLatin1Char(' ') + formatTime(time);
}

QByteArray CsvImport::write(const QStringList &header, const QList<QStringList> &rows,
                            CsvDialect dialect)
{
    const bool italian = dialect == CsvDialect::Italian;
    const QByteArray csv =
        CsvWriter::write(header, rows, italian ? QLatin1Char(';') : QLatin1Char(','));
    // Excel needs the byte-order mark to read an Italian file ("città") as UTF-8.
    return italian ? QByteArrayLiteral("\xEF\xBB\xBF") + csv : csv;
}
