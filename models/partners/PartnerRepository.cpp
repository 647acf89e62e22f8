#include "models/partners/PartnerRepository.h"

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

const QString partnerColumns =
    QStringLiteral("SELECT id, cluster_id, name, type, school_level, city, address, website, "
                   "email, phone, joined_on, left_on, notes FROM partners");

Partner partnerFromQuery(const QSqlQuery &query)
{
    Partner partner;
    partner.id = query.value(0).toString();
    partner.clusterId = query.value(1).toString();
    partner.name = query.value(2).toString();
    partner.type =
        PartnerVocabulary::typeFromKey(query.value(3).toString()).value_or(PartnerType::Other);
    partner.schoolLevel = PartnerVocabulary::schoolLevelFromKey(query.value(4).toString())
                              .value_or(SchoolLevel::None);
    partner.city = query.value(5).toString();
    partner.address = query.value(6).toString();
    partner.website = query.value(7).toString();
    partner.email = query.value(8).toString();
    partner.phone = query.value(9).toString();
    partner.joinedOn = SqlSupport::dateFrom(query.value(10));
    partner.leftOn = SqlSupport::dateFrom(query.value(11));
    partner.notes = query.value(12).toString();
    return partner;
}

ContactPerson contactFromQuery(const QSqlQuery &query)
{
    // Columns: partner_id, id, name, role, email, phone
    return ContactPerson{query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(),
                         query.value(5).toString()};
}

} // namespace

PartnerRepository::PartnerRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool PartnerRepository::fail(const QString &reason)
{
    m_errorMessage = tr("Cannot save the partner: %1").arg(reason);
    return false;
}

Result<QList<Partner>> PartnerRepository::select(const QString &where, const QVariantList &values,
                                                 bool withContacts, const QString &orderBy) const
{
    QList<Partner> partners;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(partnerColumns + QStringLiteral(" WHERE deleted = 0 AND (") + where +
                       QLatin1Char(')') + orderBy))
        return ReadError{query.lastError().text()};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return ReadError{query.lastError().text()};
    QHash<QString, qsizetype> indexById;
    while (query.next()) {
        partners.append(partnerFromQuery(query));
        indexById.insert(partners.constLast().id, partners.size() - 1);
    }
    if (!withContacts || partners.isEmpty())
        return partners;

    // The contacts of the partners just read, in one query on the same condition: a cluster's in
    // one JOIN (no list of its ids), byIds's one slice at a time.
    QSqlQuery contacts(m_db);
    contacts.setForwardOnly(true);
    if (!contacts.prepare(
            QStringLiteral("SELECT c.partner_id, c.id, c.name, c.role, c.email, c.phone"
                           " FROM contacts c JOIN partners ON partners.id = c.partner_id"
                           " WHERE c.deleted = 0 AND partners.deleted = 0 AND (") +
            where + QStringLiteral(") ORDER BY c.partner_id, c.position")))
        return ReadError{contacts.lastError().text()};
    for (const QVariant &value : values)
        contacts.addBindValue(value);
    if (!contacts.exec())
        return ReadError{contacts.lastError().text()};
    while (contacts.next()) {
        const auto it = indexById.constFind(contacts.value(0).toString());
        if (it != indexById.cend())
            partners[*it].contacts.append(contactFromQuery(contacts));
    }
    return partners;
}

Result<QList<Partner>> PartnerRepository::forCluster(const QString &clusterId) const
{
    return select(QStringLiteral("partners.cluster_id = ?"), {clusterId}, true);
}

Result<QList<Partner>> PartnerRepository::byIds(const QStringList &ids) const
{
    QList<Partner> partners;
    QString error;
    const bool read = SqlSupport::forEachSlice(ids, [&](const QStringList &slice) {
        QVariantList values;
        for (const QString &id : slice)
            values.append(id);
        const Result<QList<Partner>> found =
            select(QStringLiteral("partners.id IN (") + SqlSupport::placeholders(slice.size()) +
                       QLatin1Char(')'),
                   values, true);
        if (!found) {
            error = found.error();
            return false;
        }
        partners += *found;
        return true;
    });
    if (!read)
        return ReadError{error};
    return partners;
}

Result<QList<Partner>> PartnerRepository::matching(const QString &where,
                                                   const QVariantList &values) const
{
    return select(where, values, false, QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
}

Result<QHash<QString, QString>> PartnerRepository::namesById(const QString &clusterId) const
{
    QHash<QString, QString> names;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT id, name FROM partners WHERE cluster_id = ? AND deleted = 0")))
        return ReadError{query.lastError().text()};
    query.addBindValue(clusterId);
    if (!query.exec())
        return ReadError{query.lastError().text()};
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

Result<std::optional<Partner>> PartnerRepository::find(const QString &id) const
{
    return select(QStringLiteral("partners.id = ?"), {id}, true)
        .map([](const QList<Partner> &found) {
            return found.isEmpty() ? std::optional<Partner>() : std::optional(found.constFirst());
        });
}

bool PartnerRepository::write(Partner &partner)
{
    partner.assignMissingIds();
    // The row in memory must equal the row on disk, so trim the struct itself.
    for (QString *text : {&partner.name, &partner.city, &partner.address, &partner.website,
                          &partner.email, &partner.phone})
        *text = text->trimmed();
    for (ContactPerson &contact : partner.contacts) {
        for (QString *text : {&contact.name, &contact.role, &contact.email, &contact.phone})
            *text = text->trimmed();
    }
    const QString now = SqlSupport::nowText();

    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO partners (id, cluster_id, name, type, school_level, city, address, "
            "website,"
            " email, phone, joined_on, left_on, notes, created_at, updated_at, sync_state, deleted)"
            " VALUES (:id, :cluster, :name, :type, :level, :city, :address, :website, :email, "
            ":phone,"
            " :joined, :left, :notes, :now, :now, :state, 0)"
            " ON CONFLICT (id) DO UPDATE SET cluster_id = excluded.cluster_id, name = "
            "excluded.name,"
            " type = excluded.type, school_level = excluded.school_level, city = excluded.city,"
            " address = excluded.address, website = excluded.website, email = excluded.email,"
            " phone = excluded.phone, joined_on = excluded.joined_on, left_on = excluded.left_on,"
            " notes = excluded.notes, updated_at = excluded.updated_at,"
            " sync_state = excluded.sync_state, deleted = 0")))
        return fail(query.lastError().text());
    query.bindValue(QStringLiteral(":id"), partner.id);
    query.bindValue(QStringLiteral(":cluster"), partner.clusterId);
    query.bindValue(QStringLiteral(":name"), partner.name);
    query.bindValue(QStringLiteral(":type"), PartnerVocabulary::key(partner.type));
    query.bindValue(QStringLiteral(":level"),
                    SqlSupport::text(PartnerVocabulary::key(partner.schoolLevel)));
    query.bindValue(QStringLiteral(":city"), SqlSupport::text(partner.city));
    query.bindValue(QStringLiteral(":address"), SqlSupport::text(partner.address));
    query.bindValue(QStringLiteral(":website"), SqlSupport::text(partner.website));
    query.bindValue(QStringLiteral(":email"), SqlSupport::text(partner.email));
    query.bindValue(QStringLiteral(":phone"), SqlSupport::text(partner.phone));
    query.bindValue(QStringLiteral(":joined"), SqlSupport::dateValue(partner.joinedOn));
    query.bindValue(QStringLiteral(":left"), SqlSupport::dateValue(partner.leftOn));
    query.bindValue(QStringLiteral(":notes"), SqlSupport::text(partner.notes));
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":state"), SyncState::dirty());
    if (!query.exec())
        return fail(query.lastError().text());

    // Contacts no longer listed become tombstones; the listed ones are written in order.
    QStringList keptIds;
    for (const ContactPerson &contact : std::as_const(partner.contacts))
        keptIds.append(contact.id);
    QString error;
    if (!SqlSupport::tombstoneUnlisted(m_db, QStringLiteral("contacts"),
                                       QStringLiteral("partner_id"), partner.id,
                                       QStringLiteral("id"), keptIds, now, &error))
        return fail(error);

    QSqlQuery upsert(m_db);
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO contacts (id, partner_id, position, name, role, email, phone, created_at,"
            " updated_at, sync_state, deleted)"
            " VALUES (:id, :partner, :position, :name, :role, :email, :phone, :now, :now, :state, "
            "0)"
            " ON CONFLICT (id) DO UPDATE SET partner_id = excluded.partner_id,"
            " position = excluded.position, name = excluded.name, role = excluded.role,"
            " email = excluded.email, phone = excluded.phone, updated_at = excluded.updated_at,"
            " sync_state = excluded.sync_state, deleted = 0")))
        return fail(upsert.lastError().text());
    for (qsizetype position = 0; position < partner.contacts.size(); ++position) {
        const ContactPerson &contact = partner.contacts.at(position);
        upsert.bindValue(QStringLiteral(":id"), contact.id);
        upsert.bindValue(QStringLiteral(":partner"), partner.id);
        upsert.bindValue(QStringLiteral(":position"), position);
        upsert.bindValue(QStringLiteral(":name"), SqlSupport::text(contact.name));
        upsert.bindValue(QStringLiteral(":role"), SqlSupport::text(contact.role));
        upsert.bindValue(QStringLiteral(":email"), SqlSupport::text(contact.email));
        upsert.bindValue(QStringLiteral(":phone"), SqlSupport::text(contact.phone));
        upsert.bindValue(QStringLiteral(":now"), now);
        upsert.bindValue(QStringLiteral(":state"), SyncState::dirty());
        if (!upsert.exec())
            return fail(upsert.lastError().text());
    }
    return true;
}

bool PartnerRepository::save(Partner &partner)
{
    QList<Partner> one{partner};
    if (!saveAll(one))
        return false;
    partner = one.constFirst();
    return true;
}

bool PartnerRepository::saveAll(QList<Partner> &partners)
{
    return apply(partners, {});
}

bool PartnerRepository::remove(const QStringList &ids)
{
    QList<Partner> none;
    return apply(none, ids);
}

bool PartnerRepository::tombstone(const QString &id)
{
    const QString now = SqlSupport::nowText();
    QSqlQuery partnerQuery(m_db);
    if (!partnerQuery.prepare(QStringLiteral(
            "UPDATE partners SET deleted = 1, updated_at = ?, sync_state = ? WHERE id = ?"))) {
        m_errorMessage = tr("Cannot delete the partner: %1").arg(partnerQuery.lastError().text());
        return false;
    }
    QSqlQuery contactQuery(m_db);
    if (!contactQuery.prepare(
            QStringLiteral("UPDATE contacts SET deleted = 1, updated_at = ?,"
                           " sync_state = ? WHERE partner_id = ? AND deleted = 0"))) {
        m_errorMessage = tr("Cannot delete the partner: %1").arg(contactQuery.lastError().text());
        return false;
    }
    for (QSqlQuery *query : {&partnerQuery, &contactQuery}) {
        query->addBindValue(now);
        query->addBindValue(SyncState::dirty());
        query->addBindValue(id);
        if (!query->exec()) {
            m_errorMessage = tr("Cannot delete the partner: %1").arg(query->lastError().text());
            return false;
        }
    }
    return true;
}

bool PartnerRepository::apply(QList<Partner> &toSave, const QStringList &toRemove)
{
    return AnnouncedWrite::apply(
        m_db, RecordKind::Partner, QStringLiteral("partners"), toSave, toRemove,
        [this](const QList<Partner> &save, const QStringList &remove) {
            return checkPeriodLocks(save, remove);
        },
        [this](Partner &partner) { return write(partner); },
        [this](const QString &id) { return tombstone(id); },
        [this](const QString &reason) { return fail(reason); });
}

bool PartnerRepository::apply(const QList<PartnerChange> &changes)
{
    auto [toSave, toRemove] = RecordRows::split(changes);
    return apply(toSave, toRemove);
}

Result<PeriodLock> PartnerRepository::periodLock() const
{
    return PeriodLock::load(m_db);
}

bool PartnerRepository::checkPeriodLocks(const QList<Partner> &toSave, const QStringList &toRemove)
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
