#include "models/partners/PartnerFilterProxyModel.h"

#include "models/common/Clock.h"
#include "models/common/TextFolding.h"
#include "models/partners/PartnerTableModel.h"

PartnerFilterProxyModel::PartnerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_referenceDate(Clock::today())
{
    setSortRole(PartnerTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void PartnerFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void PartnerFilterProxyModel::setTypeFilter(std::optional<PartnerType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void PartnerFilterProxyModel::setMembership(Membership membership)
{
    if (membership == m_membership)
        return;
    m_membership = membership;
    invalidateRowsFilter();
}

void PartnerFilterProxyModel::setReferenceDate(QDate date)
{
    m_referenceDate = date;
    invalidateRowsFilter();
}

bool PartnerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type && index.data(PartnerTableModel::TypeRole).toInt() != int(*m_type))
        return false;
    if (m_membership != Membership::All) {
        const QDate leftOn = index.data(PartnerTableModel::LeftOnRole).toDate();
        const bool former = leftOn.isValid() && leftOn < m_referenceDate;
        if (former != (m_membership == Membership::Former))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = index.data(PartnerTableModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}
