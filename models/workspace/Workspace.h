#pragma once

#include "models/clusters/Cluster.h"
#include "models/events/Event.h"
#include "models/events/EventCsv.h"
#include "models/kpi/KpiReportData.h"
#include "models/partners/Partner.h"
#include "models/partners/PartnerCsv.h"
#include "models/periods/ReportingPeriod.h"
#include "models/storage/RecordChangeCommand.h"
#include "models/storage/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class DatabaseWatcher;
class EventRepository;
class EventTableModel;
class KpiCalculator;
class PartnerRepository;
class PartnerTableModel;
class PeriodLock;
class QUndoGroup;
class QUndoStack;
class ReportingPeriodRepository;
class ReportingPeriodTableModel;

// What the window works on: the open database, its clusters, the cluster being shown, the partner
// register, the events, the reporting periods and the one undo history of them all. Views talk to
// this, never to SQL.
//
// Data flows one way: every write goes through a repository (undoable edits through the stores
// below), the repository announces it (ChangeNotifier), and the models, recordsChanged() and so
// the dashboard follow. Writes by another process are noticed too (DatabaseWatcher).
class Workspace : public QObject
{
    Q_OBJECT

public:
    // What the window reads, for the messages of reads that fail.
    enum class Source { Clusters, Partners, Events, ReportingPeriods };

    // path: the database file, watched for writes by other processes; none when empty.
    explicit Workspace(QSqlDatabase db, const QString &path = {}, QObject *parent = nullptr);
    ~Workspace() override;

    // The clusters as last read (by name).
    QList<Cluster> clusters() const { return m_clusters; }
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
    // The undo history of the cluster on show: each cluster has its own, so that Undo never
    // changes what the coordinator cannot see. The group follows the cluster on show.
    QUndoStack *undoStack() const;
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // Where undoable edits write: the repositories, reporting a refused undo or redo as
    // historyStepRefused().
    RecordStore<Partner> *partnerStore() const { return m_partnerStore.get(); }
    RecordStore<Event> *eventStore() const { return m_eventStore.get(); }
    RecordStore<ReportingPeriod> *periodStore() const { return m_periodStore.get(); }

    // The locked periods of every cluster: editors ask it before a save the database would
    // refuse, to say why while the user can still change the edit.
    Result<PeriodLock> periodLock() const;
    // The same for the editors' early warnings: when the locks cannot be read the editors cannot
    // warn, but nothing is lost, since the save itself checks again and refuses with the reason.
    PeriodLock periodLockForWarnings() const;
    // KPIs and their drill-down over the whole database (any cluster, any period).
    KpiCalculator kpis() const;
    // The reporting periods of the current cluster, by start, with their targets.
    QList<ReportingPeriod> reportingPeriods() const;
    // The names of the live partners of every cluster by id, for lists that span clusters.
    Result<QHash<QString, QString>> partnerNamesInAllClusters() const;
    // The reporting periods of a cluster by start; of every cluster when clusterId is empty.
    Result<QList<ReportingPeriod>> reportingPeriods(const QString &clusterId) const;
    // What the periodic report of a scope shows.
    Result<KpiReportData> reportData(const KpiScope &scope) const;

    // Reads every list again (after a failed read, or on request); the rows that can be read
    // follow with precise signals. False when something still cannot be read.
    bool reload();
    // What cannot be read right now, one sentence per source; empty when everything could.
    QString readProblem() const;

    // Reads and checks a CSV file for the current cluster; writes nothing. Rows go to the
    // cluster they name, else the current one; with intoCurrentCluster, every row goes to the
    // current one whatever the file names (a file exported from another cluster).
    PartnerImportPlan planPartnerImport(const QString &path, bool intoCurrentCluster = false) const;
    // Imports the valid rows of a plan as one undoable edit.
    bool importPartners(const PartnerImportPlan &plan, QString *errorMessage);
    bool exportPartners(const QString &path, PartnerCsv::Dialect dialect,
                        QString *errorMessage) const;

    // The same for the events of the current cluster.
    EventImportPlan planEventImport(const QString &path, bool intoCurrentCluster = false) const;
    bool importEvents(const EventImportPlan &plan, QString *errorMessage);
    bool exportEvents(const QString &path, CsvDialect dialect, QString *errorMessage) const;
    // An iCalendar file of the given events (the ones the window shows), titles in the language
    // of the window.
    bool exportCalendar(const QString &path, const QList<Event> &events,
                        QString *errorMessage) const;

Q_SIGNALS:
    void clustersChanged();
    void currentClusterChanged();
    // Something that a KPI may count has changed: any write to any record, whoever made it, or
    // another cluster on show.
    void recordsChanged();
    // An undo or redo was refused by the database (e.g. by a period locked since the edit): the
    // step has left the history and the records stay as they are.
    void historyStepRefused(const QString &commandText, bool undoing, const QString &reason);
    // readProblem() has changed: a read failed, or reads work again.
    void readProblemChanged();
    // The language changed and every step of the undo histories has its text in the new one.
    void historyRetranslated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool reloadClusters();
    void setReadProblem(Source source, const QString &message);
    void reportRefusedStep(const QString &commandText, bool undoing, const QString &reason);

    QSqlDatabase m_db;
    std::unique_ptr<PartnerRepository> m_partnerRepository;
    std::unique_ptr<EventRepository> m_eventRepository;
    std::unique_ptr<ReportingPeriodRepository> m_periodRepository;
    std::unique_ptr<RecordStore<Partner>> m_partnerStore;
    std::unique_ptr<RecordStore<Event>> m_eventStore;
    std::unique_ptr<RecordStore<ReportingPeriod>> m_periodStore;
    PartnerTableModel *m_partners;
    EventTableModel *m_events;
    ReportingPeriodTableModel *m_periods;
    QUndoGroup *m_undoGroup;
    QHash<QString, QUndoStack *> m_undoStacks; // by cluster id; "" while there is no cluster
    DatabaseWatcher *m_watcher = nullptr;
    QString m_currentClusterId;
    QList<Cluster> m_clusters;
    QMap<Source, QString> m_readProblems;
};
