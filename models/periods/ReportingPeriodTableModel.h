#pragma once

#include "models/common/RecordTableModel.h"
#include "models/periods/ReportingPeriod.h"
#include "models/periods/ReportingPeriodRepository.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

struct ReportingPeriodRow
{
    ReportingPeriod record;
};

// The reporting periods of one cluster, with their targets, as a table. The rows follow every
// write to the periods, whoever made it (RecordTableModel). Rows keep the order in which they
// arrived; views sort on SortRole.
class ReportingPeriodTableModel : public RecordTableModel<ReportingPeriod, ReportingPeriodRow>
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

    const ReportingPeriod &periodAt(int row) const { return recordAt(row); }
    std::optional<ReportingPeriod> period(const QString &id) const { return record(id); }
    // Every period of the cluster, for the rule that a name is used once per cluster.
    QList<ReportingPeriod> periods() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);
    // One line per KPI with a target, in the order of KpiCatalogue: "Pupils reached: 1,500".
    static QString targetLines(const ReportingPeriod &period);

Q_SIGNALS:
    // The periods could not be read (message), or could be read again (empty message). The rows
    // read last stay.
    void readStateChanged(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    Result<QList<ReportingPeriod>> readCluster(const QString &clusterId) const override;
    Result<QList<ReportingPeriod>> readRecords(const QStringList &ids) const override;
    ReportingPeriodRow makeRow(ReportingPeriod period) const override;
    void announceReadState(const QString &message) override { Q_EMIT readStateChanged(message); }

private:
    QVariant displayValue(const ReportingPeriod &period, int column) const;
    QVariant sortValue(const ReportingPeriod &period, int column) const;

    ReportingPeriodRepository m_repository;
};
