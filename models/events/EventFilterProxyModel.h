#pragma once

#include "models/events/Event.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

// Search, period, kind, status, partner and subject filters over EventTableModel (or a proxy of
// it: only its roles are read), all combinable, sorting on the raw values.
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The quick choices of the period filter.
    enum class QuickPeriod { All, ThisMonth, ThisYear, LastYear };
    Q_ENUM(QuickPeriod)

    explicit EventFilterProxyModel(QObject *parent = nullptr);

    // Every word must appear in a title (either language), a description, the location, a
    // partner's name or a subject, ignoring case and accents.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Events that take place on at least one day of [from, to]; a null bound is open.
    void setPeriod(QDate from, QDate to);
    QDate periodFrom() const { return m_from; }
    QDate periodTo() const { return m_to; }
    // The period a quick choice stands for, around the given day.
    static std::pair<QDate, QDate> quickPeriod(QuickPeriod choice, QDate today);

    void setKindFilter(std::optional<EventKind> kind);
    std::optional<EventKind> kindFilter() const { return m_kind; }

    void setStatusFilter(std::optional<EventStatus> status);
    std::optional<EventStatus> statusFilter() const { return m_status; }

    // Events the partner organised or took part in; empty for every event.
    void setPartnerFilter(const QString &partnerId);
    QString partnerFilter() const { return m_partnerId; }

    // A subject key or a free-text subject; empty for every event.
    void setSubjectFilter(const QString &subject);
    QString subjectFilter() const { return m_subject; }

    bool isFiltering() const;
    void clearFilters();

Q_SIGNALS:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void filtersEdited();

    QString m_searchText;
    QStringList m_words;
    QDate m_from;
    QDate m_to;
    std::optional<EventKind> m_kind;
    std::optional<EventStatus> m_status;
    QString m_partnerId;
    QString m_subject;
};
