#include "views/events/EventsView.h"

#include "models/common/Clock.h"
#include "models/events/EventChangeCommand.h"
#include "models/events/EventFilterProxyModel.h"
#include "models/events/EventTableModel.h"
#include "models/partners/PartnerTableModel.h"
#include "models/periods/PeriodLock.h"
#include "models/workspace/Workspace.h"
#include "views/csv/CsvFileFlow.h"
#include "views/events/AttendanceDialog.h"
#include "views/events/EventCalendar.h"
#include "views/events/EventDetailsPanel.h"
#include "views/events/EventEditorDialog.h"
#include "views/events/EventFilterBar.h"
#include "views/widgets/ColumnChooser.h"
#include "views/widgets/EmptyState.h"
#include "views/widgets/Icons.h"
#include "views/widgets/Prompts.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
    : Section(parent)
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
    // The title identifies the row, so the chooser always keeps it.
    m_columns = new ColumnChooser(m_table, EventTableModel::Title, headerKey,
                                  QStringLiteral("eventColumnChooser"));
    connect(m_columns, &ColumnChooser::columnsChosen, this, &EventsView::saveLayout);
    connect(m_table, &QTableView::doubleClicked, this, &EventsView::editSelected);

    m_modes->setObjectName(QStringLiteral("eventModeTabs"));
    m_modes->setDocumentMode(true);
    m_modes->addTab(m_table, QString());
    m_modes->addTab(buildCalendarPage(), QString());
    createActions();
    connect(this, &Section::selectionChanged, this, &EventsView::updateActions);
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
    // The count says "shown of all": an event added or removed behind the filter changes the
    // total although the proxy shows no change (connected after the proxy, so it runs after it).
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &EventsView::countChanged);
        connect(events, signal, this, &EventsView::countChanged);
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
    showDay(Clock::today());
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
    // Turning to another month takes the chosen day along, so the day's list never shows a day
    // of a month no longer on screen.
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this](int year, int month) {
        const QDate selected = m_calendar->selectedDate();
        if (selected.year() == year && selected.month() == month)
            return;
        const int days = QDate(year, month, 1).daysInMonth();
        m_calendar->setSelectedDate(QDate(year, month, std::min(selected.day(), days)));
    });

    m_dayTitle->setObjectName(QStringLiteral("eventDayTitle"));
    QFont bold = m_dayTitle->font();
    bold.setBold(true);
    m_dayTitle->setFont(bold);
    m_today->setObjectName(QStringLiteral("calendarTodayButton"));
    connect(m_today, &QPushButton::clicked, this,
            [this] { m_calendar->setSelectedDate(Clock::today()); });

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

void EventsView::createActions()
{
    const auto edits = Place::EditMenu | Place::EditToolBar;
    const auto files = Place::FileMenu | Place::FileToolBar;
    m_newAction = createAction(
        "newEventAction", "event-add", edits, QT_TR_NOOP("&New event…"), QT_TR_NOOP("New"),
        QT_TR_NOOP("Add an event or Academy course (Ctrl+N)"), {QKeySequence::New});
    m_editAction = createAction("editEventAction", "event-edit", edits, QT_TR_NOOP("&Edit event…"),
                                QT_TR_NOOP("Edit"), QT_TR_NOOP("Edit the selected event (Enter)"),
                                {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_duplicateAction = createAction(
        "duplicateEventAction", "event-duplicate", edits, QT_TR_NOOP("D&uplicate event…"),
        QT_TR_NOOP("Duplicate"),
        QT_TR_NOOP("Add a new event that starts as a copy of the selected one (Ctrl+D)"),
        {QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_attendanceAction = createAction(
        "recordAttendanceAction", "attendance", edits, QT_TR_NOOP("&Record attendance…"),
        QT_TR_NOOP("Attendance"),
        QT_TR_NOOP("Record how many took part in the selected event and mark it as held "
                   "(Ctrl+R)"),
        {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_deleteAction =
        createAction("deleteEventAction", "event-delete", edits, QT_TR_NOOP("&Delete event"),
                     QT_TR_NOOP("Delete"), QT_TR_NOOP("Delete the selected events (Del)"),
                     {QKeySequence::Delete});
    m_importAction = createAction(
        "importEventsAction", "import", files, QT_TR_NOOP("&Import events…"), nullptr,
        QT_TR_NOOP("Import events from a CSV file (Ctrl+I)"), {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_exportAction =
        createAction("exportEventsAction", "export", files, QT_TR_NOOP("E&xport events…"), nullptr,
                     QT_TR_NOOP("Export the cluster's events to a CSV file (Ctrl+E)"),
                     {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_calendarAction = createAction(
        "exportCalendarAction", "events", Place::FileMenu, QT_TR_NOOP("Export &calendar (.ics)…"),
        nullptr,
        QT_TR_NOOP("Save the events shown, with their filters, as an iCalendar file for "
                   "calendar programs (Ctrl+Shift+E)"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    connect(m_newAction, &QAction::triggered, this, &EventsView::newEvent);
    connect(m_editAction, &QAction::triggered, this, &EventsView::editSelected);
    connect(m_duplicateAction, &QAction::triggered, this, &EventsView::duplicateSelected);
    connect(m_attendanceAction, &QAction::triggered, this, &EventsView::recordAttendance);
    connect(m_deleteAction, &QAction::triggered, this, &EventsView::deleteSelected);
    connect(m_importAction, &QAction::triggered, this, &EventsView::importEvents);
    connect(m_exportAction, &QAction::triggered, this, &EventsView::exportEvents);
    connect(m_calendarAction, &QAction::triggered, this, &EventsView::exportCalendar);
    // Return and Delete act on the list that has focus, not on a filter field; the same actions
    // make the lists' context menus.
    for (QAction *action : {m_editAction, m_deleteAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    for (QTableView *table : {m_table, m_dayTable}) {
        table->addActions(
            {m_editAction, m_duplicateAction, m_attendanceAction, separator, m_deleteAction});
    }
}

void EventsView::updateActions()
{
    const bool cluster = hasCluster();
    const int selected = int(selectedIds().size());
    m_newAction->setEnabled(isCurrent() && cluster);
    m_editAction->setEnabled(isCurrent() && selected == 1);
    m_duplicateAction->setEnabled(isCurrent() && selected == 1);
    m_attendanceAction->setEnabled(isCurrent() && canRecordAttendance());
    m_deleteAction->setEnabled(isCurrent() && selected > 0);
    for (QAction *action : {m_importAction, m_exportAction, m_calendarAction})
        action->setEnabled(cluster);
}

QString EventsView::title() const
{
    return tr("Events");
}

QIcon EventsView::icon() const
{
    return Icons::keepingColours("events");
}

void EventsView::saveLayout() const
{
    QSettings settings;
    m_columns->save();
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(modeKey, mode() == Mode::Calendar ? QStringLiteral("calendar")
                                                        : QStringLiteral("list"));
}

void EventsView::restoreLayout()
{
    QSettings settings;
    m_columns->restore();
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({760, 300});
    setMode(settings.value(modeKey).toString() == QLatin1String("calendar") ? Mode::Calendar
                                                                            : Mode::List);
}

void EventsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Section::changeEvent(event);
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

bool EventsView::canSearch() const
{
    return true;
}

void EventsView::focusSearch()
{
    m_filters->focusSearch();
}

bool EventsView::canChooseColumns() const
{
    return hasCluster();
}

void EventsView::chooseColumns()
{
    m_columns->exec();
}

bool EventsView::opens(Link link) const
{
    return link == Link::Event || link == Link::EventsOfPartner;
}

void EventsView::open(Link link, const QString &id)
{
    if (link == Link::EventsOfPartner) {
        showPartnerEvents(id);
        return;
    }
    selectEvent(id);
    if (selectedIds() != QStringList{id}) {
        // Hidden by a filter: clear the filters rather than show nothing.
        m_proxy->clearFilters();
        selectEvent(id);
    }
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
    newEventOn(mode() == Mode::Calendar ? m_calendar->selectedDate() : Clock::today());
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
    if (!Prompts::confirm()(this, tr("Delete %n event(s)", nullptr, int(events.size())), question))
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

void EventsView::importEvents()
{
    const int imported = CsvFileFlow(this).importFile(
        tr("Import events"), tr("Events not imported"),
        m_workspace->currentCluster().value_or(Cluster()).name,
        [this](const QString &path, bool intoCurrent) {
            return m_workspace->planEventImport(path, intoCurrent);
        },
        &ImportPreview::forEvents,
        [this](const EventImportPlan &plan, QString *error) {
            return m_workspace->importEvents(plan, error);
        });
    if (imported < 0)
        return;
    Q_EMIT statusMessage(
        tr("Imported %n event(s). Undo (Ctrl+Z) takes the import back.", nullptr, imported), 8000);
}

void EventsView::exportEvents()
{
    const std::optional<Cluster> cluster = m_workspace->currentCluster();
    if (!cluster)
        return;
    const QString path = CsvFileFlow(this).exportFile(
        tr("Export events"), tr("%1 - events.csv").arg(cluster->name), CsvFileFlow::csvFilter(),
        tr("Events not exported"), [this](const QString &file, QString *error) {
            return m_workspace->exportEvents(file, CsvFileFlow::exportDialect(), error);
        });
    if (path.isEmpty())
        return;
    Q_EMIT statusMessage(
        tr("Exported %n event(s) to %1.", nullptr, m_workspace->events()->rowCount())
            .arg(QDir::toNativeSeparators(path)),
        8000);
}

void EventsView::exportCalendar()
{
    const std::optional<Cluster> cluster = m_workspace->currentCluster();
    if (!cluster)
        return;
    const QList<Event> events = shownEvents();
    if (events.isEmpty()) {
        Prompts::error()(this, tr("Calendar not exported"),
                         tr("No event is shown. Change or clear the filters to choose the events "
                            "for the calendar."));
        return;
    }
    const QString path = CsvFileFlow(this).exportFile(
        tr("Export calendar"), tr("%1 - events.ics").arg(cluster->name),
        tr("iCalendar files (*.ics)"), tr("Calendar not exported"),
        [this, &events](const QString &file, QString *error) {
            return m_workspace->exportCalendar(file, events, error);
        });
    if (path.isEmpty())
        return;
    Q_EMIT statusMessage(tr("Saved %n event(s) as a calendar in %1.", nullptr, int(events.size()))
                             .arg(QDir::toNativeSeparators(path)),
                         8000);
}
