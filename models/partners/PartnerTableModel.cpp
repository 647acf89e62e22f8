#include "models/partners/PartnerTableModel.h"

#include "models/common/LocaleFormat.h"
#include "models/common/TextFolding.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QLocale>

PartnerTableModel::PartnerTableModel(QSqlDatabase db, QObject *parent)
    : RecordTableModel(RecordKind::Partner, db, parent)
    , m_repository(std::move(db))
{
    // Only widgets receive LanguageChange; the model learns of it from the application object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

Result<QList<Partner>> PartnerTableModel::readCluster(const QString &clusterId) const
{
    return m_repository.forCluster(clusterId);
}

Result<QList<Partner>> PartnerTableModel::readRecords(const QStringList &ids) const
{
    return m_repository.byIds(ids);
}

PartnerRow PartnerTableModel::makeRow(Partner partner) const
{
    QStringList parts = {partner.name,  partner.city,  partner.address, partner.website,
                         partner.email, partner.phone, partner.notes};
    for (const ContactPerson &contact : partner.contacts)
        parts << contact.name << contact.role << contact.email << contact.phone;
    QString searchText = TextFolding::fold(parts.join(QLatin1Char('\n')));
    return {std::move(partner), std::move(searchText)};
}

QHash<QString, QString> PartnerTableModel::namesById() const
{
    QHash<QString, QString> names;
    names.reserve(m_rows.size());
    for (const PartnerRow &row : m_rows)
        names.insert(row.record.id, row.record.name);
    return names;
}

QStringList PartnerTableModel::otherNames(const QString &exceptId) const
{
    QStringList names;
    names.reserve(m_rows.size());
    for (const PartnerRow &row : m_rows) {
        if (row.record.id != exceptId)
            names.append(row.record.name);
    }
    return names;
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
    const Partner &partner = m_rows.at(index.row()).record;
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
        return m_rows.at(index.row()).searchText;
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
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
    return QAbstractTableModel::eventFilter(watched, event);
}
