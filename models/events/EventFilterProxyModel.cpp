#include "models/events/EventFilterProxyModel.h"

#include "models/common/TextFolding.h"
#include "models/events/EventTableModel.h"

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void EventFilterProxyModel::filtersEdited()
{
    invalidateRowsFilter();
    Q_EMIT filtersChanged();
}

void EventFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    filtersEdited();
}

void EventFilterProxyModel::setPeriod(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    filtersEdited();
}

std::pair<QDate, QDate> EventFilterProxyModel::quickPeriod(QuickPeriod choice, QDate today)
{
    switch (choice) {
    case QuickPeriod::All:
        return {};
    case QuickPeriod::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case QuickPeriod::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case QuickPeriod::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    }
    return {};
}

void EventFilterProxyModel::setKindFilter(std::optional<EventKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    filtersEdited();
}

void EventFilterProxyModel::setStatusFilter(std::optional<EventStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    filtersEdited();
}

void EventFilterProxyModel::setPartnerFilter(const QString &partnerId)
{
    if (partnerId == m_partnerId)
        return;
    m_partnerId = partnerId;
    filtersEdited();
}

void EventFilterProxyModel::setSubjectFilter(const QString &subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    filtersEdited();
}

bool EventFilterProxyModel::isFiltering() const
{
    return !m_words.isEmpty() || m_from.isValid() || m_to.isValid() || m_kind || m_status ||
           !m_partnerId.isEmpty() || !m_subject.isEmpty();
}

void EventFilterProxyModel::clearFilters()
{
    m_searchText.clear();
    m_words.clear();
    m_from = m_to = QDate();
    m_kind.reset();
    m_status.reset();
    m_partnerId.clear();
    m_subject.clear();
    filtersEdited();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_from.isValid() || m_to.isValid()) {
        // The period rule is Event::overlaps; only the dates take part in it.
        Event span;
        span.startDate = index.data(EventTableModel::StartDateRole).toDate();
        span.endDate = index.data(EventTableModel::LastDateRole).toDate();
        if (!span.overlaps(m_from, m_to))
            return false;
    }
    if (m_kind && index.data(EventTableModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_status && index.data(EventTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (!m_partnerId.isEmpty() &&
        !index.data(EventTableModel::PartnerIdsRole).toStringList().contains(m_partnerId))
        return false;
    if (!m_subject.isEmpty() &&
        !index.data(EventTableModel::SubjectsRole).toStringList().contains(m_subject))
        return false;
    if (!m_words.isEmpty()) {
        const QString text = index.data(EventTableModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}
