#pragma once

#include "models/common/RecordTableModel.h"
#include "models/events/Event.h"
#include "models/events/EventRepository.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class PartnerTableModel;

struct EventRow
{
    Event record;
    QString ownText;    // folded text of the event's own fields
    QString searchText; // ownText with partner names and subject labels
};

// The events of one cluster as a table. The rows follow every write to the events, whoever made
// it (RecordTableModel). Partner names come from the partner model of the same cluster and
// follow its rows.
class EventTableModel : public RecordTableModel<Event, EventRow>
{
    Q_OBJECT

public:
    enum Column {
        Start,
        End,
        Title,
        Kind,
        Status,
        Location,
        Organisers,
        Partners, // the other participating partners
        Audience,
        Subjects,
        Participants, // the total of the figures
        Pupils,       // the six figures, in the order of Figure
        Teachers,
        Parents,
        Researchers,
        TeacherTrainees,
        Others,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: QDateTime, int, QString
        IdRole,
        KindRole,          // EventKind as int
        StatusRole,        // EventStatus as int
        StartDateRole,     // QDate
        LastDateRole,      // QDate: the end date, or the start date for a one-day event
        StartDateTimeRole, // QDateTime, midnight for all-day events
        PartnerIdsRole,    // QStringList: organisers, then participants
        SubjectsRole,      // QStringList: subject keys and free-text subjects
        SearchTextRole,    // folded titles, descriptions, place, partner names and subjects
    };

    // partners: the partner model of the same workspace, for names; may be null.
    explicit EventTableModel(QSqlDatabase db, PartnerTableModel *partners = nullptr,
                             QObject *parent = nullptr);

    const Event &eventAt(int row) const { return recordAt(row); }
    std::optional<Event> event(const QString &id) const { return record(id); }
    // Events the partner organised or took part in.
    int countForPartner(const QString &partnerId) const;
    // The subjects typed as free text in the cluster's events, in text order (the known subjects
    // are EventVocabulary::subjectKeys()).
    QStringList freeTextSubjects() const;
    // The partner's name, or an empty string when the partner is not in the cluster.
    QString partnerName(const QString &partnerId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);
    static int columnOf(Figure figure) { return Pupils + int(figure); }
    // The colour that marks a status in the list and the calendar.
    static QColor statusColour(EventStatus status);
    // "12/03/2024 09:00", or the date alone for an all-day event.
    static QString dateTimeText(QDate date, QTime time);
    // When the event takes place, in words: "Tuesday 12 March 2024, 09:00–11:00", or both ends
    // of an event over several days.
    static QString whenText(const Event &event);

Q_SIGNALS:
    // The events could not be read (message), or could be read again (empty message). The rows
    // read last stay.
    void readStateChanged(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    Result<QList<Event>> readCluster(const QString &clusterId) const override;
    Result<QList<Event>> readRecords(const QStringList &ids) const override;
    EventRow makeRow(Event event) const override;
    void announceReadState(const QString &message) override { Q_EMIT readStateChanged(message); }

private:
    QString composeSearchText(const EventRow &row) const;
    QString partnerNames(const QStringList &ids) const;
    QVariant displayValue(const Event &event, int column) const;
    QVariant sortValue(const Event &event, int column) const;
    void refreshPartnerNames();
    void refreshSubjectLabels();

    EventRepository m_repository;
    PartnerTableModel *m_partners;
    QHash<QString, QString> m_partnerNames;        // id → name
    QHash<QString, QString> m_foldedPartnerNames;  // id → folded name, for search
    QHash<QString, QString> m_foldedSubjectLabels; // known key → folded label, current language
};
