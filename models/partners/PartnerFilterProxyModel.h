#pragma once

#include "models/partners/Partner.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

// Search, type and membership filters over PartnerTableModel, sorting on the raw values.
class PartnerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Membership { All, Current, Former };
    Q_ENUM(Membership)

    explicit PartnerFilterProxyModel(QObject *parent = nullptr);

    // Every word must appear somewhere in the partner (any field or contact), ignoring case and
    // accents.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    void setTypeFilter(std::optional<PartnerType> type);
    std::optional<PartnerType> typeFilter() const { return m_type; }

    void setMembership(Membership membership);
    Membership membership() const { return m_membership; }

    // "Today" for the membership filter; tests set it, the app leaves it at the current date.
    void setReferenceDate(QDate date);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_words;
    std::optional<PartnerType> m_type;
    Membership m_membership = Membership::All;
    QDate m_referenceDate;
};
