#include "models/events/EventRepository.h"

#include "models/common/Ids.h"
#include "models/periods/PeriodLock.h"
#include "models/storage/AnnouncedWrite.h"
#include "models/storage/RecordRows.h"
#include "models/storage/SqlSupport.h"
#include "models/storage/SyncState.h"
#include "models/storage/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The figure columns in the order of the Figure enumeration.
const char *const figureColumns[figureCount] = {"pupils",      "teachers",         "parents",
                                                "researchers", "teacher_trainees", "others"};

// The columns eventFromQuery reads, in its order; the figures last, in the order of Figure. The
// statements are built from this one list so that reading and writing cannot drift apart.
const QStringList &dataColumns()
{
    static const QStringList columns = [] {
        QStringList list = {
            QStringLiteral("id"),
            QStringLiteral("cluster_id"),
            QStringLiteral("kind"),
            QStringLiteral("status"),
            QStringLiteral("title_it"),
            QStringLiteral("title_en"),
            QStringLiteral("description_it"),
            QStringLiteral("description_en"),
            QStringLiteral("start_date"),
            QStringLiteral("start_time"),
            QStringLiteral("end_date"),
            QStringLiteral("end_time"),
            QStringLiteral("location"),
            QStringLiteral("online_link"),
            QStringLiteral("audience"),
            QStringLiteral("subjects"),
            QStringLiteral("activity_id"),
        };
        for (const char *column : figureColumns)
            list.append(QLatin1String(column));
        return list;
    }();
    return columns;
}

QString selectColumns()
{
    static const QString sql = QStringLiteral("SELECT ") +
                               dataColumns().join(QStringLiteral(", ")) +
                               QStringLiteral(" FROM events");
    return sql;
}

// Inserts an event or updates it in place (reviving a tombstone); values are bound by column name.
QString upsertStatement()
{
    static const QString sql = []() -> QString {
        QStringList placeholders;
        QStringList updates;
        for (const QString &column : dataColumns()) {
            placeholders.append(QLatin1Char(':') + column);
            if (column != QLatin1String("id"))
                updates.append(column + QStringLiteral(" = excluded.") + column);
        }
        return QStringLiteral("INSERT INTO events (") + dataColumns().join(QStringLiteral(", ")) +
               QStringLiteral(", created_at, updated_at, sync_state, deleted) VALUES (") +
               placeholders.join(QStringLiteral(", ")) +
               QStringLiteral(", :now, :now, :state, 0) ON CONFLICT (id) DO UPDATE SET ") +
               updates.join(QStringLiteral(", ")) +
               QStringLiteral(", updated_at = excluded.updated_at,"
                              " sync_state = excluded.sync_state, deleted = 0");
    }();
    return sql;
}

QTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QVariant timeValue(QTime time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm")))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Event eventFromQuery(const QSqlQuery &query)
{
    Event event;
    event.id = query.value(0).toString();
    event.clusterId = query.value(1).toString();
    event.kind = EventVocabulary::kindFromKey(query.value(2).toString()).value_or(EventKind::Event);
    event.status =
        EventVocabulary::statusFromKey(query.value(3).toString()).value_or(EventStatus::Planned);
    event.titleIt = query.value(4).toString();
    event.titleEn = query.value(5).toString();
    event.descriptionIt = query.value(6).toString();
    event.descriptionEn = query.value(7).toString();
    event.startDate = SqlSupport::dateFrom(query.value(8));
    event.startTime = timeFrom(query.value(9));
    event.endDate = SqlSupport::dateFrom(query.value(10));
    event.endTime = timeFrom(query.value(11));
    event.location = query.value(12).toString();
    event.onlineLink = query.value(13).toString();
    for (const QString &key : EventRepository::splitList(query.value(14).toString())) {
        if (const auto level = PartnerVocabulary::schoolLevelFromKey(key))
            event.audience.append(*level);
    }
    event.subjects = EventRepository::splitList(query.value(15).toString());
    event.activityId = query.value(16).toString();
    for (int i = 0; i < figureCount; ++i) {
        const QVariant value = query.value(17 + i);
        if (!value.isNull())
            event.figures[std::size_t(i)] = value.toInt();
    }
    return event;
}

void trim(Event &event)
{
    // Descriptions keep their inner line breaks; only surrounding blank space goes.
    for (QString *text : {&event.titleIt, &event.titleEn, &event.descriptionIt,
                          &event.descriptionEn, &event.location, &event.onlineLink})
        *text = text->trimmed();
    QStringList subjects;
    for (const QString &subject : std::as_const(event.subjects)) {
        const QString clean = subject.trimmed();
        if (!clean.isEmpty() && !subjects.contains(clean))
            subjects.append(clean);
    }
    event.subjects = subjects;
    event.organiserIds.removeDuplicates();
    event.participantIds.removeDuplicates();
    QList<SchoolLevel> audience;
    for (SchoolLevel level : std::as_const(event.audience)) {
        if (level != SchoolLevel::None && !audience.contains(level))
            audience.append(level);
    }
    event.audience = audience;
}

} // namespace

EventRepository::EventRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString EventRepository::joinList(const QStringList &items)
{
    QStringList clean;
    for (QString item : items) {
        item.replace(QLatin1Char('|'), QLatin1Char('/'));
        clean.append(item);
    }
    return clean.join(QLatin1Char('|'));
}

QStringList EventRepository::splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('|'));
}

bool EventRepository::fail(const QString &reason)
{
    m_errorMessage = tr("Cannot save the event: %1").arg(reason);
    return false;
}

Result<QList<Event>> EventRepository::forCluster(const QString &clusterId) const
{
    return matching(QStringLiteral("cluster_id = ?"), {clusterId});
}

Result<QList<Event>> EventRepository::matching(const QString &where,
                                               const QVariantList &values) const
{
    QList<Event> events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(selectColumns() + QStringLiteral(" WHERE deleted = 0 AND (") + where +
                       QStringLiteral(") ORDER BY start_date, start_time, id")))
        return ReadError{query.lastError().text()};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return ReadError{query.lastError().text()};
    while (query.next())
        events.append(eventFromQuery(query));
    if (QString error = loadLinks(events, where, values); !error.isEmpty())
        return ReadError{error};
    return events;
}

Result<std::optional<Event>> EventRepository::find(const QString &id) const
{
    return matching(QStringLiteral("id = ?"), {id}).map([](const QList<Event> &found) {
        return found.isEmpty() ? std::optional<Event>() : std::optional(found.constFirst());
    });
}

Result<QList<Event>> EventRepository::byIds(const QStringList &ids) const
{
    QList<Event> events;
    QString error;
    const bool read = SqlSupport::forEachSlice(ids, [&](const QStringList &slice) {
        QVariantList values;
        for (const QString &id : slice)
            values.append(id);
        const Result<QList<Event>> found = matching(
            QStringLiteral("id IN (") + SqlSupport::placeholders(slice.size()) + QLatin1Char(')'),
            values);
        if (!found) {
            error = found.error();
            return false;
        }
        events += *found;
        return true;
    });
    if (!read)
        return ReadError{error};
    return events;
}

QString EventRepository::loadLinks(QList<Event> &events, const QString &where,
                                   const QVariantList &values) const
{
    if (events.isEmpty())
        return {};
    QHash<QString, qsizetype> indexById;
    indexById.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        indexById.insert(events.at(i).id, i);

    QSqlQuery links(m_db);
    links.setForwardOnly(true);
    if (!links.prepare(
            QStringLiteral("SELECT l.event_id, l.partner_id, l.role FROM event_partners l"
                           " WHERE l.deleted = 0 AND l.event_id IN (SELECT id FROM events"
                           " WHERE deleted = 0 AND (") +
            where + QStringLiteral(")) ORDER BY l.event_id, l.position")))
        return links.lastError().text();
    for (const QVariant &value : values)
        links.addBindValue(value);
    if (!links.exec())
        return links.lastError().text();
    const QString organiser = QStringLiteral("organiser");
    while (links.next()) {
        const auto it = indexById.constFind(links.value(0).toString());
        if (it == indexById.cend())
            continue;
        Event &event = events[*it];
        (links.value(2).toString() == organiser ? event.organiserIds : event.participantIds)
            .append(links.value(1).toString());
    }
    return {};
}

bool EventRepository::write(Event &event, const QString &now)
{
    event.assignMissingIds();
    trim(event);

    QStringList audienceKeys;
    for (SchoolLevel level : std::as_const(event.audience))
        audienceKeys.append(PartnerVocabulary::key(level));

    QSqlQuery query(m_db);
    if (!query.prepare(upsertStatement()))
        return fail(query.lastError().text());
    query.bindValue(QStringLiteral(":id"), event.id);
    query.bindValue(QStringLiteral(":cluster_id"), event.clusterId);
    query.bindValue(QStringLiteral(":kind"), EventVocabulary::key(event.kind));
    query.bindValue(QStringLiteral(":status"), EventVocabulary::key(event.status));
    query.bindValue(QStringLiteral(":title_it"), SqlSupport::text(event.titleIt));
    query.bindValue(QStringLiteral(":title_en"), SqlSupport::text(event.titleEn));
    query.bindValue(QStringLiteral(":description_it"), SqlSupport::text(event.descriptionIt));
    query.bindValue(QStringLiteral(":description_en"), SqlSupport::text(event.descriptionEn));
    query.bindValue(QStringLiteral(":start_date"), SqlSupport::dateValue(event.startDate));
    query.bindValue(QStringLiteral(":start_time"), timeValue(event.startTime));
    query.bindValue(QStringLiteral(":end_date"), SqlSupport::dateValue(event.endDate));
    query.bindValue(QStringLiteral(":end_time"), timeValue(event.endTime));
    query.bindValue(QStringLiteral(":location"), SqlSupport::text(event.location));
    query.bindValue(QStringLiteral(":online_link"), SqlSupport::text(event.onlineLink));
    query.bindValue(QStringLiteral(":audience"), SqlSupport::text(joinList(audienceKeys)));
    query.bindValue(QStringLiteral(":subjects"), SqlSupport::text(joinList(event.subjects)));
    query.bindValue(QStringLiteral(":activity_id"), optionalText(event.activityId));
    for (int i = 0; i < figureCount; ++i) {
        const std::optional<int> &value = event.figures[std::size_t(i)];
        query.bindValue(QLatin1Char(':') + QLatin1String(figureColumns[i]),
                        value ? QVariant(*value) : QVariant(QMetaType::fromType<int>()));
    }
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":state"), SyncState::dirty());
    if (!query.exec())
        return fail(query.lastError().text());
    return writeLinks(event, now);
}

bool EventRepository::writeLinks(const Event &event, const QString &now)
{
    // Links no longer listed become tombstones; listed ones are inserted or revived in order.
    const QStringList listed = event.organiserIds + event.participantIds;
    QString error;
    if (!SqlSupport::tombstoneUnlisted(m_db, QStringLiteral("event_partners"),
                                       QStringLiteral("event_id"), event.id,
                                       QStringLiteral("partner_id"), listed, now, &error))
        return fail(error);

    QSqlQuery upsert(m_db);
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO event_partners (id, event_id, partner_id, role, position, created_at,"
            " updated_at, sync_state, deleted)"
            " VALUES (:id, :event, :partner, :role, :position, :now, :now, :state, 0)"
            " ON CONFLICT (event_id, partner_id) DO UPDATE SET role = excluded.role,"
            " position = excluded.position, updated_at = excluded.updated_at,"
            " sync_state = excluded.sync_state, deleted = 0"
            " WHERE role <> excluded.role OR position <> excluded.position OR deleted <> 0")))
        return fail(upsert.lastError().text());
    int position = 0;
    for (const auto &[ids, role] : {std::pair{&event.organiserIds, "organiser"},
                                    std::pair{&event.participantIds, "participant"}}) {
        for (const QString &partnerId : *ids) {
            upsert.bindValue(QStringLiteral(":id"), Ids::newId());
            upsert.bindValue(QStringLiteral(":event"), event.id);
            upsert.bindValue(QStringLiteral(":partner"), partnerId);
            upsert.bindValue(QStringLiteral(":role"), QLatin1String(role));
            upsert.bindValue(QStringLiteral(":position"), position++);
            upsert.bindValue(QStringLiteral(":now"), now);
            upsert.bindValue(QStringLiteral(":state"), SyncState::dirty());
            if (!upsert.exec())
                return fail(upsert.lastError().text());
        }
    }
    return true;
}

bool EventRepository::save(Event &event)
{
    QList<Event> one{event};
    if (!saveAll(one))
        return false;
    event = one.constFirst();
    return true;
}

bool EventRepository::saveAll(QList<Event> &events)
{
    return apply(events, {});
}

bool EventRepository::remove(const QStringList &ids)
{
    QList<Event> none;
    return apply(none, ids);
}

bool EventRepository::tombstone(const QString &id, const QString &now)
{
    QSqlQuery eventQuery(m_db);
    if (!eventQuery.prepare(QStringLiteral(
            "UPDATE events SET deleted = 1, updated_at = ?, sync_state = ? WHERE id = ?"))) {
        m_errorMessage = tr("Cannot delete the event: %1").arg(eventQuery.lastError().text());
        return false;
    }
    QSqlQuery linkQuery(m_db);
    if (!linkQuery.prepare(QStringLiteral("UPDATE event_partners SET deleted = 1, updated_at = ?,"
                                          " sync_state = ? WHERE event_id = ? AND deleted = 0"))) {
        m_errorMessage = tr("Cannot delete the event: %1").arg(linkQuery.lastError().text());
        return false;
    }
    for (QSqlQuery *query : {&eventQuery, &linkQuery}) {
        query->addBindValue(now);
        query->addBindValue(SyncState::dirty());
        query->addBindValue(id);
        if (!query->exec()) {
            m_errorMessage = tr("Cannot delete the event: %1").arg(query->lastError().text());
            return false;
        }
    }
    return true;
}

bool EventRepository::apply(QList<Event> &toSave, const QStringList &toRemove)
{
    const QString now = SqlSupport::nowText();
    return AnnouncedWrite::apply(
        m_db, RecordKind::Event, QStringLiteral("events"), toSave, toRemove,
        [this](const QList<Event> &save, const QStringList &remove) {
            return checkPeriodLocks(save, remove);
        },
        [this, &now](Event &event) { return write(event, now); },
        [this, &now](const QString &id) { return tombstone(id, now); },
        [this](const QString &reason) { return fail(reason); });
}

bool EventRepository::apply(const QList<EventChange> &changes)
{
    auto [toSave, toRemove] = RecordRows::split(changes);
    return apply(toSave, toRemove);
}

Result<PeriodLock> EventRepository::periodLock() const
{
    return PeriodLock::load(m_db);
}

bool EventRepository::checkPeriodLocks(const QList<Event> &toSave, const QStringList &toRemove)
{
    const Result<PeriodLock> lock = periodLock();
    if (!lock) {
        m_errorMessage = PeriodLock::cannotCheckMessage(lock.error());
        return false;
    }
    m_errorMessage =
        lock->refusal(toSave, toRemove, [this](const QStringList &ids) { return byIds(ids); });
    return m_errorMessage.isEmpty();
}
