#pragma once

#include "models/clusters/Cluster.h"
#include "models/events/EventCsv.h"
#include "models/kpi/KpiReportData.h"
#include "models/partners/PartnerCsv.h"
#include "models/periods/ReportingPeriod.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

class EventTableModel;
class KpiCalculator;
class PartnerTableModel;
class PeriodLock;
class QUndoStack;
class ReportingPeriodTableModel;

// What the window works on: the open database, its clusters, the cluster being shown, the partner
// register, the events, the reporting periods and the one undo history of them all. Views talk to
// this, never to SQL.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QSqlDatabase db, QObject *parent = nullptr);
    ~Workspace() override;

    QList<Cluster> clusters() const;
    std::optional<Cluster> currentCluster() const;
    QString currentClusterId() const { return m_currentClusterId; }
    void setCurrentClusterId(const QString &id);

    bool addCluster(Cluster &cluster, QString *errorMessage);
    // Creates the demo cluster (or finds the existing one) and makes it current.
    bool createDemo(QString *errorMessage);

    PartnerTableModel *partners() const { return m_partners; }
    // The events of the current cluster, with partner names from partners().
    EventTableModel *events() const { return m_events; }
    // The reporting periods of the current cluster, with their targets.
    ReportingPeriodTableModel *periods() const { return m_periods; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The locked periods of every cluster: editors ask it before a save the database would
    // refuse, to say why while the user can still change the edit.
    PeriodLock periodLock() const;
    // KPIs and their drill-down over the whole database (any cluster, any period).
    KpiCalculator kpis() const;
    // The reporting periods of the current cluster, by start, with their targets.
    QList<ReportingPeriod> reportingPeriods() const;
    // The names of the live partners of every cluster by id, for lists that span clusters.
    QHash<QString, QString> partnerNamesInAllClusters() const;
    // The reporting periods of a cluster by start; of every cluster when clusterId is empty.
    QList<ReportingPeriod> reportingPeriods(const QString &clusterId) const;
    // What the periodic report of a scope shows; nullopt with *errorMessage when it cannot be
    // read.
    std::optional<KpiReportData> reportData(const KpiScope &scope, QString *errorMessage) const;

    // Reads and checks a CSV file for the current cluster; writes nothing.
    PartnerImportPlan planPartnerImport(const QString &path) const;
    // Imports the valid rows of a plan as one undoable edit.
    bool importPartners(const PartnerImportPlan &plan, QString *errorMessage);
    bool exportPartners(const QString &path, PartnerCsv::Dialect dialect,
                        QString *errorMessage) const;

    // The same for the events of the current cluster.
    EventImportPlan planEventImport(const QString &path) const;
    bool importEvents(const EventImportPlan &plan, QString *errorMessage);
    bool exportEvents(const QString &path, CsvDialect dialect, QString *errorMessage) const;
    // An iCalendar file of the given events (the ones the window shows), titles in the language
    // of the window.
    bool exportCalendar(const QString &path, const QList<Event> &events,
                        QString *errorMessage) const;

Q_SIGNALS:
    void clustersChanged();
    void currentClusterChanged();
    // Something that a KPI may count has changed: an edit, an undo or redo, another cluster.
    void recordsChanged();
    // An undo or redo was refused by the database (e.g. by a period locked since the edit): the
    // step has left the history and the records stay as they are.
    void historyStepRefused(const QString &commandText, bool undoing, const QString &reason);

private:
    QSqlDatabase m_db;
    PartnerTableModel *m_partners;
    EventTableModel *m_events;
    ReportingPeriodTableModel *m_periods;
    QUndoStack *m_undoStack;
    QString m_currentClusterId;
};
