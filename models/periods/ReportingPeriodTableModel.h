#pragma once

#include "models/periods/ReportingPeriod.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/storage/RecordChangeCommand.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

#include <optional>

using ReportingPeriodChange = RecordChange<ReportingPeriod>;

// The reporting periods of one cluster, with their targets, as a table. Writes go to the database
// first, in one transaction, and then to the rows with precise signals. Rows keep the order in
// which they arrived; views sort on SortRole.
class ReportingPeriodTableModel : public QAbstractTableModel, public RecordStore<ReportingPeriod>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Start,
        End,
        Locked,
        Targets, // how many KPIs have a target; the tooltip lists them
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: QString, QDate, bool, int
        IdRole,
        LockedRole, // bool
    };

    explicit ReportingPeriodTableModel(QSqlDatabase db, QObject *parent = nullptr);

    QString clusterId() const { return m_clusterId; }
    void setClusterId(const QString &clusterId);
    void reload();

    const ReportingPeriod &periodAt(int row) const { return m_periods.at(row); }
    int rowOf(const QString &id) const;
    std::optional<ReportingPeriod> period(const QString &id) const;
    // Every period of the cluster, for the rule that a name is used once per cluster.
    QList<ReportingPeriod> periods() const { return m_periods; }

    // Applies the changes in one transaction. On failure nothing changes and errorMessage() says
    // why (also emitted as errorOccurred).
    bool apply(const QList<ReportingPeriodChange> &changes) override;
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
    // One line per KPI with a target, in the order of KpiCatalogue: "Pupils reached: 1,500".
    static QString targetLines(const ReportingPeriod &period);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // An undo (or redo) of commandText was refused for reason and has left the history.
    void stepRefused(const QString &commandText, bool undoing, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVariant displayValue(const ReportingPeriod &period, int column) const;
    QVariant sortValue(const ReportingPeriod &period, int column) const;

    ReportingPeriodRepository m_repository;
    QString m_clusterId;
    QList<ReportingPeriod> m_periods;
    QString m_errorMessage;
};
