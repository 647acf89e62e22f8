#include "views/events/EventsView.h"

#include "models/events/EventChangeCommand.h"
#include "models/events/EventFilterProxyModel.h"
#include "models/events/EventTableModel.h"
#include "models/partners/PartnerTableModel.h"
#include "models/periods/PeriodLock.h"
#include "models/workspace/Workspace.h"
#include "views/events/AttendanceDialog.h"
#include "views/events/EventCalendar.h"
#include "views/events/EventDetailsPanel.h"
#include "views/events/EventEditorDialog.h"
#include "views/events/EventFilterBar.h"
#include "views/widgets/EmptyState.h"
#include "views/widgets/Prompts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString headerKey = QStringLiteral("events/header");
const QString splitterKey = QStringLiteral("events/splitter");
const QString modeKey = QStringLiteral("events/mode");

enum Page { NoClusterPage, NoEventsPage, EventsPage };

QStringList selectedIdsOf(const QTableView *table)
{
    QStringList ids;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        ids.append(index.data(EventTableModel::IdRole).toString());
    return ids;
}

} // namespace

EventsView::EventsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(new EventFilterProxyModel(this))
    , m_dayProxy(new EventFilterProxyModel(this))
    , m_pages(new QStackedWidget(this))
    , m_noCluster(new EmptyState(this))
    , m_noEvents(new EmptyState(this))
    , m_filters(new EventFilterBar(m_proxy, workspace, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_modes(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_calendar(new EventCalendar(this))
    , m_dayTitle(new QLabel(this))
    , m_dayTable(new QTableView(this))
    , m_today(new QPushButton(this))
    , m_details(new EventDetailsPanel(workspace->events(), this))
{
    setObjectName(QStringLiteral("eventsView"));
    EventTableModel *events = workspace->events();
    m_proxy->setSourceModel(events);
    m_dayProxy->setSourceModel(m_proxy);

    // Empty states: no cluster yet, or a cluster without events.
    m_noCluster->setObjectName(QStringLiteral("eventsNoClusterState"));
    connect(m_noCluster->addButton(QStringLiteral("eventsNewClusterButton")), &QPushButton::clicked,
            this, &EventsView::newClusterRequested);
    connect(m_noCluster->addButton(QStringLiteral("eventsDemoButton")), &QPushButton::clicked, this,
            &EventsView::demoRequested);
    m_noEvents->setObjectName(QStringLiteral("eventsEmptyState"));
    m_noEvents->titleLabel()->setObjectName(QStringLiteral("eventsEmptyTitle"));
    connect(m_noEvents->addButton(QStringLiteral("emptyNewEventButton")), &QPushButton::clicked,
            this, &EventsView::newEvent);

    // The list.
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_proxy);
    configureTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::Start, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &position) {
        chooseColumns(m_table->horizontalHeader()->mapToGlobal(position));
    });
    connect(m_table, &QTableView::doubleClicked, this, &EventsView::editSelected);

    m_modes->setObjectName(QStringLiteral("eventModeTabs"));
    m_modes->setDocumentMode(true);
    m_modes->addTab(m_table, QString());
    m_modes->addTab(buildCalendarPage(), QString());
    connect(m_modes, &QTabWidget::currentChanged, this, &EventsView::modeChanged);

    m_splitter->setObjectName(QStringLiteral("eventsSplitter"));
    m_splitter->addWidget(m_modes);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *eventsPage = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsPage);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_filters);
    eventsLayout->addWidget(m_splitter, 1);

    m_pages->insertWidget(NoClusterPage, m_noCluster);
    m_pages->insertWidget(NoEventsPage, m_noEvents);
    m_pages->insertWidget(EventsPage, eventsPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);

    for (QTableView *table : {m_table, m_dayTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            updateDetails();
            Q_EMIT selectionChanged();
        });
    }
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &EventsView::countChanged);
        connect(events, signal, this, &EventsView::updateEmptyState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventsView::countChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventsView::countChanged);
    connect(events, &QAbstractItemModel::modelReset, this, &EventsView::updateEmptyState);
    // An edit (or its undo) changes what the details and the actions show.
    connect(events, &QAbstractItemModel::dataChanged, this, [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    });
    connect(workspace, &Workspace::currentClusterChanged, this, [this] {
        // Filters name this cluster's partners and subjects; another cluster starts afresh.
        m_proxy->clearFilters();
        updateEmptyState();
    });
    connect(workspace, &Workspace::clustersChanged, this, &EventsView::updateEmptyState);
    connect(m_details, &EventDetailsPanel::editRequested, this, &EventsView::editSelected);
    connect(m_details, &EventDetailsPanel::attendanceRequested, this,
            &EventsView::recordAttendance);

    // Columns a coordinator reads less often start hidden; the chooser brings them back.
    for (int column = EventTableModel::End; column < EventTableModel::ColumnCount; ++column) {
        if (column == EventTableModel::End || column == EventTableModel::Partners ||
            column == EventTableModel::Audience || column == EventTableModel::Subjects ||
            column >= EventTableModel::Pupils)
            header->hideSection(column);
    }
    m_table->setColumnWidth(EventTableModel::Start, 130);
    m_table->setColumnWidth(EventTableModel::Title, 300);
    m_table->setColumnWidth(EventTableModel::Kind, 115);
    m_table->setColumnWidth(EventTableModel::Status, 90);
    m_table->setColumnWidth(EventTableModel::Location, 180);
    m_table->setColumnWidth(EventTableModel::Organisers, 240);
    restoreLayout();
    retranslate();
    showDay(QDate::currentDate());
    updateEmptyState();
}

EventsView::~EventsView()
{
    saveLayout();
}

QWidget *EventsView::buildCalendarPage()
{
    m_calendar->setModel(m_proxy);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this,
            [this] { showDay(m_calendar->selectedDate()); });
    connect(m_calendar, &QCalendarWidget::activated, this, &EventsView::calendarActivated);

    m_dayTitle->setObjectName(QStringLiteral("eventDayTitle"));
    QFont bold = m_dayTitle->font();
    bold.setBold(true);
    m_dayTitle->setFont(bold);
    m_today->setObjectName(QStringLiteral("calendarTodayButton"));
    connect(m_today, &QPushButton::clicked, this,
            [this] { m_calendar->setSelectedDate(QDate::currentDate()); });

    m_dayProxy->sort(EventTableModel::Start, Qt::AscendingOrder);
    // Filters and edits change the day's events as much as choosing another day does.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_dayProxy, signal, this, &EventsView::updateDayList);
    connect(m_dayProxy, &QAbstractItemModel::modelReset, this, &EventsView::updateDayList);
    m_dayTable->setObjectName(QStringLiteral("eventDayTable"));
    m_dayTable->setModel(m_dayProxy);
    configureTable(m_dayTable);
    m_dayTable->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
        m_dayTable->setColumnHidden(
            column, column != EventTableModel::Start && column != EventTableModel::Title &&
                        column != EventTableModel::Kind && column != EventTableModel::Status &&
                        column != EventTableModel::Location);
    }
    m_dayTable->setColumnWidth(EventTableModel::Start, 130);
    m_dayTable->setColumnWidth(EventTableModel::Title, 300);
    m_dayTable->setColumnWidth(EventTableModel::Kind, 115);
    m_dayTable->setColumnWidth(EventTableModel::Status, 90);
    m_dayTable->setMinimumHeight(m_dayTable->verticalHeader()->defaultSectionSize() * 3 + 8);
    connect(m_dayTable, &QTableView::doubleClicked, this, &EventsView::editSelected);

    auto *dayHeader = new QHBoxLayout;
    dayHeader->addWidget(m_dayTitle, 1);
    dayHeader->addWidget(m_today);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_calendar, 5);
    layout->addLayout(dayHeader);
    layout->addWidget(m_dayTable, 1);
    return page;
}

void EventsView::configureTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setIconSize(QSize(10, 10)); // the status colour beside the title
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void EventsView::saveLayout() const
{
    QSettings settings;
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(modeKey, mode() == Mode::Calendar ? QStringLiteral("calendar")
                                                        : QStringLiteral("list"));
}

void EventsView::restoreLayout()
{
    QSettings settings;
    m_table->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({760, 300});
    setMode(settings.value(modeKey).toString() == QLatin1String("calendar") ? Mode::Calendar
                                                                            : Mode::List);
}

void EventsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventsView::retranslate()
{
    m_noCluster->setTexts(tr("No cluster yet"),
                          tr("Events belong to a cluster. Create your cluster first, or load a "
                             "fictional demo cluster to look around."));
    m_noCluster->findChild<QPushButton *>(QStringLiteral("eventsNewClusterButton"))
        ->setText(tr("New cluster…"));
    m_noCluster->findChild<QPushButton *>(QStringLiteral("eventsDemoButton"))
        ->setText(tr("Load demo data"));
    m_noEvents->setTexts(tr("No events yet"),
                         tr("Record the cluster's events and Academy courses here: who organises "
                            "them, for whom, and how many took part once they are held."));
    m_noEvents->findChild<QPushButton *>(QStringLiteral("emptyNewEventButton"))
        ->setText(tr("New event…"));
    m_modes->setTabText(0, tr("List"));
    m_modes->setTabText(1, tr("Calendar"));
    m_today->setText(tr("Today"));
    showDay(m_calendar->selectedDate());
    Q_EMIT countChanged();
}

bool EventsView::hasCluster() const
{
    return !m_workspace->currentClusterId().isEmpty();
}

void EventsView::updateEmptyState()
{
    if (!hasCluster())
        m_pages->setCurrentIndex(NoClusterPage);
    else if (m_workspace->events()->rowCount() == 0)
        m_pages->setCurrentIndex(NoEventsPage);
    else
        m_pages->setCurrentIndex(EventsPage);
    Q_EMIT countChanged();
    Q_EMIT selectionChanged();
}

QString EventsView::countText() const
{
    if (!hasCluster())
        return QString();
    const int shown = m_proxy->rowCount();
    const int total = m_workspace->events()->rowCount();
    return shown == total ? tr("%n event(s)", nullptr, total)
                          : tr("%1 of %n event(s)", nullptr, total).arg(QLocale().toString(shown));
}

EventsView::Mode EventsView::mode() const
{
    return m_modes->currentIndex() == 1 ? Mode::Calendar : Mode::List;
}

void EventsView::setMode(Mode mode)
{
    m_modes->setCurrentIndex(mode == Mode::Calendar ? 1 : 0);
}

void EventsView::modeChanged()
{
    // The selected event comes along, so switching views never loses one's place.
    const QStringList ids = selectedIdsOf(m_shownMode == Mode::Calendar ? m_dayTable : m_table);
    m_shownMode = mode();
    if (ids.size() == 1)
        selectEvent(ids.constFirst());
    updateDetails();
    Q_EMIT selectionChanged();
}

QStringList EventsView::selectedIds() const
{
    if (m_pages->currentIndex() != EventsPage)
        return {};
    return selectedIdsOf(mode() == Mode::Calendar ? m_dayTable : m_table);
}

QList<Event> EventsView::shownEvents() const
{
    QList<Event> events;
    const EventTableModel *model = m_workspace->events();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString id = m_proxy->index(row, 0).data(EventTableModel::IdRole).toString();
        events.append(model->eventAt(model->rowOf(id)));
    }
    return events;
}

std::optional<Event> EventsView::selectedEvent() const
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return std::nullopt;
    return m_workspace->events()->event(ids.constFirst());
}

bool EventsView::canRecordAttendance() const
{
    const std::optional<Event> event = selectedEvent();
    return event && EventChangeCommand::canRecordAttendance(*event);
}

void EventsView::updateDetails()
{
    m_details->setEvent(selectedEvent());
}

void EventsView::selectEvent(const QString &id)
{
    const std::optional<Event> event = m_workspace->events()->event(id);
    if (!event)
        return;
    QTableView *table = m_table;
    QModelIndex index;
    if (mode() == Mode::Calendar) {
        table = m_dayTable;
        // Stay on the selected day when the event covers it; otherwise go to its first day.
        if (!event->overlaps(m_calendar->selectedDate(), m_calendar->selectedDate()))
            m_calendar->setSelectedDate(event->startDate);
        showDay(m_calendar->selectedDate());
        const QModelIndex inList = m_proxy->mapFromSource(
            m_workspace->events()->index(m_workspace->events()->rowOf(id), 0));
        index = m_dayProxy->mapFromSource(inList);
    } else {
        index = m_proxy->mapFromSource(
            m_workspace->events()->index(m_workspace->events()->rowOf(id), 0));
    }
    if (!index.isValid())
        return; // filtered out
    table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    table->setCurrentIndex(index);
    table->scrollTo(index);
}

void EventsView::showDay(QDate day)
{
    m_dayProxy->setPeriod(day, day);
    updateDayList();
}

void EventsView::updateDayList()
{
    const int count = m_dayProxy->rowCount();
    const QString date = QLocale().toString(m_dayProxy->periodFrom(), QLocale::LongFormat);
    m_dayTitle->setText(count == 0 ? tr("No events on %1").arg(date)
                                   : tr("%n event(s) on %1", nullptr, count).arg(date));
    // Something is always selected on a day with events, so the details have a subject.
    if (count > 0 && !m_dayTable->selectionModel()->hasSelection())
        m_dayTable->selectRow(0);
}

void EventsView::calendarActivated(QDate day)
{
    showDay(day);
    if (m_dayProxy->rowCount() == 0) {
        newEventOn(day);
        return;
    }
    if (!m_dayTable->selectionModel()->hasSelection())
        m_dayTable->selectRow(0);
    editSelected();
}

void EventsView::focusSearch()
{
    m_filters->focusSearch();
}

void EventsView::showPartnerEvents(const QString &partnerId)
{
    m_proxy->clearFilters();
    m_proxy->setPartnerFilter(partnerId);
    setMode(Mode::List);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

QList<PartnerChooser::Entry> EventsView::partnerEntries() const
{
    QList<PartnerChooser::Entry> entries;
    const PartnerTableModel *partners = m_workspace->partners();
    for (int row = 0; row < partners->rowCount(); ++row)
        entries.append({partners->partnerAt(row).id, partners->partnerAt(row).name});
    return entries;
}

bool EventsView::execute(std::unique_ptr<EventChangeCommand> command, const QString &failureTitle)
{
    QString error;
    if (!EventChangeCommand::execute(m_workspace->undoStack(), std::move(command), &error)) {
        Prompts::error()(this, failureTitle, error);
        return false;
    }
    return true;
}

void EventsView::newEvent()
{
    newEventOn(mode() == Mode::Calendar ? m_calendar->selectedDate() : QDate::currentDate());
}

void EventsView::newEventOn(QDate day)
{
    if (!hasCluster())
        return;
    Event event;
    event.clusterId = m_workspace->currentClusterId();
    event.startDate = day;
    // Looking at one partner's events, a new one is most likely that partner's too.
    if (!m_proxy->partnerFilter().isEmpty())
        event.organiserIds = {m_proxy->partnerFilter()};
    EventEditorDialog dialog(event, partnerEntries(), EventEditorDialog::Purpose::Add, this);
    dialog.setPeriodLock(m_workspace->periodLockForWarnings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Event added = dialog.event();
    added.assignMissingIds();
    if (!execute(EventChangeCommand::add(m_workspace->eventStore(), added), tr("Event not saved")))
        return;
    selectEvent(added.id);
    Q_EMIT statusMessage(tr("Added “%1”.").arg(added.displayTitle()));
}

void EventsView::editSelected()
{
    const std::optional<Event> before = selectedEvent();
    if (!before)
        return;
    EventEditorDialog dialog(*before, partnerEntries(), EventEditorDialog::Purpose::Edit, this);
    dialog.setPeriodLock(m_workspace->periodLockForWarnings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Event after = dialog.event();
    if (after == *before)
        return;
    if (execute(EventChangeCommand::edit(m_workspace->eventStore(), *before, after),
                tr("Event not saved")))
        Q_EMIT statusMessage(tr("Saved “%1”.").arg(after.displayTitle()));
}

void EventsView::duplicateSelected()
{
    const std::optional<Event> original = selectedEvent();
    if (!original)
        return;
    // The copy is a new occasion: not yet held, nobody counted.
    Event copy = *original;
    copy.id.clear();
    copy.status = EventStatus::Planned;
    copy.clearFigures();
    EventEditorDialog dialog(copy, partnerEntries(), EventEditorDialog::Purpose::Duplicate, this);
    dialog.setPeriodLock(m_workspace->periodLockForWarnings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Event added = dialog.event();
    added.assignMissingIds();
    if (!execute(EventChangeCommand::duplicate(m_workspace->eventStore(), *original, added),
                 tr("Event not saved")))
        return;
    selectEvent(added.id);
    Q_EMIT statusMessage(tr("Added “%1”.").arg(added.displayTitle()));
}

void EventsView::deleteSelected()
{
    QList<Event> events;
    for (const QString &id : selectedIds()) {
        if (const std::optional<Event> event = m_workspace->events()->event(id))
            events.append(*event);
    }
    if (events.isEmpty())
        return;
    // No point asking to confirm a delete the database will refuse.
    const PeriodLock lock = m_workspace->periodLockForWarnings();
    for (const Event &event : std::as_const(events)) {
        const QString refusal = lock.refusal(event, std::nullopt);
        if (!refusal.isEmpty()) {
            Prompts::error()(this, tr("Events not deleted"), refusal);
            return;
        }
    }
    const QString question =
        events.size() == 1
            ? tr("Delete “%1”? You can undo this with Ctrl+Z.")
                  .arg(events.constFirst().displayTitle())
            : tr("Delete %n event(s)? You can undo this with Ctrl+Z.", nullptr, int(events.size()));
    if (!Prompts::confirm()(this, tr("Delete events"), question))
        return;
    if (execute(EventChangeCommand::remove(m_workspace->eventStore(), events),
                tr("Events not deleted")))
        Q_EMIT statusMessage(tr("Deleted %n event(s).", nullptr, int(events.size())));
}

void EventsView::recordAttendance()
{
    const std::optional<Event> event = selectedEvent();
    if (!event || !EventChangeCommand::canRecordAttendance(*event))
        return;
    AttendanceDialog dialog(*event, this);
    dialog.setPeriodLock(m_workspace->periodLockForWarnings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command =
        EventChangeCommand::recordAttendance(m_workspace->eventStore(), *event, dialog.figures());
    if (execute(std::move(command), tr("Attendance not saved")))
        Q_EMIT statusMessage(tr("Recorded the attendance of “%1”.").arg(event->displayTitle()));
}

void EventsView::chooseColumns(const QPoint &globalPosition)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("eventColumnChooser"));
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(EventTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The title identifies the row, so it always stays.
        action->setEnabled(column != EventTableModel::Title);
        connect(action, &QAction::toggled, this, [this, column](bool visible) {
            m_table->horizontalHeader()->setSectionHidden(column, !visible);
            saveLayout();
        });
    }
    menu.exec(globalPosition);
}
