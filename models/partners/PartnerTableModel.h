#pragma once

#include "models/common/RecordTableModel.h"
#include "models/partners/Partner.h"
#include "models/partners/PartnerRepository.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

struct PartnerRow
{
    Partner record;
    QString searchText; // folded text of every field and contact, for search
};

// The partners of one cluster as a table. The rows follow every write to the partners, whoever
// made it (RecordTableModel); the model itself never writes.
class PartnerTableModel : public RecordTableModel<Partner, PartnerRow>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Type,
        SchoolLevel,
        City,
        Address,
        Website,
        Email,
        Phone,
        JoinedOn,
        LeftOn,
        Contacts,
        Notes,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: QString, QDate, int
        IdRole,
        TypeRole,       // PartnerType as int
        LeftOnRole,     // QDate, null while a member
        SearchTextRole, // folded text of every field and contact, for search
    };

    explicit PartnerTableModel(QSqlDatabase db, QObject *parent = nullptr);

    const Partner &partnerAt(int row) const { return recordAt(row); }
    std::optional<Partner> partner(const QString &id) const { return record(id); }
    // The names of the cluster's partners by id, for lists that refer to partners.
    QHash<QString, QString> namesById() const;
    // Names of the partners in the cluster other than the one with exceptId.
    QStringList otherNames(const QString &exceptId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);

Q_SIGNALS:
    // The partners could not be read (message), or could be read again (empty message). The rows
    // read last stay.
    void readStateChanged(const QString &message);
    // The rows have followed a write, every row signal of it sent: what depends on several
    // partners (the names in the events) updates once, on consistent rows.
    void recordsFollowed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    Result<QList<Partner>> readCluster(const QString &clusterId) const override;
    Result<QList<Partner>> readRecords(const QStringList &ids) const override;
    PartnerRow makeRow(Partner partner) const override;
    void announceReadState(const QString &message) override { Q_EMIT readStateChanged(message); }
    void rowsFollowed() override { Q_EMIT recordsFollowed(); }

private:
    QVariant displayValue(const Partner &partner, int column) const;
    QVariant sortValue(const Partner &partner, int column) const;

    PartnerRepository m_repository;
};
