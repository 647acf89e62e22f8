#include "models/events/EventCsv.h"

#include "models/clusters/ClusterRepository.h"
#include "models/csv/CsvVocabulary.h"
#include "models/events/EventRepository.h"
#include "models/events/EventValidator.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerValidator.h"
#include "models/periods/PeriodLock.h"

#include <QSet>

#include <algorithm>
#include <climits>
#include <tuple>

namespace {

// In the order of the columns of an export: those of INTERFACES.md first, then the extensions.
enum class Column {
    Title,
    Kind,
    Start,
    End,
    Location,
    Organiser,
    Partners,
    Status,
    Pupils, // the participation figures, in the order of Figure
    Teachers,
    Parents,
    Researchers,
    TeacherTrainees,
    Others,
    Subjects,
    TitleIt,
    TitleEn,
    DescriptionIt,
    DescriptionEn,
    OnlineLink,
    Audience,
    Cluster,
    Count
};

const CsvColumnName columnNames[] = {
    {"title", "titolo"},
    {"kind", "tipo", "type"},
    {"start", "inizio"},
    {"end", "fine"},
    {"location", "luogo"},
    {"organiser", "organizzatore", "organisers|organizer|organizers|organizzatori"},
    {"partners", "partner"},
    {"status", "stato"},
    {"pupils", "alunni"},
    {"teachers", "insegnanti"},
    {"parents", "genitori"},
    {"researchers", "ricercatori"},
    {"teacher_trainees", "futuri insegnanti"},
    {"others", "altri"},
    {"subjects", "materie"},
    {"title_it", "titolo italiano"},
    {"title_en", "titolo inglese"},
    {"description_it", "descrizione italiana"},
    {"description_en", "descrizione inglese"},
    {"online_link", "link online"},
    {"audience", "pubblico"},
    {"cluster", "cluster"},
};
static_assert(std::size(columnNames) == std::size_t(Column::Count));

Column figureColumn(Figure figure)
{
    return Column(int(Column::Pupils) + int(figure));
}

// Lists in one cell: partner names, subjects, school levels.
constexpr QChar listSeparator = QLatin1Char('|');

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(listSeparator)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QString joinList(const QStringList &items)
{
    return items.join(QStringLiteral(" | "));
}

QString languageOf(CsvDialect dialect)
{
    return dialect == CsvDialect::Italian ? QStringLiteral("it") : QStringLiteral("en");
}

// Two events are the same when they have the same title (in either language) and start.
QString identityKey(const QString &title, QDate startDate, QTime startTime)
{
    return PartnerValidator::comparableName(title) + QLatin1Char('\n') +
           startDate.toString(Qt::ISODate) + QLatin1Char(' ') + CsvImport::formatTime(startTime);
}

QStringList identityKeys(const Event &event)
{
    QStringList keys;
    for (const QString &title : {event.titleIt, event.titleEn}) {
        if (!title.trimmed().isEmpty())
            keys.append(identityKey(title, event.startDate, event.startTime));
    }
    keys.removeDuplicates();
    return keys;
}

// Turns a table into import rows; one instance per plan.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(EventCsv)

public:
    Planner(const ClusterRepository &clusters, const PartnerRepository &partners,
            const EventRepository &events, const CsvTargetCluster &target)
        : m_partners(partners)
        , m_events(events)
        , m_clusters(clusters, target)
    {
        const Result<PeriodLock> lock = events.periodLock();
        if (lock)
            m_lock = *lock;
        else
            m_readError = lock.error();
    }

    EventImportPlan plan(const CsvTable &table)
    {
        EventImportPlan plan;
        plan.header = table.header;
        if (!m_columns.read(table, tr("The column “%1” is not an event column and is ignored."),
                            &plan.warnings, &plan.fileError))
            return plan;
        // Either title column will do for "title".
        if (!m_columns.has(Column::Title) && !m_columns.has(Column::TitleIt) &&
            !m_columns.has(Column::TitleEn)) {
            plan.fileError = m_columns.missingColumnMessage(Column::Title);
            return plan;
        }
        if (!m_columns.require({Column::Kind, Column::Start, Column::Status}, &plan.fileError))
            return plan;
        CsvImport::readRows(table, tr("The file has a header line but no events."), plan,
                            [this](const CsvRecord &record) { return row(record); });
        CsvImport::refuseUnreadDatabase(plan, m_readError.isEmpty() ? m_clusters.readError()
                                                                    : m_readError);
        return plan;
    }

private:
    // What the rows need to know of a cluster, read once per cluster.
    struct ClusterData
    {
        QHash<QString, QString> partnerIdByName; // comparable name → id
        QSet<QString> ambiguousNames;            // comparable names of several partners
        QHash<QString, QString> titleByIdentity; // identityKey → the existing event's title
    };

    void addError(EventImportRow &row, Column column, const QString &message) const
    {
        row.errors.append({row.line, m_columns.headerName(column), message});
    }

    bool hasError(const EventImportRow &row, Column column) const
    {
        const QString name = m_columns.headerName(column);
        return std::any_of(row.errors.cbegin(), row.errors.cend(),
                           [&name](const CsvRowError &error) { return error.column == name; });
    }

    // The column a title problem is reported in: the one the file uses.
    Column titleColumn() const
    {
        for (Column column : {Column::Title, Column::TitleIt, Column::TitleEn}) {
            if (m_columns.has(column))
                return column;
        }
        return Column::Title;
    }

    EventImportRow row(const CsvRecord &record)
    {
        EventImportRow row;
        row.line = record.line;
        row.fields = record.fields;
        if (const std::optional<CsvRowError> error = m_columns.fieldCountError(record)) {
            row.errors.append(*error);
            return row;
        }

        Event &event = row.event;
        readTitles(record, event);
        event.descriptionIt = m_columns.value(record, Column::DescriptionIt);
        event.descriptionEn = m_columns.value(record, Column::DescriptionEn);
        event.location = m_columns.value(record, Column::Location);
        event.onlineLink = m_columns.value(record, Column::OnlineLink);
        row.kindRead = readTerm(record, Column::Kind, CsvVocabulary::eventKinds(),
                                tr("The kind of event is required."), &event.kind, row);
        row.statusRead = readTerm(record, Column::Status, CsvVocabulary::eventStatuses(),
                                  tr("The status is required."), &event.status, row);
        readStart(record, row);
        readEnd(record, row);
        readFigures(record, row);
        readAudience(record, row);
        readSubjects(record, event);

        const ClusterData *cluster = readCluster(record, row);
        if (cluster) {
            readPartners(record, Column::Organiser, *cluster, &event.organiserIds, row);
            readPartners(record, Column::Partners, *cluster, &event.participantIds, row);
        }
        validate(row);
        checkDuplicates(row, cluster, m_columns.value(record, Column::Start));
        // Said here rather than by the save, so that the preview, --dry-run and --skip-invalid
        // treat such a row like any other bad row.
        if (row.isValid()) {
            const QString refusal = m_lock.refusal(std::nullopt, event);
            if (!refusal.isEmpty())
                addError(row, Column::Start, refusal);
        }
        return row;
    }

    // The plain title is the title in the language of its header, unless the file gives the
    // titles language by language.
    void readTitles(const CsvRecord &record, Event &event) const
    {
        event.titleIt = m_columns.value(record, Column::TitleIt);
        event.titleEn = m_columns.value(record, Column::TitleEn);
        if (event.titleIt.isEmpty() && event.titleEn.isEmpty()) {
            (m_columns.isNamedInItalian(Column::Title) ? event.titleIt : event.titleEn) =
                m_columns.value(record, Column::Title);
        }
    }

    template<typename Value>
    // True when the value was read; otherwise the row has the error.
    bool readTerm(const CsvRecord &record, Column column, const CsvTerms<Value> &terms,
                  const QString &requiredMessage, Value *value, EventImportRow &row) const
    {
        QString error;
        if (const std::optional<Value> found =
                terms.read(m_columns.value(record, column), requiredMessage, &error)) {
            *value = *found;
            return true;
        }
        addError(row, column, error);
        return false;
    }

    void readStart(const CsvRecord &record, EventImportRow &row) const
    {
        const QString text = m_columns.value(record, Column::Start);
        const CsvImport::DateParse parse =
            CsvImport::parseDateTime(text, &row.event.startDate, &row.event.startTime);
        if (parse != CsvImport::DateParse::Empty && parse != CsvImport::DateParse::Ok)
            addError(row, Column::Start, CsvImport::dateMessage(text, parse, true));
    }

    // The end is a date, a date and time, or a time alone: the end time of the start day.
    void readEnd(const CsvRecord &record, EventImportRow &row) const
    {
        const QString text = m_columns.value(record, Column::End);
        CsvImport::DateParse parse = CsvImport::parseTime(text, &row.event.endTime);
        if (parse == CsvImport::DateParse::BadFormat)
            parse = CsvImport::parseDateTime(text, &row.event.endDate, &row.event.endTime);
        if (parse != CsvImport::DateParse::Empty && parse != CsvImport::DateParse::Ok)
            addError(row, Column::End, CsvImport::dateMessage(text, parse, true));
    }

    void readFigures(const CsvRecord &record, EventImportRow &row) const
    {
        for (Figure figure : EventVocabulary::figures()) {
            const Column column = figureColumn(figure);
            const QString text = m_columns.value(record, column);
            if (text.isEmpty())
                continue;
            bool isNumber = false;
            const qlonglong number = text.toLongLong(&isNumber);
            if (!isNumber) {
                addError(row, column,
                         tr("“%1” is not a whole number.").arg(text) + QLatin1Char(' ') +
                             EventValidator::negativeFigureMessage());
            } else if (number < 0) {
                addError(row, column,
                         tr("“%1” is a negative number.").arg(text) + QLatin1Char(' ') +
                             EventValidator::negativeFigureMessage());
            } else if (number > INT_MAX) {
                addError(row, column,
                         tr("“%1” is too large for a participation figure.").arg(text));
            } else {
                row.event.setFigure(figure, int(number));
            }
        }
    }

    void readAudience(const CsvRecord &record, EventImportRow &row) const
    {
        for (const QString &text : splitList(m_columns.value(record, Column::Audience))) {
            QString error;
            const std::optional<SchoolLevel> level =
                CsvVocabulary::schoolLevels().read(text, QString(), &error);
            if (!level)
                addError(row, Column::Audience, error);
            else if (!row.event.audience.contains(*level))
                row.event.audience.append(*level);
        }
    }

    // Known subjects by key or Italian label; anything else is kept as free text.
    void readSubjects(const CsvRecord &record, Event &event) const
    {
        for (const QString &text : splitList(m_columns.value(record, Column::Subjects))) {
            const QString subject = CsvVocabulary::subjects().find(text).value_or(text);
            if (!event.subjects.contains(subject))
                event.subjects.append(subject);
        }
    }

    // Resolves the row's cluster and returns what is known of it (nullptr when it is unknown).
    const ClusterData *readCluster(const CsvRecord &record, EventImportRow &row)
    {
        const QString clusterId = m_clusters.resolve(
            m_columns.value(record, Column::Cluster),
            m_columns.has(Column::Cluster) ? m_columns.headerName(Column::Cluster) : QString(),
            row);
        if (clusterId.isEmpty())
            return nullptr;
        row.event.clusterId = clusterId;

        auto data = m_clusterData.find(clusterId);
        if (data == m_clusterData.end()) {
            const Result<QList<Partner>> partners = m_partners.forCluster(clusterId);
            const Result<QList<Event>> events = m_events.forCluster(clusterId);
            if (!partners || !events) {
                m_readError = partners ? events.error() : partners.error();
                return nullptr;
            }
            ClusterData loaded;
            for (const Partner &partner : *partners) {
                const QString name = PartnerValidator::comparableName(partner.name);
                if (loaded.partnerIdByName.contains(name))
                    loaded.ambiguousNames.insert(name);
                loaded.partnerIdByName.insert(name, partner.id);
            }
            for (const Event &event : *events) {
                for (const QString &key : identityKeys(event))
                    loaded.titleByIdentity.insert(key, event.displayTitle());
            }
            data = m_clusterData.insert(clusterId, loaded);
        }
        return &*data;
    }

    void readPartners(const CsvRecord &record, Column column, const ClusterData &cluster,
                      QStringList *ids, EventImportRow &row) const
    {
        const QString text = m_columns.value(record, column);
        // A name that holds the separator itself is still found whole.
        const QStringList names =
            cluster.partnerIdByName.contains(PartnerValidator::comparableName(text))
                ? QStringList{text}
                : splitList(text);
        for (const QString &name : names) {
            const QString key = PartnerValidator::comparableName(name);
            const auto id = cluster.partnerIdByName.constFind(key);
            if (id == cluster.partnerIdByName.cend()) {
                addError(row, column,
                         tr("There is no partner called “%1” in cluster “%2”.")
                             .arg(name, row.clusterName));
            } else if (cluster.ambiguousNames.contains(key)) {
                addError(row, column,
                         tr("Cluster “%2” has several partners called “%1”; rename them so that "
                            "each name is used once.")
                             .arg(name, row.clusterName));
            } else if (!ids->contains(*id)) {
                ids->append(*id);
            }
        }
    }

    // The rules of the event editor, each reported in its column unless that column already
    // has a problem the format found (a start that is not a date is not also "required").
    void validate(EventImportRow &row) const
    {
        for (const EventIssue &issue : EventValidator::validate(row.event)) {
            if (!issue.isError()) {
                row.warnings.append(issue.message);
                continue;
            }
            const Column column = columnFor(issue, row.event);
            if (!hasError(row, column))
                addError(row, column, issue.message);
        }
    }

    Column columnFor(const EventIssue &issue, const Event &event) const
    {
        switch (issue.field) {
        case EventField::Title:
            return titleColumn();
        case EventField::Kind:
            return Column::Kind;
        case EventField::Status:
            return Column::Status;
        case EventField::Start:
            return Column::Start;
        case EventField::End:
            return Column::End;
        case EventField::Location:
            return Column::Location;
        case EventField::OnlineLink:
            return Column::OnlineLink;
        case EventField::Organisers:
            return Column::Organiser;
        case EventField::Participants:
            return Column::Partners;
        case EventField::Audience:
            return Column::Audience;
        case EventField::Subjects:
            return Column::Subjects;
        case EventField::Figures:
            break;
        }
        if (issue.row >= 0)
            return figureColumn(Figure(issue.row));
        // A rule about the figures as a whole: the first figure the row gives.
        for (Figure figure : EventVocabulary::figures()) {
            if (event.figure(figure))
                return figureColumn(figure);
        }
        return Column::Pupils;
    }

    void checkDuplicates(EventImportRow &row, const ClusterData *cluster, const QString &startText)
    {
        const Event &event = row.event;
        if (!event.startDate.isValid())
            return;
        const QStringList keys = identityKeys(event);
        if (cluster) {
            for (const QString &key : keys) {
                const auto existing = cluster->titleByIdentity.constFind(key);
                if (existing != cluster->titleByIdentity.cend()) {
                    addError(row, titleColumn(),
                             tr("An event called “%1” starting %2 already exists in cluster "
                                "“%3”.")
                                 .arg(*existing, startText, row.clusterName));
                    return;
                }
            }
        }
        const QString clusterKey = event.clusterId.isEmpty()
                                       ? PartnerValidator::comparableName(row.clusterName)
                                       : event.clusterId;
        for (const QString &key : keys) {
            const auto earlier = m_lineByIdentity.constFind(clusterKey + QLatin1Char('\n') + key);
            if (earlier != m_lineByIdentity.cend()) {
                addError(row, titleColumn(),
                         tr("An event called “%1” starting %2 is already on line %3 of this file.")
                             .arg(event.displayTitle(), startText, QString::number(*earlier)));
                return;
            }
        }
        for (const QString &key : keys)
            m_lineByIdentity.insert(clusterKey + QLatin1Char('\n') + key, row.line);
    }

    const PartnerRepository &m_partners;
    const EventRepository &m_events;
    CsvColumns<Column> m_columns{columnNames};
    CsvClusterResolver m_clusters;
    PeriodLock m_lock;
    QString m_readError; // the database could not be read: the plan is refused
    QHash<QString, ClusterData> m_clusterData;
    QHash<QString, int> m_lineByIdentity;
};

QString partnerNames(const QStringList &ids, const QHash<QString, QString> &namesById)
{
    QStringList names;
    for (const QString &id : ids) {
        const auto name = namesById.constFind(id);
        if (name != namesById.cend())
            names.append(*name);
    }
    return joinList(names);
}

// The end as the import reads it: a time alone when the event ends on its start day.
QString formatEnd(const Event &event, CsvDialect dialect)
{
    if (event.endDate.isValid())
        return CsvImport::formatDateTime(event.endDate, event.endTime, dialect);
    return CsvImport::formatTime(event.endTime);
}

} // namespace

EventImportPlan EventCsv::plan(const CsvTable &table, const ClusterRepository &clusters,
                               const PartnerRepository &partners, const EventRepository &events,
                               const CsvTargetCluster &target)
{
    return Planner(clusters, partners, events, target).plan(table);
}

EventImportPlan EventCsv::planFile(const QString &path, const ClusterRepository &clusters,
                                   const PartnerRepository &partners, const EventRepository &events,
                                   const CsvTargetCluster &target)
{
    return CsvImport::planFile<EventImportPlan>(path, [&](const CsvTable &table) {
        return plan(table, clusters, partners, events, target);
    });
}

QByteArray EventCsv::write(const QList<Event> &events,
                           const QHash<QString, QString> &partnerNamesById,
                           const QString &clusterName, Dialect dialect)
{
    const QString language = languageOf(dialect);
    QList<Event> sorted = events;
    auto order = [&language](const Event &event) {
        return std::tuple(event.startDate, event.startTime.isValid(), event.startTime,
                          PartnerValidator::comparableName(event.title(language)),
                          event.title(language), event.titleIt, event.titleEn);
    };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&order](const Event &a, const Event &b) { return order(a) < order(b); });

    const CsvTerms<QString> &subjects = CsvVocabulary::subjects();
    QList<QStringList> rows;
    rows.reserve(sorted.size());
    for (const Event &event : std::as_const(sorted)) {
        QStringList row(int(Column::Count));
        auto set = [&row](Column column, const QString &text) { row[int(column)] = text; };
        set(Column::Title, event.title(language));
        set(Column::Kind, CsvVocabulary::eventKinds().text(event.kind, dialect));
        set(Column::Start, CsvImport::formatDateTime(event.startDate, event.startTime, dialect));
        set(Column::End, formatEnd(event, dialect));
        set(Column::Location, event.location);
        set(Column::Organiser, partnerNames(event.organiserIds, partnerNamesById));
        set(Column::Partners, partnerNames(event.participantIds, partnerNamesById));
        set(Column::Status, CsvVocabulary::eventStatuses().text(event.status, dialect));
        for (Figure figure : EventVocabulary::figures()) {
            if (const std::optional<int> value = event.figure(figure))
                set(figureColumn(figure), QString::number(*value));
        }
        QStringList subjectTexts;
        for (const QString &subject : event.subjects) {
            const QString term = subjects.text(subject, dialect);
            subjectTexts.append(term.isEmpty() ? subject : term);
        }
        set(Column::Subjects, joinList(subjectTexts));
        set(Column::TitleIt, event.titleIt);
        set(Column::TitleEn, event.titleEn);
        set(Column::DescriptionIt, event.descriptionIt);
        set(Column::DescriptionEn, event.descriptionEn);
        set(Column::OnlineLink, event.onlineLink);
        QStringList levels;
        for (SchoolLevel level : event.audience)
            levels.append(CsvVocabulary::schoolLevels().text(level, dialect));
        set(Column::Audience, joinList(levels));
        set(Column::Cluster, clusterName);
        rows.append(row);
    }
    return CsvImport::write(CsvHeader(columnNames).names(dialect), rows, dialect);
}
