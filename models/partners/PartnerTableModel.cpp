#include "models/partners/PartnerTableModel.h"

#include "models/common/LocaleFormat.h"
#include "models/common/TextFolding.h"
#include "models/storage/RecordRows.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QSet>

PartnerTableModel::PartnerTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(db))
{
    // Only widgets receive LanguageChange; the model learns of it from the application object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

void PartnerTableModel::setClusterId(const QString &clusterId)
{
    m_clusterId = clusterId;
    reload();
}

void PartnerTableModel::reload()
{
    beginResetModel();
    m_partners = m_clusterId.isEmpty() ? QList<Partner>() : m_repository.forCluster(m_clusterId);
    m_searchTexts.clear();
    m_searchTexts.reserve(m_partners.size());
    for (const Partner &partner : std::as_const(m_partners))
        m_searchTexts.append(searchText(partner));
    endResetModel();
}

int PartnerTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_partners.size(); ++row) {
        if (m_partners.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<Partner> PartnerTableModel::partner(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_partners.at(row);
}

QHash<QString, QString> PartnerTableModel::namesById() const
{
    QHash<QString, QString> names;
    names.reserve(m_partners.size());
    for (const Partner &partner : m_partners)
        names.insert(partner.id, partner.name);
    return names;
}

QStringList PartnerTableModel::otherNames(const QString &exceptId) const
{
    QStringList names;
    names.reserve(m_partners.size());
    for (const Partner &partner : m_partners) {
        if (partner.id != exceptId)
            names.append(partner.name);
    }
    return names;
}

bool PartnerTableModel::apply(const QList<PartnerChange> &changes)
{
    auto [toSave, toRemove] = RecordRows::split(changes);
    if (!m_repository.apply(toSave, toRemove)) {
        m_errorMessage = m_repository.errorMessage();
        Q_EMIT errorOccurred(m_errorMessage);
        return false;
    }

    // The database now holds the changes; mirror them row by row.
    QHash<QString, int> rowById;
    for (int row = 0; row < m_partners.size(); ++row)
        rowById.insert(m_partners.at(row).id, row);

    QList<Partner> appended;
    for (const Partner &saved : std::as_const(toSave)) {
        if (saved.clusterId != m_clusterId)
            continue;
        const auto it = rowById.constFind(saved.id);
        if (it == rowById.cend()) {
            appended.append(saved);
            continue;
        }
        m_partners[*it] = saved;
        m_searchTexts[*it] = searchText(saved);
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
    }
    if (!appended.isEmpty()) {
        const int first = int(m_partners.size());
        beginInsertRows({}, first, first + int(appended.size()) - 1);
        for (const Partner &partner : std::as_const(appended)) {
            m_partners.append(partner);
            m_searchTexts.append(searchText(partner));
        }
        endInsertRows();
    }

    // Appended rows come after every indexed one, so the index still holds for removals.
    QList<int> rows;
    for (const QString &id : std::as_const(toRemove)) {
        const auto it = rowById.constFind(id);
        if (it != rowById.cend())
            rows.append(*it);
    }
    for (const auto &[first, last] : RecordRows::runsFromBottom(rows)) {
        beginRemoveRows({}, first, last);
        m_partners.remove(first, last - first + 1);
        m_searchTexts.remove(first, last - first + 1);
        endRemoveRows();
    }
    return true;
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerTableModel::displayValue(const Partner &partner, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return partner.name;
    case Type:
        return PartnerVocabulary::label(partner.type);
    case SchoolLevel:
        return PartnerVocabulary::label(partner.schoolLevel);
    case City:
        return partner.city;
    case Address:
        return partner.address;
    case Website:
        return partner.website;
    case Email:
        return partner.email;
    case Phone:
        return partner.phone;
    case JoinedOn:
        return LocaleFormat::shortDate(partner.joinedOn);
    case LeftOn:
        return LocaleFormat::shortDate(partner.leftOn);
    case Contacts:
        return partner.contacts.isEmpty() ? QString() : locale.toString(partner.contacts.size());
    case Notes:
        return partner.notes.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant PartnerTableModel::sortValue(const Partner &partner, int column) const
{
    switch (column) {
    case JoinedOn:
        return partner.joinedOn;
    case LeftOn:
        return partner.leftOn;
    case Contacts:
        return int(partner.contacts.size());
    default:
        // Text sorts by what the user reads; the proxy compares it locale-aware.
        return displayValue(partner, column);
    }
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Partner &partner = m_partners.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(partner, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Notes && !partner.notes.isEmpty())
            return partner.notes;
        if (index.column() == Contacts && !partner.contacts.isEmpty()) {
            QStringList lines;
            for (const ContactPerson &contact : partner.contacts)
                lines.append(contact.role.isEmpty()
                                 ? contact.name
                                 : contact.name + QStringLiteral(" — ") + contact.role);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Contacts)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(partner, index.column());
    case IdRole:
        return partner.id;
    case TypeRole:
        return int(partner.type);
    case LeftOnRole:
        return partner.leftOn;
    case SearchTextRole:
        return m_searchTexts.at(index.row());
    }
    return {};
}

QString PartnerTableModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case SchoolLevel:
        return tr("School level");
    case City:
        return tr("City");
    case Address:
        return tr("Address");
    case Website:
        return tr("Website");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case JoinedOn:
        return tr("Joined on");
    case LeftOn:
        return tr("Left on");
    case Contacts:
        return tr("Contacts");
    case Notes:
        return tr("Notes");
    }
    return {};
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

bool PartnerTableModel::eventFilter(QObject *watched, QEvent *event)
{
    // Labels and dates are translated when read, so a language switch only needs a repaint.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        if (!m_partners.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

QString PartnerTableModel::searchText(const Partner &partner)
{
    QStringList parts = {partner.name,  partner.city,  partner.address, partner.website,
                         partner.email, partner.phone, partner.notes};
    for (const ContactPerson &contact : partner.contacts)
        parts << contact.name << contact.role << contact.email << contact.phone;
    return TextFolding::fold(parts.join(QLatin1Char('\n')));
}
