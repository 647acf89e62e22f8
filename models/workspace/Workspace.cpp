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
#include "models/storage/ChangeNotifier.h"
#include "models/storage/DatabaseWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QUndoGroup>
#include <QUndoStack>

Workspace::Workspace(QSqlDatabase db, const QString &path, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_partnerRepository(std::make_unique<PartnerRepository>(m_db))
    , m_eventRepository(std::make_unique<EventRepository>(m_db))
    , m_periodRepository(std::make_unique<ReportingPeriodRepository>(m_db))
    , m_partners(new PartnerTableModel(m_db, this))
    , m_events(new EventTableModel(m_db, m_partners, this))
    , m_periods(new ReportingPeriodTableModel(m_db, this))
    , m_undoGroup(new QUndoGroup(this))
{
    m_undoStacks.insert(QString(), new QUndoStack(m_undoGroup));
    m_undoGroup->addStack(m_undoStacks.value(QString()));
    m_undoGroup->setActiveStack(m_undoStacks.value(QString()));
    // Only widgets receive LanguageChange; the history learns of it from the application object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    const auto report = [this](const QString &text, bool undoing, const QString &reason) {
        reportRefusedStep(text, undoing, reason);
    };
    m_partnerStore = std::make_unique<ReportingStore<Partner>>(m_partnerRepository.get(), report);
    m_eventStore = std::make_unique<ReportingStore<Event>>(m_eventRepository.get(), report);
    m_periodStore =
        std::make_unique<ReportingStore<ReportingPeriod>>(m_periodRepository.get(), report);

    // Whoever wrote (an edit, an undo, an import, a sync pull, another process), the KPIs may
    // have changed; a new cluster also changes the list of clusters.
    connect(ChangeNotifier::of(m_db), &ChangeNotifier::recordsChanged, this,
            [this](const RecordChanges &changes) {
                if (changes.kind == RecordKind::Cluster)
                    reloadClusters();
                Q_EMIT recordsChanged();
            });
    connect(this, &Workspace::currentClusterChanged, this, &Workspace::recordsChanged);
    connect(m_partners, &PartnerTableModel::readStateChanged, this,
            [this](const QString &message) { setReadProblem(Source::Partners, message); });
    connect(m_events, &EventTableModel::readStateChanged, this,
            [this](const QString &message) { setReadProblem(Source::Events, message); });
    connect(m_periods, &ReportingPeriodTableModel::readStateChanged, this,
            [this](const QString &message) { setReadProblem(Source::ReportingPeriods, message); });
    if (!path.isEmpty())
        m_watcher = new DatabaseWatcher(m_db, path, this);
    reloadClusters();
}

Workspace::~Workspace() = default;

void Workspace::reportRefusedStep(const QString &commandText, bool undoing, const QString &reason)
{
    Q_EMIT historyStepRefused(commandText, undoing, reason);
}

bool Workspace::reloadClusters()
{
    const Result<QList<Cluster>> clusters = ClusterRepository(m_db).all();
    setReadProblem(Source::Clusters, clusters.error());
    if (!clusters)
        return false;
    if (*clusters != m_clusters) {
        m_clusters = *clusters;
        Q_EMIT clustersChanged();
    }
    return true;
}

bool Workspace::reload()
{
    bool readAll = reloadClusters();
    readAll = m_partners->refresh() && readAll;
    readAll = m_events->refresh() && readAll;
    readAll = m_periods->refresh() && readAll;
    // The KPIs (dashboard, open lists) are read again too.
    Q_EMIT recordsChanged();
    return readAll;
}

void Workspace::setReadProblem(Source source, const QString &message)
{
    if (m_readProblems.value(source) == message)
        return;
    if (message.isEmpty())
        m_readProblems.remove(source);
    else
        m_readProblems.insert(source, message);
    Q_EMIT readProblemChanged();
}

QString Workspace::readProblem() const
{
    QStringList sentences;
    for (auto it = m_readProblems.cbegin(); it != m_readProblems.cend(); ++it) {
        switch (it.key()) {
        case Source::Clusters:
            sentences.append(tr("The list of clusters cannot be read: %1").arg(it.value()));
            break;
        case Source::Partners:
            sentences.append(tr("The partners cannot be read: %1").arg(it.value()));
            break;
        case Source::Events:
            sentences.append(tr("The events cannot be read: %1").arg(it.value()));
            break;
        case Source::ReportingPeriods:
            sentences.append(tr("The reporting periods cannot be read: %1").arg(it.value()));
            break;
        }
    }
    return sentences.join(QLatin1Char('\n'));
}

KpiCalculator Workspace::kpis() const
{
    return KpiCalculator(m_db);
}

QList<ReportingPeriod> Workspace::reportingPeriods() const
{
    // The model keeps rows in the order they came (a new period last); this list is by start.
    QList<ReportingPeriod> periods = m_periods->periods();
    std::stable_sort(
        periods.begin(), periods.end(),
        [](const ReportingPeriod &a, const ReportingPeriod &b) { return a.start < b.start; });
    return periods;
}

Result<QHash<QString, QString>> Workspace::partnerNamesInAllClusters() const
{
    QHash<QString, QString> names;
    for (const Cluster &cluster : m_clusters) {
        const Result<QHash<QString, QString>> ofCluster =
            m_partnerRepository->namesById(cluster.id);
        if (!ofCluster)
            return ReadError{ofCluster.error()};
        names.insert(*ofCluster);
    }
    return names;
}

Result<PeriodLock> Workspace::periodLock() const
{
    return PeriodLock::load(m_db);
}

PeriodLock Workspace::periodLockForWarnings() const
{
    const Result<PeriodLock> lock = periodLock();
    return lock ? *lock : PeriodLock();
}

Result<QList<ReportingPeriod>> Workspace::reportingPeriods(const QString &clusterId) const
{
    if (!clusterId.isEmpty())
        return m_periodRepository->forCluster(clusterId);
    QList<ReportingPeriod> periods;
    for (const Cluster &cluster : m_clusters) {
        const Result<QList<ReportingPeriod>> ofCluster = m_periodRepository->forCluster(cluster.id);
        if (!ofCluster)
            return ReadError{ofCluster.error()};
        periods += *ofCluster;
    }
    std::stable_sort(
        periods.begin(), periods.end(),
        [](const ReportingPeriod &a, const ReportingPeriod &b) { return a.start < b.start; });
    return periods;
}

Result<KpiReportData> Workspace::reportData(const KpiScope &scope) const
{
    return KpiReportData::collect(m_db, scope);
}

std::optional<Cluster> Workspace::currentCluster() const
{
    for (const Cluster &cluster : m_clusters) {
        if (cluster.id == m_currentClusterId)
            return cluster;
    }
    return std::nullopt;
}

QUndoStack *Workspace::undoStack() const
{
    return m_undoGroup->activeStack();
}

bool Workspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        for (QUndoStack *stack : std::as_const(m_undoStacks)) {
            for (int index = 0; index < stack->count(); ++index) {
                // The stack hands out its steps as const; they are ours, made by the stores.
                auto *step = dynamic_cast<TranslatableCommand *>(
                    const_cast<QUndoCommand *>(stack->command(index)));
                if (step)
                    step->retranslate();
            }
        }
        Q_EMIT historyRetranslated();
    }
    return QObject::eventFilter(watched, event);
}

void Workspace::setCurrentClusterId(const QString &id)
{
    if (id == m_currentClusterId)
        return;
    m_currentClusterId = id;
    QUndoStack *&stack = m_undoStacks[id];
    if (!stack) {
        stack = new QUndoStack(m_undoGroup);
        m_undoGroup->addStack(stack);
    }
    m_undoGroup->setActiveStack(stack);
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
    setCurrentClusterId(cluster.id);
    return true;
}

bool Workspace::createDemo(QString *errorMessage)
{
    Cluster cluster;
    bool alreadyExisted = false;
    if (!DemoData::create(m_db, QString(), &cluster, &alreadyExisted, errorMessage))
        return false;
    // The demo's records reached the models through their announcements.
    setCurrentClusterId(cluster.id);
    return true;
}

PartnerImportPlan Workspace::planPartnerImport(const QString &path, bool intoCurrentCluster) const
{
    const std::optional<Cluster> cluster = currentCluster();
    return PartnerCsv::planFile(path, ClusterRepository(m_db), PartnerRepository(m_db),
                                {cluster ? cluster->name : QString(), intoCurrentCluster});
}

bool Workspace::importPartners(const PartnerImportPlan &plan, QString *errorMessage)
{
    const QList<Partner> partners = plan.validPartners();
    if (partners.isEmpty()) {
        *errorMessage = tr("The file holds no partner that can be imported.");
        return false;
    }
    return PartnerChangeCommand::execute(
        undoStack(),
        PartnerChangeCommand::add(
            partnerStore(), partners,
            [count = int(partners.size())] { return tr("Import %n partner(s)", nullptr, count); }),
        errorMessage);
}

bool Workspace::exportPartners(const QString &path, PartnerCsv::Dialect dialect,
                               QString *errorMessage) const
{
    const std::optional<Cluster> cluster = currentCluster();
    if (!cluster) {
        *errorMessage = tr("Choose a cluster first.");
        return false;
    }
    const Result<QList<Partner>> partners = m_partnerRepository->forCluster(cluster->id);
    if (!partners) {
        *errorMessage = tr("The partners cannot be read: %1").arg(partners.error());
        return false;
    }
    return AtomicFile::write(path, PartnerCsv::write(*partners, cluster->name, dialect),
                             errorMessage);
}

EventImportPlan Workspace::planEventImport(const QString &path, bool intoCurrentCluster) const
{
    const std::optional<Cluster> cluster = currentCluster();
    return EventCsv::planFile(path, ClusterRepository(m_db), PartnerRepository(m_db),
                              EventRepository(m_db),
                              {cluster ? cluster->name : QString(), intoCurrentCluster});
}

bool Workspace::importEvents(const EventImportPlan &plan, QString *errorMessage)
{
    const QList<Event> events = plan.validEvents();
    if (events.isEmpty()) {
        *errorMessage = tr("The file holds no event that can be imported.");
        return false;
    }
    return EventChangeCommand::execute(
        undoStack(),
        std::make_unique<EventChangeCommand>(
            eventStore(),
            [count = int(events.size())] { return tr("Import %n event(s)", nullptr, count); },
            EventChangeCommand::additions(events)),
        errorMessage);
}

bool Workspace::exportEvents(const QString &path, CsvDialect dialect, QString *errorMessage) const
{
    const std::optional<Cluster> cluster = currentCluster();
    if (!cluster) {
        *errorMessage = tr("Choose a cluster first.");
        return false;
    }
    const Result<QList<Event>> events = m_eventRepository->forCluster(cluster->id);
    if (!events) {
        *errorMessage = tr("The events cannot be read: %1").arg(events.error());
        return false;
    }
    return AtomicFile::write(
        path, EventCsv::write(*events, m_partners->namesById(), cluster->name, dialect),
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
