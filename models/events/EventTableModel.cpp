#include "models/events/EventTableModel.h"

#include "models/common/LocaleFormat.h"
#include "models/common/TextFolding.h"
#include "models/common/Translations.h"
#include "models/partners/PartnerTableModel.h"

#include <QCollator>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QSet>

namespace {

const QLatin1Char lineBreak('\n');

std::optional<Figure> figureOfColumn(int column)
{
    if (column < EventTableModel::Pupils || column > EventTableModel::Others)
        return std::nullopt;
    return Figure(column - EventTableModel::Pupils);
}

bool isNumeric(int column)
{
    return column == EventTableModel::Participants || figureOfColumn(column).has_value();
}

QString joinedLabels(const Event &event)
{
    QStringList labels;
    for (SchoolLevel level : event.audience)
        labels.append(PartnerVocabulary::label(level));
    return labels.join(QStringLiteral(", "));
}

QString subjectLabels(const Event &event)
{
    QStringList labels;
    for (const QString &subject : event.subjects)
        labels.append(EventVocabulary::subjectLabel(subject));
    return labels.join(QStringLiteral(", "));
}

} // namespace

EventTableModel::EventTableModel(QSqlDatabase db, PartnerTableModel *partners, QObject *parent)
    : RecordTableModel(RecordKind::Event, db, parent)
    , m_repository(std::move(db))
    , m_partners(partners)
{
    // Only widgets receive LanguageChange; the model learns of it from the application object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    refreshSubjectLabels();
    if (m_partners) {
        // Once a write's rows have all moved, not at each of their signals.
        connect(m_partners, &PartnerTableModel::recordsFollowed, this,
                &EventTableModel::refreshPartnerNames);
        connect(m_partners, &QAbstractItemModel::modelReset, this,
                &EventTableModel::refreshPartnerNames);
        refreshPartnerNames();
    }
}

Result<QList<Event>> EventTableModel::readCluster(const QString &clusterId) const
{
    return m_repository.forCluster(clusterId);
}

Result<QList<Event>> EventTableModel::readRecords(const QStringList &ids) const
{
    return m_repository.byIds(ids);
}

EventRow EventTableModel::makeRow(Event event) const
{
    EventRow row;
    row.record = std::move(event);
    const Event &record = row.record;
    QStringList parts = {record.titleIt, record.titleEn, record.descriptionIt, record.descriptionEn,
                         record.location};
    const QStringList &known = EventVocabulary::subjectKeys();
    for (const QString &subject : record.subjects) {
        if (!known.contains(subject))
            parts.append(subject);
    }
    row.ownText = TextFolding::fold(parts.join(lineBreak));
    row.searchText = composeSearchText(row);
    return row;
}

QString EventTableModel::composeSearchText(const EventRow &row) const
{
    // Names and labels are folded once per partner and language, so a rename or a language
    // switch only concatenates again.
    QString text = row.ownText;
    for (const QStringList *ids : {&row.record.organiserIds, &row.record.participantIds}) {
        for (const QString &id : *ids)
            text += lineBreak + m_foldedPartnerNames.value(id);
    }
    for (const QString &subject : row.record.subjects) {
        const auto it = m_foldedSubjectLabels.constFind(subject);
        if (it != m_foldedSubjectLabels.cend())
            text += lineBreak + *it;
    }
    return text;
}

void EventTableModel::refreshSubjectLabels()
{
    m_foldedSubjectLabels.clear();
    for (const QString &key : EventVocabulary::subjectKeys())
        m_foldedSubjectLabels.insert(key, TextFolding::fold(EventVocabulary::subjectLabel(key)));
    for (EventRow &row : m_rows)
        row.searchText = composeSearchText(row);
}

void EventTableModel::refreshPartnerNames()
{
    const QHash<QString, QString> names =
        m_partners ? m_partners->namesById() : QHash<QString, QString>();
    if (names == m_partnerNames)
        return;

    QSet<QString> changed;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const auto old = m_partnerNames.constFind(it.key());
        if (old == m_partnerNames.cend() || *old != it.value()) {
            changed.insert(it.key());
            m_foldedPartnerNames.insert(it.key(), TextFolding::fold(it.value()));
        }
    }
    for (auto it = m_partnerNames.cbegin(); it != m_partnerNames.cend(); ++it) {
        if (!names.contains(it.key())) {
            changed.insert(it.key());
            m_foldedPartnerNames.remove(it.key());
        }
    }
    m_partnerNames = names;

    // While the workspace switches clusters the partners move first; the events reload next.
    if (!m_partners || m_partners->clusterId() != clusterId())
        return;
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        EventRow &entry = m_rows[row];
        const bool affected =
            std::any_of(entry.record.organiserIds.cbegin(), entry.record.organiserIds.cend(),
                        [&](const QString &id) { return changed.contains(id); }) ||
            std::any_of(entry.record.participantIds.cbegin(), entry.record.participantIds.cend(),
                        [&](const QString &id) { return changed.contains(id); });
        if (affected) {
            entry.searchText = composeSearchText(entry);
            rows.append(row);
        }
    }
    emitRowsChanged(rows, Organisers, Partners);
}

int EventTableModel::countForPartner(const QString &partnerId) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const EventRow &row) {
        return row.record.organiserIds.contains(partnerId) ||
               row.record.participantIds.contains(partnerId);
    }));
}

QStringList EventTableModel::freeTextSubjects() const
{
    QSet<QString> found;
    const QStringList &known = EventVocabulary::subjectKeys();
    for (const EventRow &row : m_rows) {
        for (const QString &subject : row.record.subjects) {
            if (!known.contains(subject))
                found.insert(subject);
        }
    }
    QStringList subjects(found.cbegin(), found.cend());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(subjects.begin(), subjects.end(), collator);
    return subjects;
}

QString EventTableModel::partnerName(const QString &partnerId) const
{
    return m_partnerNames.value(partnerId);
}

QString EventTableModel::partnerNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        // A partner deleted from the register keeps its link (undo brings it back) but no name.
        const QString name = m_partnerNames.value(id);
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::dateTimeText(QDate date, QTime time)
{
    const QString day = LocaleFormat::shortDate(date);
    if (!time.isValid() || day.isEmpty())
        return day;
    return day + QLatin1Char(' ') + QLocale().toString(time, QStringLiteral("HH:mm"));
}

QString EventTableModel::whenText(const Event &event)
{
    const QLocale locale;
    const auto time = [&](QTime t) { return locale.toString(t, QStringLiteral("HH:mm")); };
    if (event.lastDate() != event.startDate)
        return dateTimeText(event.startDate, event.startTime) + QStringLiteral(" – ") +
               dateTimeText(event.lastDate(), event.endTime);
    QString text = locale.toString(event.startDate, QLocale::LongFormat);
    if (event.startTime.isValid()) {
        text += QStringLiteral(", ") + time(event.startTime);
        if (event.endTime.isValid())
            text += QStringLiteral("–") + time(event.endTime);
    }
    return text;
}

QColor EventTableModel::statusColour(EventStatus status)
{
    switch (status) {
    case EventStatus::Planned:
        return QColor(0x1c, 0x7e, 0xd6); // blue
    case EventStatus::Confirmed:
        return QColor(0x2f, 0x9e, 0x44); // green
    case EventStatus::Held:
        return QColor(0x70, 0x48, 0xe8); // violet
    case EventStatus::Cancelled:
        return QColor(0x86, 0x8e, 0x96); // grey
    }
    return {};
}

QVariant EventTableModel::displayValue(const Event &event, int column) const
{
    const QLocale locale;
    if (const std::optional<Figure> figure = figureOfColumn(column)) {
        const std::optional<int> value = event.figure(*figure);
        return value ? locale.toString(*value) : QString();
    }
    switch (column) {
    case Start:
        return dateTimeText(event.startDate, event.startTime);
    case End:
        return dateTimeText(event.lastDate(), event.endTime);
    case Title:
        return event.displayTitle();
    case Kind:
        return EventVocabulary::label(event.kind);
    case Status:
        return EventVocabulary::label(event.status);
    case Location:
        return event.location.isEmpty() && !event.onlineLink.isEmpty() ? tr("Online")
                                                                       : event.location;
    case Organisers:
        return partnerNames(event.organiserIds);
    case Partners:
        return partnerNames(event.participantIds);
    case Audience:
        return joinedLabels(event);
    case Subjects:
        return subjectLabels(event);
    case Participants:
        return event.hasFigures() ? locale.toString(event.totalParticipants()) : QString();
    }
    return {};
}

QVariant EventTableModel::sortValue(const Event &event, int column) const
{
    // Figures not recorded sort before a recorded 0.
    if (const std::optional<Figure> figure = figureOfColumn(column))
        return event.figure(*figure).value_or(-1);
    // Wall-clock times marked as UTC: they order the same, and comparing them needs none of the
    // time-zone lookups that local times cost, which dominate sorting 100,000 events otherwise.
    switch (column) {
    case Start:
        return QDateTime(event.startDate, event.startTime.isValid() ? event.startTime : QTime(0, 0),
                         Qt::UTC);
    case End:
        // Without an end time the event lasts until the end of its last day.
        return QDateTime(event.lastDate(),
                         event.endTime.isValid() ? event.endTime : QTime(23, 59, 59), Qt::UTC);
    case Status:
        return int(event.status); // planned, confirmed, held, cancelled: the order of a life
    case Participants:
        return event.hasFigures() ? event.totalParticipants() : -1;
    default:
        // Text sorts by what the user reads; the proxy compares it locale-aware.
        return displayValue(event, column);
    }
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRow &row = m_rows.at(index.row());
    const Event &event = row.record;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(event, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Title: {
            const QString description = event.description(Translations::current());
            return description.isEmpty() ? QVariant() : QVariant(description);
        }
        case Location:
            return event.onlineLink.isEmpty() ? QVariant() : QVariant(event.onlineLink);
        case Organisers:
        case Partners: {
            const QString names = displayValue(event, index.column()).toString();
            return names.isEmpty()
                       ? QVariant()
                       : QVariant(QString(names).replace(QStringLiteral(", "), QString(lineBreak)));
        }
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Title)
            return statusColour(event.status);
        return {};
    case Qt::ForegroundRole:
        if (event.status == EventStatus::Cancelled)
            return statusColour(EventStatus::Cancelled);
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(event, index.column());
    case IdRole:
        return event.id;
    case KindRole:
        return int(event.kind);
    case StatusRole:
        return int(event.status);
    case StartDateRole:
        return event.startDate;
    case LastDateRole:
        return event.lastDate();
    case StartDateTimeRole:
        return event.startDateTime();
    case PartnerIdsRole:
        return event.organiserIds + event.participantIds;
    case SubjectsRole:
        return event.subjects;
    case SearchTextRole:
        return row.searchText;
    }
    return {};
}

QString EventTableModel::columnTitle(int column)
{
    if (const std::optional<Figure> figure = figureOfColumn(column))
        return EventVocabulary::label(*figure);
    switch (column) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Location:
        return tr("Location");
    case Organisers:
        return tr("Organisers");
    case Partners:
        return tr("Other partners");
    case Audience:
        return tr("Audience");
    case Subjects:
        return tr("Subjects");
    case Participants:
        return tr("Participants");
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && section == Participants)
        return tr("Everyone who took part: the sum of the recorded figures");
    return {};
}

bool EventTableModel::eventFilter(QObject *watched, QEvent *event)
{
    // Labels and dates are translated when read; only the subject labels inside the search text
    // are kept, so those are folded again.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        refreshSubjectLabels();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
    return QAbstractTableModel::eventFilter(watched, event);
}
