#include "PartnerCsv.h"

#include "ClusterRepository.h"
#include "PartnerRepository.h"
#include "PartnerValidator.h"
#include "TextFolding.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

enum class Column {
    Name,
    Type,
    SchoolLevel,
    City,
    Address,
    Website,
    Email,
    Phone,
    JoinedOn,
    LeftOn,
    Notes,
    Contacts,
    Cluster,
    Count
};

struct ColumnInfo
{
    Column column;
    const char *key;     // English header, as in INTERFACES.md
    const char *italian; // Italian header
    const char *alias;   // another spelling people use, or nullptr
};

// The file format is a contract: these names are never translated.
const ColumnInfo columnInfos[] = {
    {Column::Name, "name", "nome", nullptr},
    {Column::Type, "type", "tipo", nullptr},
    {Column::SchoolLevel, "school_level", "livello scolastico", nullptr},
    {Column::City, "city", "città", nullptr},
    {Column::Address, "address", "indirizzo", nullptr},
    {Column::Website, "website", "sito web", nullptr},
    {Column::Email, "email", "email", "e-mail"},
    {Column::Phone, "phone", "telefono", nullptr},
    {Column::JoinedOn, "joined_on", "data adesione", nullptr},
    {Column::LeftOn, "left_on", "data uscita", nullptr},
    {Column::Notes, "notes", "note", nullptr},
    // An extension of INTERFACES.md so that an export keeps the contact persons.
    {Column::Contacts, "contacts", "contatti", nullptr},
    {Column::Cluster, "cluster", "cluster", nullptr},
};

const ColumnInfo &info(Column column)
{
    return columnInfos[int(column)];
}

template<typename Enum>
struct Term
{
    Enum value;
    const char *italian;
};

const Term<PartnerType> typeTerms[] = {
    {PartnerType::School, "scuola"},
    {PartnerType::University, "università"},
    {PartnerType::ResearchCentre, "centro di ricerca"},
    {PartnerType::Museum, "museo"},
    {PartnerType::Business, "impresa"},
    {PartnerType::NonProfit, "associazione"},
    {PartnerType::LocalAuthority, "ente locale"},
    {PartnerType::Government, "ente governativo"},
    {PartnerType::Other, "altro"},
};

const Term<SchoolLevel> levelTerms[] = {
    {SchoolLevel::Primary, "primaria"},
    {SchoolLevel::LowerSecondary, "secondaria di primo grado"},
    {SchoolLevel::UpperSecondary, "secondaria di secondo grado"},
    {SchoolLevel::Vocational, "formazione professionale"},
};

// Header names and vocabulary are matched the way a person reads them: case, accents, spacing
// and underscores ignored ("Città" = "citta", "research centre" = "research_centre").
QString comparable(const QString &text)
{
    QString spaced = text;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return TextFolding::fold(spaced);
}

template<typename Enum, std::size_t N>
QHash<QString, Enum> termIndex(const Term<Enum> (&terms)[N])
{
    QHash<QString, Enum> index;
    for (const Term<Enum> &term : terms) {
        index.insert(comparable(PartnerVocabulary::key(term.value)), term.value);
        index.insert(comparable(QString::fromUtf8(term.italian)), term.value);
    }
    return index;
}

template<typename Enum, std::size_t N>
QString italianTerm(Enum value, const Term<Enum> (&terms)[N])
{
    for (const Term<Enum> &term : terms) {
        if (term.value == value)
            return QString::fromUtf8(term.italian);
    }
    return {};
}

template<typename Enum, std::size_t N>
QString termList(const Term<Enum> (&terms)[N])
{
    QStringList keys;
    QStringList italian;
    for (const Term<Enum> &term : terms) {
        keys.append(PartnerVocabulary::key(term.value));
        italian.append(QString::fromUtf8(term.italian));
    }
    return keys.join(QStringLiteral(", ")) + QStringLiteral(" (") +
           italian.join(QStringLiteral(", ")) + QLatin1Char(')');
}

std::optional<PartnerType> typeFromText(const QString &text)
{
    static const QHash<QString, PartnerType> index = termIndex(typeTerms);
    const auto it = index.constFind(comparable(text));
    return it == index.cend() ? std::nullopt : std::optional<PartnerType>(*it);
}

std::optional<SchoolLevel> levelFromText(const QString &text)
{
    static const QHash<QString, SchoolLevel> index = termIndex(levelTerms);
    const auto it = index.constFind(comparable(text));
    return it == index.cend() ? std::nullopt : std::optional<SchoolLevel>(*it);
}

std::optional<Column> columnFromHeader(const QString &name)
{
    static const QHash<QString, Column> index = [] {
        QHash<QString, Column> result;
        for (const ColumnInfo &column : columnInfos) {
            for (const char *spelling : {column.key, column.italian, column.alias}) {
                if (spelling)
                    result.insert(comparable(QString::fromUtf8(spelling)), column.column);
            }
        }
        return result;
    }();
    const auto it = index.constFind(comparable(name));
    return it == index.cend() ? std::nullopt : std::optional<Column>(*it);
}

enum class DateParse { Empty, Ok, BadFormat, Impossible };

DateParse parseDate(const QString &text, QDate *date)
{
    *date = QDate();
    if (text.isEmpty())
        return DateParse::Empty;
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression italian(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (const QRegularExpressionMatch match = iso.match(text); match.hasMatch()) {
        year = match.captured(1).toInt();
        month = match.captured(2).toInt();
        day = match.captured(3).toInt();
    } else if (const QRegularExpressionMatch match = italian.match(text); match.hasMatch()) {
        day = match.captured(1).toInt();
        month = match.captured(2).toInt();
        year = match.captured(3).toInt();
    } else {
        return DateParse::BadFormat;
    }
    *date = QDate(year, month, day);
    return date->isValid() ? DateParse::Ok : DateParse::Impossible;
}

QString formatDate(QDate date, PartnerCsv::Dialect dialect)
{
    if (!date.isValid())
        return {};
    return dialect == PartnerCsv::Dialect::Italian ? date.toString(QStringLiteral("dd/MM/yyyy"))
                                                   : date.toString(Qt::ISODate);
}

// Contacts in one cell: one person per line, "name | role | e-mail | phone", trailing parts
// optional.
constexpr QChar contactSeparator = QLatin1Char('|');
constexpr int contactParts = 4;

QString formatContacts(const QList<ContactPerson> &contacts)
{
    QStringList lines;
    for (const ContactPerson &contact : contacts) {
        QStringList parts{contact.name, contact.role, contact.email, contact.phone};
        // The separators cannot be escaped in this simple format; they never occur in practice.
        for (QString &part : parts) {
            part.replace(contactSeparator, QLatin1Char('/'));
            part.replace(QLatin1Char('\n'), QLatin1Char(' '));
            part = part.trimmed();
        }
        while (!parts.isEmpty() && parts.constLast().isEmpty())
            parts.removeLast();
        lines.append(parts.join(QStringLiteral(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

PartnerField fieldFor(Column column)
{
    switch (column) {
    case Column::Name:
        return PartnerField::Name;
    case Column::Type:
        return PartnerField::Type;
    case Column::SchoolLevel:
        return PartnerField::SchoolLevel;
    case Column::City:
        return PartnerField::City;
    case Column::Address:
        return PartnerField::Address;
    case Column::Website:
        return PartnerField::Website;
    case Column::Email:
        return PartnerField::Email;
    case Column::Phone:
        return PartnerField::Phone;
    case Column::JoinedOn:
        return PartnerField::JoinedOn;
    case Column::LeftOn:
        return PartnerField::LeftOn;
    case Column::Notes:
        return PartnerField::Notes;
    case Column::Contacts:
    case Column::Cluster:
    case Column::Count:
        break;
    }
    return PartnerField::Contacts;
}

Column columnFor(PartnerField field)
{
    for (int i = 0; i < int(Column::Count); ++i) {
        if (fieldFor(Column(i)) == field)
            return Column(i);
    }
    return Column::Contacts;
}

// Turns a table into import rows; one instance per plan.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCsv)

public:
    Planner(const ClusterRepository &clusters, const PartnerRepository &partners,
            const QString &defaultClusterName)
        : m_clusters(clusters)
        , m_partners(partners)
        , m_defaultClusterName(defaultClusterName.trimmed())
    {
        m_indexOf.fill(-1);
    }

    PartnerImportPlan plan(const CsvTable &table)
    {
        PartnerImportPlan plan;
        plan.header = table.header;
        if (!readHeader(table, &plan))
            return plan;
        if (table.records.isEmpty()) {
            plan.fileError = tr("The file has a header line but no partners.");
            return plan;
        }
        plan.rows.reserve(table.records.size());
        for (const CsvRecord &record : table.records)
            plan.rows.append(row(record));
        return plan;
    }

private:
    bool readHeader(const CsvTable &table, PartnerImportPlan *plan)
    {
        m_header = table.header;
        for (int i = 0; i < table.header.size(); ++i) {
            const QString &name = table.header.at(i);
            const std::optional<Column> column = columnFromHeader(name);
            if (!column) {
                warnAboutIgnoredColumn(table, i, plan);
                continue;
            }
            int &index = m_indexOf[std::size_t(*column)];
            if (index >= 0) {
                plan->fileError =
                    tr("The header names the column “%1” twice (columns %2 and %3).")
                        .arg(name, QString::number(index + 1), QString::number(i + 1));
                return false;
            }
            index = i;
        }
        for (Column required : {Column::Name, Column::Type}) {
            if (indexOf(required) < 0) {
                plan->fileError =
                    tr("The required column “%1” (in Italian “%2”) is missing from the header "
                       "line.")
                        .arg(QString::fromUtf8(info(required).key),
                             QString::fromUtf8(info(required).italian));
                return false;
            }
        }
        m_fieldCount = int(table.header.size());
        return true;
    }

    static void warnAboutIgnoredColumn(const CsvTable &table, int i, PartnerImportPlan *plan)
    {
        const QString &name = table.header.at(i);
        if (!name.isEmpty()) {
            plan->warnings.append(
                tr("The column “%1” is not a partner column and is ignored.").arg(name));
            return;
        }
        // A trailing delimiter makes a nameless, empty column: only worth a word if it holds data.
        const bool holdsData =
            std::any_of(table.records.cbegin(), table.records.cend(),
                        [i](const CsvRecord &r) { return !r.fields.value(i).trimmed().isEmpty(); });
        if (holdsData)
            plan->warnings.append(
                tr("Column %1 has no name in the header line and is ignored.").arg(i + 1));
    }

    int indexOf(Column column) const { return m_indexOf[std::size_t(column)]; }

    // The column as the file's header names it, for messages.
    QString headerName(Column column) const
    {
        const int index = indexOf(column);
        return index >= 0 ? m_header.value(index) : QString::fromUtf8(info(column).key);
    }

    QString value(const CsvRecord &record, Column column) const
    {
        const int index = indexOf(column);
        return index >= 0 ? record.fields.value(index).trimmed() : QString();
    }

    void addError(PartnerImportRow &row, Column column, const QString &message) const
    {
        row.errors.append({row.line, headerName(column), message});
    }

    PartnerImportRow row(const CsvRecord &record)
    {
        PartnerImportRow row;
        row.line = record.line;
        row.fields = record.fields;
        if (record.fields.size() != m_fieldCount) {
            row.errors.append({row.line, QString(),
                               tr("This row has %n field(s) but the header line has %1.", nullptr,
                                  int(record.fields.size()))
                                   .arg(m_fieldCount)});
            return row;
        }

        Partner &partner = row.partner;
        partner.name = value(record, Column::Name);
        partner.city = value(record, Column::City);
        partner.address = value(record, Column::Address);
        partner.website = value(record, Column::Website);
        partner.email = value(record, Column::Email);
        partner.phone = value(record, Column::Phone);
        partner.notes = value(record, Column::Notes);
        readType(record, row);
        readSchoolLevel(record, row);
        readDate(record, Column::JoinedOn, row, &partner.joinedOn);
        readDate(record, Column::LeftOn, row, &partner.leftOn);
        readContacts(record, row);
        const QHash<QString, QString> *existingNames = readCluster(record, row);

        // The duplicate is looked up here (a hash, not a scan of the whole cluster per row) and
        // handed to the validator, whose rule and warning it is.
        const QString key = PartnerValidator::comparableName(partner.name);
        QStringList sameName;
        if (existingNames && existingNames->contains(key))
            sameName.append(existingNames->value(key));
        for (const ValidationIssue &issue : PartnerValidator::validate(partner, sameName)) {
            if (issue.field == PartnerField::Name && !issue.isError()) {
                addError(row, Column::Name,
                         tr("A partner called “%1” already exists in cluster “%2”.")
                             .arg(sameName.value(0), row.clusterName));
            } else if (issue.isError()) {
                addError(row, columnFor(issue.field), issue.message);
            } else {
                row.warnings.append(issue.message);
            }
        }
        checkRepeatedInFile(row, key);

        if (!partner.website.isEmpty() && row.isValid())
            partner.website = PartnerValidator::normalizedWebsite(partner.website);
        return row;
    }

    void readType(const CsvRecord &record, PartnerImportRow &row) const
    {
        const QString text = value(record, Column::Type);
        const QString choices = tr("Use one of: %1.").arg(termList(typeTerms));
        if (text.isEmpty()) {
            addError(row, Column::Type,
                     PartnerValidator::typeRequiredMessage() + QLatin1Char(' ') + choices);
        } else if (const auto type = typeFromText(text)) {
            row.partner.type = *type;
        } else {
            addError(row, Column::Type,
                     tr("“%1” is not a partner type.").arg(text) + QLatin1Char(' ') + choices);
        }
    }

    void readSchoolLevel(const CsvRecord &record, PartnerImportRow &row) const
    {
        const QString text = value(record, Column::SchoolLevel);
        if (text.isEmpty())
            return;
        if (const auto level = levelFromText(text)) {
            row.partner.schoolLevel = *level;
        } else {
            addError(row, Column::SchoolLevel,
                     tr("“%1” is not a school level.").arg(text) + QLatin1Char(' ') +
                         tr("Use one of: %1.").arg(termList(levelTerms)));
        }
    }

    void readDate(const CsvRecord &record, Column column, PartnerImportRow &row, QDate *date) const
    {
        const QString text = value(record, column);
        switch (parseDate(text, date)) {
        case DateParse::Empty:
        case DateParse::Ok:
            break;
        case DateParse::BadFormat:
            addError(row, column,
                     tr("“%1” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY.").arg(text));
            break;
        case DateParse::Impossible:
            addError(row, column,
                     tr("“%1” is not a valid date: that day does not exist.").arg(text));
            break;
        }
    }

    void readContacts(const CsvRecord &record, PartnerImportRow &row) const
    {
        const QStringList lines = value(record, Column::Contacts).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            QStringList parts = line.split(contactSeparator);
            if (parts.size() > contactParts) {
                addError(row, Column::Contacts,
                         tr("Contact person %1 has more than four parts; write “name | role | "
                            "e-mail | phone”, one person per line.")
                             .arg(row.partner.contacts.size() + 1));
                parts.resize(contactParts);
            }
            for (QString &part : parts)
                part = part.trimmed();
            row.partner.contacts.append(ContactPerson{QString(), parts.value(0), parts.value(1),
                                                      parts.value(2), parts.value(3)});
        }
    }

    // Resolves the row's cluster and returns the comparable names already in it (nullptr when the
    // cluster is unknown).
    const QHash<QString, QString> *readCluster(const CsvRecord &record, PartnerImportRow &row)
    {
        const QString fromColumn = value(record, Column::Cluster);
        const QString name = fromColumn.isEmpty() ? m_defaultClusterName : fromColumn;
        // A cluster that does not come from the file is not a column's fault.
        const QString column = fromColumn.isEmpty() ? QString() : headerName(Column::Cluster);
        if (name.isEmpty()) {
            row.errors.append(
                {row.line, indexOf(Column::Cluster) >= 0 ? headerName(Column::Cluster) : QString(),
                 tr("No cluster is given for this row: name one with --cluster or "
                    "fill the “cluster” column.")});
            return nullptr;
        }
        row.clusterName = name;

        const QString key = PartnerValidator::comparableName(name);
        auto it = m_clusterByName.find(key);
        if (it == m_clusterByName.end())
            it = m_clusterByName.insert(key, m_clusters.findByName(name));
        if (!*it) {
            row.errors.append({row.line, column, tr("There is no cluster called “%1”.").arg(name)});
            return nullptr;
        }
        const Cluster &cluster = **it;
        row.partner.clusterId = cluster.id;
        row.clusterName = cluster.name;

        auto names = m_namesByCluster.find(cluster.id);
        if (names == m_namesByCluster.end()) {
            QHash<QString, QString> byComparable;
            for (const Partner &existing : m_partners.forCluster(cluster.id))
                byComparable.insert(PartnerValidator::comparableName(existing.name), existing.name);
            names = m_namesByCluster.insert(cluster.id, byComparable);
        }
        return &*names;
    }

    void checkRepeatedInFile(PartnerImportRow &row, const QString &comparableName)
    {
        if (comparableName.isEmpty())
            return;
        const QString key =
            (row.partner.clusterId.isEmpty() ? PartnerValidator::comparableName(row.clusterName)
                                             : row.partner.clusterId) +
            QLatin1Char('\n') + comparableName;
        const auto earlier = m_lineByName.constFind(key);
        if (earlier != m_lineByName.cend()) {
            addError(row, Column::Name,
                     tr("“%1” is already on line %2 of this file.")
                         .arg(row.partner.name, QString::number(*earlier)));
            return;
        }
        m_lineByName.insert(key, row.line);
    }

    const ClusterRepository &m_clusters;
    const PartnerRepository &m_partners;
    const QString m_defaultClusterName;
    std::array<int, std::size_t(Column::Count)> m_indexOf;
    QStringList m_header;
    int m_fieldCount = 0;
    QHash<QString, std::optional<Cluster>> m_clusterByName;
    QHash<QString, QHash<QString, QString>> m_namesByCluster;
    QHash<QString, int> m_lineByName;
};

} // namespace

bool PartnerImportPlan::canImport(bool skipInvalid) const
{
    return fileError.isEmpty() && validCount() > 0 && (skipInvalid || invalidCount() == 0);
}

int PartnerImportPlan::validCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const PartnerImportRow &row) { return row.isValid(); }));
}

int PartnerImportPlan::invalidCount() const
{
    return int(rows.size()) - validCount();
}

QList<Partner> PartnerImportPlan::validPartners() const
{
    QList<Partner> partners;
    for (const PartnerImportRow &row : rows) {
        if (row.isValid())
            partners.append(row.partner);
    }
    return partners;
}

QList<CsvRowError> PartnerImportPlan::allErrors() const
{
    QList<CsvRowError> errors;
    for (const PartnerImportRow &row : rows)
        errors.append(row.errors);
    return errors;
}

PartnerImportPlan PartnerCsv::plan(const CsvTable &table, const ClusterRepository &clusters,
                                   const PartnerRepository &partners,
                                   const QString &defaultClusterName)
{
    return Planner(clusters, partners, defaultClusterName).plan(table);
}

PartnerImportPlan PartnerCsv::planFile(const QString &path, const ClusterRepository &clusters,
                                       const PartnerRepository &partners,
                                       const QString &defaultClusterName)
{
    QString errorMessage;
    const std::optional<CsvTable> table = CsvReader::readFile(path, &errorMessage);
    if (!table) {
        PartnerImportPlan plan;
        plan.fileError = errorMessage;
        return plan;
    }
    return plan(*table, clusters, partners, defaultClusterName);
}

QByteArray PartnerCsv::write(const QList<Partner> &partners, const QString &clusterName,
                             Dialect dialect)
{
    const bool italian = dialect == Dialect::Italian;
    QStringList header;
    for (const ColumnInfo &column : columnInfos)
        header.append(QString::fromUtf8(italian ? column.italian : column.key));

    QList<Partner> sorted = partners;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Partner &a, const Partner &b) {
        return PartnerValidator::comparableName(a.name) < PartnerValidator::comparableName(b.name);
    });

    QList<QStringList> rows;
    rows.reserve(sorted.size());
    for (const Partner &partner : std::as_const(sorted)) {
        QStringList row(int(Column::Count));
        auto set = [&row](Column column, const QString &text) { row[int(column)] = text; };
        set(Column::Name, partner.name);
        set(Column::Type,
            italian ? italianTerm(partner.type, typeTerms) : PartnerVocabulary::key(partner.type));
        set(Column::SchoolLevel, italian ? italianTerm(partner.schoolLevel, levelTerms)
                                         : PartnerVocabulary::key(partner.schoolLevel));
        set(Column::City, partner.city);
        set(Column::Address, partner.address);
        set(Column::Website, partner.website);
        set(Column::Email, partner.email);
        set(Column::Phone, partner.phone);
        set(Column::JoinedOn, formatDate(partner.joinedOn, dialect));
        set(Column::LeftOn, formatDate(partner.leftOn, dialect));
        set(Column::Notes, partner.notes);
        set(Column::Contacts, formatContacts(partner.contacts));
        set(Column::Cluster, clusterName);
        rows.append(row);
    }

    const QByteArray csv =
        CsvWriter::write(header, rows, italian ? QLatin1Char(';') : QLatin1Char(','));
    // Excel needs the byte-order mark to read an Italian file ("città") as UTF-8.
    return italian ? QByteArrayLiteral("\xEF\xBB\xBF") + csv : csv;
}
