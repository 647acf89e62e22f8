#pragma once

#include "models/partners/Partner.h"
#include "models/partners/PartnerRepository.h"
#include "models/storage/RecordChangeCommand.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

using PartnerChange = RecordChange<Partner>;

// The partners of one cluster as a table. Writes go to the database first, in one transaction,
// and then to the rows with precise signals, so views keep their selection and scroll position.
class PartnerTableModel : public QAbstractTableModel, public RecordStore<Partner>
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

    QString clusterId() const { return m_clusterId; }
    void setClusterId(const QString &clusterId);
    void reload();

    const Partner &partnerAt(int row) const { return m_partners.at(row); }
    int rowOf(const QString &id) const;
    std::optional<Partner> partner(const QString &id) const;
    // The names of the cluster's partners by id, for lists that refer to partners.
    QHash<QString, QString> namesById() const;
    // Names of the partners in the cluster other than the one with exceptId.
    QStringList otherNames(const QString &exceptId) const;

    // Applies the changes in one transaction. On failure nothing changes and errorMessage() says
    // why (also emitted as errorOccurred).
    bool apply(const QList<PartnerChange> &changes) override;
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

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // An undo (or redo) of commandText was refused for reason and has left the history.
    void stepRefused(const QString &commandText, bool undoing, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVariant displayValue(const Partner &partner, int column) const;
    QVariant sortValue(const Partner &partner, int column) const;
    static QString searchText(const Partner &partner);

    PartnerRepository m_repository;
    QString m_clusterId;
    QList<Partner> m_partners;
    QList<QString> m_searchTexts; // parallel to m_partners
    QString m_errorMessage;
};
