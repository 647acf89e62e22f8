#include "models/workspace/Workspace.h"

#include "models/clusters/ClusterRepository.h"
#include "models/common/AtomicFile.h"
#include "models/common/Translations.h"
#include "models/demo/DemoData.h"
#include "models/events/EventChangeCommand.h"
#include "models/events/EventIcs.h"
#include "models/events/EventRepository.h"
#include "models/events/EventTableModel.h"
#include "models/kpi/KpiCalculator.h"
#include "models/partners/PartnerChangeCommand.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerTableModel.h"
#include "models/periods/PeriodLock.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/periods/ReportingPeriodTableModel.h"

#include <QFile>
#include <QUndoStack>

Workspace::Workspace(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_partners(new PartnerTableModel(m_db, this))
    , m_events(new EventTableModel(m_db, m_partners, this))
    , m_periods(new ReportingPeriodTableModel(m_db, this))
    , m_undoStack(new QUndoStack(this))
{
    // Every edit, undo and redo goes through the stack; a new cluster (or the demo) through
    // currentClusterChanged. Both can change a KPI.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Workspace::recordsChanged);
    connect(this, &Workspace::currentClusterChanged, this, &Workspace::recordsChanged);
    connect(this, &Workspace::clustersChanged, this, &Workspace::recordsChanged);
    connect(m_partners, &PartnerTableModel::stepRefused, this, &Workspace::historyStepRefused);
    connect(m_events, &EventTableModel::stepRefused, this, &Workspace::historyStepRefused);
    connect(m_periods, &ReportingPeriodTableModel::stepRefused, this,
            &Workspace::historyStepRefused);
}

Workspace::~Workspace() = default;

KpiCalculator Workspace::kpis() const
{
    return KpiCalculator(m_db);
}

QList<ReportingPeriod> Workspace::reportingPeriods() const
{
    return m_periods->periods();
}

QHash<QString, QString> Workspace::partnerNamesInAllClusters() const
{
    const PartnerRepository repository(m_db);
    QHash<QString, QString> names;
    for (const Cluster &cluster : clusters())
        names.insert(repository.namesById(cluster.id));
    return names;
}

PeriodLock Workspace::periodLock() const
{
    return PeriodLock::load(m_db);
}

QList<ReportingPeriod> Workspace::reportingPeriods(const QString &clusterId) const
{
    const ReportingPeriodRepository repository(m_db);
    if (!clusterId.isEmpty())
        return repository.forCluster(clusterId);
    QList<ReportingPeriod> periods;
    for (const Cluster &cluster : clusters())
        periods += repository.forCluster(cluster.id);
    std::stable_sort(
        periods.begin(), periods.end(),
        [](const ReportingPeriod &a, const ReportingPeriod &b) { return a.start < b.start; });
    return periods;
}

std::optional<KpiReportData> Workspace::reportData(const KpiScope &scope,
                                                   QString *errorMessage) const
{
    return KpiReportData::collect(m_db, scope, errorMessage);
}

QList<Cluster> Workspace::clusters() const
{
    return ClusterRepository(m_db).all();
}

std::optional<Cluster> Workspace::currentCluster() const
{
    if (m_currentClusterId.isEmpty())
        return std::nullopt;
    return ClusterRepository(m_db).find(m_currentClusterId);
}

void Workspace::setCurrentClusterId(const QString &id)
{
    if (id == m_currentClusterId)
        return;
    m_currentClusterId = id;
    // Partners first: the events take their names from them.
    m_partners->setClusterId(id);
    m_events->setClusterId(id);
    m_periods->setClusterId(id);
    Q_EMIT currentClusterChanged();
}

bool Workspace::addCluster(Cluster &cluster, QString *errorMessage)
{
    ClusterRepository repository(m_db);
    if (!repository.add(cluster)) {
        *errorMessage = repository.errorMessage();
        return false;
    }
    Q_EMIT clustersChanged();
    setCurrentClusterId(cluster.id);
    return true;
}

bool Workspace::createDemo(QString *errorMessage)
{
    Cluster cluster;
    bool alreadyExisted = false;
    if (!DemoData::create(m_db, QString(), &cluster, &alreadyExisted, errorMessage))
        return false;
    Q_EMIT clustersChanged();
    if (cluster.id == m_currentClusterId) {
        m_partners->reload();
        m_events->reload();
        m_periods->reload();
    } else {
        setCurrentClusterId(cluster.id);
    }
    return true;
}

PartnerImportPlan Workspace::planPartnerImport(const QString &path) const
{
    const std::optional<Cluster> cluster = currentCluster();
    return PartnerCsv::planFile(path, ClusterRepository(m_db), PartnerRepository(m_db),
                                cluster ? cluster->name : QString());
}

bool Workspace::importPartners(const PartnerImportPlan &plan, QString *errorMessage)
{
    const QList<Partner> partners = plan.validPartners();
    if (partners.isEmpty()) {
        *errorMessage = tr("The file holds no partner that can be imported.");
        return false;
    }
    auto *command = PartnerChangeCommand::add(
        m_partners, partners, tr("Import %n partner(s)", nullptr, int(partners.size())));
    return PartnerChangeCommand::execute(m_undoStack, command, errorMessage);
}

bool Workspace::exportPartners(const QString &path, PartnerCsv::Dialect dialect,
                               QString *errorMessage) const
{
    const std::optional<Cluster> cluster = currentCluster();
    if (!cluster) {
        *errorMessage = tr("Choose a cluster first.");
        return false;
    }
    return AtomicFile::write(
        path,
        PartnerCsv::write(PartnerRepository(m_db).forCluster(cluster->id), cluster->name, dialect),
        errorMessage);
}

EventImportPlan Workspace::planEventImport(const QString &path) const
{
    const std::optional<Cluster> cluster = currentCluster();
    return EventCsv::planFile(path, ClusterRepository(m_db), PartnerRepository(m_db),
                              EventRepository(m_db), cluster ? cluster->name : QString());
}

bool Workspace::importEvents(const EventImportPlan &plan, QString *errorMessage)
{
    const QList<Event> events = plan.validEvents();
    if (events.isEmpty()) {
        *errorMessage = tr("The file holds no event that can be imported.");
        return false;
    }
    auto *command =
        new EventChangeCommand(m_events, tr("Import %n event(s)", nullptr, int(events.size())),
                               EventChangeCommand::additions(events));
    return EventChangeCommand::execute(m_undoStack, command, errorMessage);
}

bool Workspace::exportEvents(const QString &path, CsvDialect dialect, QString *errorMessage) const
{
    const std::optional<Cluster> cluster = currentCluster();
    if (!cluster) {
        *errorMessage = tr("Choose a cluster first.");
        return false;
    }
    return AtomicFile::write(path,
                             EventCsv::write(EventRepository(m_db).forCluster(cluster->id),
                                             m_partners->namesById(), cluster->name, dialect),
                             errorMessage);
}

bool Workspace::exportCalendar(const QString &path, const QList<Event> &events,
                               QString *errorMessage) const
{
    const QString language =
        Translations::current().isEmpty() ? QStringLiteral("en") : Translations::current();
    return AtomicFile::write(path, EventIcs::write(events, m_partners->namesById(), language),
                             errorMessage);
}
