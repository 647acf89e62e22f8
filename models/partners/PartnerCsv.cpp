#include "models/partners/PartnerCsv.h"

#include "models/clusters/ClusterRepository.h"
#include "models/csv/CsvVocabulary.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerValidator.h"
#include "models/periods/PeriodLock.h"

#include <QHash>

#include <algorithm>

namespace {

// The columns of a partner file, in the order of an export: a partner's fields in the order of
// PartnerField, then its cluster.
enum class Column { Cluster = int(PartnerField::Count), Count };

constexpr Column column(PartnerField field)
{
    return Column(int(field));
}

const CsvColumnName columnNames[] = {
    {"name", "nome"},
    {"type", "tipo"},
    {"school_level", "livello scolastico"},
    {"city", "città"},
    {"address", "indirizzo"},
    {"website", "sito web"},
    {"email", "email", "e-mail"},
    {"phone", "telefono"},
    {"joined_on", "data adesione"},
    {"left_on", "data uscita"},
    {"notes", "note"},
    // An extension of INTERFACES.md so that an export keeps the contact persons.
    {"contacts", "contatti"},
    {"cluster", "cluster"},
};
static_assert(std::size(columnNames) == std::size_t(Column::Count));

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

// Turns a table into import rows; one instance per plan.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCsv)

public:
    Planner(const ClusterRepository &clusters, const PartnerRepository &partners,
            const CsvTargetCluster &target)
        : m_partners(partners)
        , m_clusters(clusters, target)
    {
        const Result<PeriodLock> lock = partners.periodLock();
        if (lock)
            m_lock = *lock;
        else
            m_readError = lock.error();
    }

    PartnerImportPlan plan(const CsvTable &table)
    {
        PartnerImportPlan plan;
        plan.header = table.header;
        if (!m_columns.read(table, tr("The column “%1” is not a partner column and is ignored."),
                            &plan.warnings, &plan.fileError) ||
            !m_columns.require({column(PartnerField::Name), column(PartnerField::Type)},
                               &plan.fileError))
            return plan;
        CsvImport::readRows(table, tr("The file has a header line but no partners."), plan,
                            [this](const CsvRecord &record) { return row(record); });
        CsvImport::refuseUnreadDatabase(plan, m_readError.isEmpty() ? m_clusters.readError()
                                                                    : m_readError);
        return plan;
    }

private:
    void addError(PartnerImportRow &row, Column column, const QString &message) const
    {
        row.errors.append({row.line, m_columns.headerName(column), message});
    }

    PartnerImportRow row(const CsvRecord &record)
    {
        PartnerImportRow row;
        row.line = record.line;
        row.fields = record.fields;
        if (const std::optional<CsvRowError> error = m_columns.fieldCountError(record)) {
            row.errors.append(*error);
            return row;
        }

        Partner &partner = row.partner;
        partner.name = m_columns.value(record, column(PartnerField::Name));
        partner.city = m_columns.value(record, column(PartnerField::City));
        partner.address = m_columns.value(record, column(PartnerField::Address));
        partner.website = m_columns.value(record, column(PartnerField::Website));
        partner.email = m_columns.value(record, column(PartnerField::Email));
        partner.phone = m_columns.value(record, column(PartnerField::Phone));
        partner.notes = m_columns.value(record, column(PartnerField::Notes));
        readType(record, row);
        readSchoolLevel(record, row);
        readDate(record, column(PartnerField::JoinedOn), row, &partner.joinedOn);
        readDate(record, column(PartnerField::LeftOn), row, &partner.leftOn);
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
                addError(row, column(PartnerField::Name),
                         tr("A partner called “%1” already exists in cluster “%2”.")
                             .arg(sameName.value(0), row.clusterName));
            } else if (issue.isError()) {
                addError(row, column(issue.field), issue.message);
            } else {
                row.warnings.append(issue.message);
            }
        }
        checkRepeatedInFile(row, key);
        checkPeriodLock(row);

        if (!partner.website.isEmpty() && row.isValid())
            partner.website = PartnerValidator::normalizedWebsite(partner.website);
        return row;
    }

    // Said here rather than by the save, so that the preview, --dry-run and --skip-invalid treat
    // such a row like any other bad row.
    void checkPeriodLock(PartnerImportRow &row) const
    {
        if (!row.isValid())
            return;
        QString refusal = m_lock.refusal(std::nullopt, row.partner);
        if (refusal.isEmpty())
            return;
        if (!row.partner.joinedOn.isValid())
            refusal += QLatin1Char(' ') +
                       tr("Without a joined-on date a partner counts as a member in every period; "
                          "give the date it joined.");
        addError(row, column(PartnerField::JoinedOn), refusal);
    }

    void readType(const CsvRecord &record, PartnerImportRow &row) const
    {
        QString error;
        const std::optional<PartnerType> type =
            CsvVocabulary::partnerTypes().read(m_columns.value(record, column(PartnerField::Type)),
                                               PartnerValidator::typeRequiredMessage(), &error);
        row.typeRead = type.has_value();
        if (type)
            row.partner.type = *type;
        else
            addError(row, column(PartnerField::Type), error);
    }

    void readSchoolLevel(const CsvRecord &record, PartnerImportRow &row) const
    {
        QString error;
        const std::optional<SchoolLevel> level = CsvVocabulary::schoolLevels().read(
            m_columns.value(record, column(PartnerField::SchoolLevel)), QString(), &error);
        if (level)
            row.partner.schoolLevel = *level;
        else if (!error.isEmpty())
            addError(row, column(PartnerField::SchoolLevel), error);
    }

    void readDate(const CsvRecord &record, Column column, PartnerImportRow &row, QDate *date) const
    {
        const QString text = m_columns.value(record, column);
        const CsvImport::DateParse parse = CsvImport::parseDate(text, date);
        if (parse != CsvImport::DateParse::Empty && parse != CsvImport::DateParse::Ok)
            addError(row, column, CsvImport::dateMessage(text, parse));
    }

    void readContacts(const CsvRecord &record, PartnerImportRow &row) const
    {
        const QStringList lines =
            m_columns.value(record, column(PartnerField::Contacts)).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            QStringList parts = line.split(contactSeparator);
            if (parts.size() > contactParts) {
                addError(row, column(PartnerField::Contacts),
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
        const QString clusterId = m_clusters.resolve(
            m_columns.value(record, Column::Cluster),
            m_columns.has(Column::Cluster) ? m_columns.headerName(Column::Cluster) : QString(),
            row);
        if (clusterId.isEmpty())
            return nullptr;
        row.partner.clusterId = clusterId;

        auto names = m_namesByCluster.find(clusterId);
        if (names == m_namesByCluster.end()) {
            QHash<QString, QString> byComparable;
            const Result<QList<Partner>> existing = m_partners.forCluster(clusterId);
            if (!existing) {
                m_readError = existing.error();
                return nullptr;
            }
            for (const Partner &partner : *existing)
                byComparable.insert(PartnerValidator::comparableName(partner.name), partner.name);
            names = m_namesByCluster.insert(clusterId, byComparable);
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
            addError(row, column(PartnerField::Name),
                     tr("“%1” is already on line %2 of this file.")
                         .arg(row.partner.name, QString::number(*earlier)));
            return;
        }
        m_lineByName.insert(key, row.line);
    }

    const PartnerRepository &m_partners;
    CsvColumns<Column> m_columns{columnNames};
    CsvClusterResolver m_clusters;
    PeriodLock m_lock;
    QString m_readError; // the database could not be read: the plan is refused
    QHash<QString, QHash<QString, QString>> m_namesByCluster;
    QHash<QString, int> m_lineByName;
};

} // namespace

PartnerImportPlan PartnerCsv::plan(const CsvTable &table, const ClusterRepository &clusters,
                                   const PartnerRepository &partners,
                                   const CsvTargetCluster &target)
{
    return Planner(clusters, partners, target).plan(table);
}

PartnerImportPlan PartnerCsv::planFile(const QString &path, const ClusterRepository &clusters,
                                       const PartnerRepository &partners,
                                       const CsvTargetCluster &target)
{
    return CsvImport::planFile<PartnerImportPlan>(
        path, [&](const CsvTable &table) { return plan(table, clusters, partners, target); });
}

QByteArray PartnerCsv::write(const QList<Partner> &partners, const QString &clusterName,
                             Dialect dialect)
{
    QList<Partner> sorted = partners;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Partner &a, const Partner &b) {
        return PartnerValidator::comparableName(a.name) < PartnerValidator::comparableName(b.name);
    });

    QList<QStringList> rows;
    rows.reserve(sorted.size());
    for (const Partner &partner : std::as_const(sorted)) {
        QStringList row(int(Column::Count));
        auto set = [&row](Column column, const QString &text) { row[int(column)] = text; };
        set(column(PartnerField::Name), partner.name);
        set(column(PartnerField::Type), CsvVocabulary::partnerTypes().text(partner.type, dialect));
        set(column(PartnerField::SchoolLevel),
            CsvVocabulary::schoolLevels().text(partner.schoolLevel, dialect));
        set(column(PartnerField::City), partner.city);
        set(column(PartnerField::Address), partner.address);
        set(column(PartnerField::Website), partner.website);
        set(column(PartnerField::Email), partner.email);
        set(column(PartnerField::Phone), partner.phone);
        set(column(PartnerField::JoinedOn), CsvImport::formatDate(partner.joinedOn, dialect));
        set(column(PartnerField::LeftOn), CsvImport::formatDate(partner.leftOn, dialect));
        set(column(PartnerField::Notes), partner.notes);
        set(column(PartnerField::Contacts), formatContacts(partner.contacts));
        set(Column::Cluster, clusterName);
        rows.append(row);
    }
    return CsvImport::write(CsvHeader(columnNames).names(dialect), rows, dialect);
}
