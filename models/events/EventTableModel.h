#pragma once

#include "models/events/Event.h"
#include "models/events/EventRepository.h"
#include "models/storage/RecordChangeCommand.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class PartnerTableModel;

using EventChange = RecordChange<Event>;

// The events of one cluster as a table. Writes go to the database first, in one transaction, and
// then to the rows with precise signals, so views keep their selection and scroll position.
// Partner names come from the partner model of the same cluster and follow its edits.
class EventTableModel : public QAbstractTableModel, public RecordStore<Event>
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

    QString clusterId() const { return m_clusterId; }
    void setClusterId(const QString &clusterId);
    void reload();

    const Event &eventAt(int row) const { return m_rows.at(row).event; }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    std::optional<Event> event(const QString &id) const;
    // Events the partner organised or took part in.
    int countForPartner(const QString &partnerId) const;
    // The subjects typed as free text in the cluster's events, in text order (the known subjects
    // are EventVocabulary::subjectKeys()).
    QStringList freeTextSubjects() const;
    // The partner's name, or an empty string when the partner is not in the cluster.
    QString partnerName(const QString &partnerId) const;

    // Applies the changes in one transaction. On failure nothing changes and errorMessage() says
    // why (also emitted as errorOccurred).
    bool apply(const QList<EventChange> &changes) override;
    QString errorMessage() const override { return m_errorMessage; }
    void reportRefusedStep(const QString &commandText, bool undoing) override
    {
        Q_EMIT stepRefused(commandText, undoing, m_errorMessage);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
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
    void errorOccurred(const QString &message);
    // An undo (or redo) of commandText was refused for reason and has left the history.
    void stepRefused(const QString &commandText, bool undoing, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        Event event;
        QString ownText;    // folded text of the event's own fields
        QString searchText; // ownText with partner names and subject labels
    };

    Row makeRow(const Event &event) const;
    QString composeSearchText(const Row &row) const;
    QString partnerNames(const QStringList &ids) const;
    QVariant displayValue(const Event &event, int column) const;
    QVariant sortValue(const Event &event, int column) const;
    void indexRows();
    void refreshPartnerNames();
    void refreshSubjectLabels();
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn);

    EventRepository m_repository;
    PartnerTableModel *m_partners;
    QString m_clusterId;
    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_partnerNames;        // id → name
    QHash<QString, QString> m_foldedPartnerNames;  // id → folded name, for search
    QHash<QString, QString> m_foldedSubjectLabels; // known key → folded label, current language
    QString m_errorMessage;
};
