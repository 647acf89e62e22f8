#include "views/partners/PartnersView.h"

#include "models/common/Clock.h"
#include "models/events/EventTableModel.h"
#include "models/partners/PartnerChangeCommand.h"
#include "models/partners/PartnerFilterProxyModel.h"
#include "models/partners/PartnerTableModel.h"
#include "models/periods/PeriodLock.h"
#include "models/workspace/Workspace.h"
#include "views/csv/CsvFileFlow.h"
#include "views/partners/PartnerDetailsPanel.h"
#include "views/partners/PartnerEditorDialog.h"
#include "views/widgets/ColumnChooser.h"
#include "views/widgets/EmptyState.h"
#include "views/widgets/Icons.h"
#include "views/widgets/Prompts.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString headerKey = QStringLiteral("partners/header");
const QString splitterKey = QStringLiteral("partners/splitter");

} // namespace

PartnersView::PartnersView(Workspace *workspace, QWidget *parent)
    : Section(parent)
    , m_workspace(workspace)
    , m_proxy(new PartnerFilterProxyModel(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyPage(new EmptyState(this))
    , m_emptyNewCluster(m_emptyPage->addButton(QStringLiteral("emptyNewClusterButton")))
    , m_emptyDemo(m_emptyPage->addButton(QStringLiteral("emptyDemoButton")))
    , m_search(new QLineEdit(this))
    , m_typeFilter(new QComboBox(this))
    , m_membershipFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(this))
    , m_details(new PartnerDetailsPanel(this))
{
    setObjectName(QStringLiteral("partnersView"));
    m_proxy->setSourceModel(workspace->partners());

    // Empty state: no cluster yet.
    m_emptyPage->setObjectName(QStringLiteral("partnersEmptyState"));
    m_emptyPage->titleLabel()->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyPage->textLabel()->setObjectName(QStringLiteral("emptyText"));
    connect(m_emptyNewCluster, &QPushButton::clicked, this, &PartnersView::newClusterRequested);
    connect(m_emptyDemo, &QPushButton::clicked, this, &PartnersView::demoRequested);

    // Register: filters, table, details.
    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_search->setClearButtonEnabled(true);
    m_typeFilter->setObjectName(QStringLiteral("partnerTypeFilter"));
    m_typeFilter->addItem(QString());
    for (PartnerType type : PartnerVocabulary::types())
        m_typeFilter->addItem(QString(), int(type));
    m_membershipFilter->setObjectName(QStringLiteral("membershipFilter"));
    m_membershipFilter->addItem(QString(),
                                QVariant::fromValue(PartnerFilterProxyModel::Membership::Current));
    m_membershipFilter->addItem(QString(),
                                QVariant::fromValue(PartnerFilterProxyModel::Membership::Former));
    m_membershipFilter->addItem(QString(),
                                QVariant::fromValue(PartnerFilterProxyModel::Membership::All));
    m_count->setObjectName(QStringLiteral("partnerCount"));

    connect(m_search, &QLineEdit::textChanged, m_proxy, &PartnerFilterProxyModel::setSearchText);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant type = m_typeFilter->currentData();
        m_proxy->setTypeFilter(type.isValid() ? std::optional(PartnerType(type.toInt()))
                                              : std::nullopt);
    });
    connect(m_membershipFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMembership(
            m_membershipFilter->currentData().value<PartnerFilterProxyModel::Membership>());
    });
    m_proxy->setMembership(PartnerFilterProxyModel::Membership::Current);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_typeFilter, 1);
    filters->addWidget(m_membershipFilter, 1);
    filters->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("partnerTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PartnerTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    // The name identifies the row, so the chooser always keeps it.
    m_columns = new ColumnChooser(m_table, PartnerTableModel::Name, headerKey,
                                  QStringLiteral("columnChooser"));
    connect(m_columns, &ColumnChooser::columnsChosen, this, &PartnersView::saveLayout);
    connect(m_table, &QTableView::doubleClicked, this, &PartnersView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    });
    connect(this, &Section::selectionChanged, this, &PartnersView::updateActions);
    createActions();

    m_splitter->setObjectName(QStringLiteral("partnersSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *registerPage = new QWidget(this);
    auto *registerLayout = new QVBoxLayout(registerPage);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    registerLayout->addLayout(filters);
    registerLayout->addWidget(m_splitter, 1);

    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(registerPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);

    // The count says "shown of all": a partner added or removed behind the filter changes the
    // total although the proxy shows no change (connected after the proxy, so it runs after it).
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &PartnersView::updateCount);
        connect(workspace->partners(), signal, this, &PartnersView::updateCount);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PartnersView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PartnersView::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &PartnersView::updateDetails);
    // The details count the partner's events.
    EventTableModel *events = workspace->events();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(events, signal, this, &PartnersView::updateDetails);
    connect(events, &QAbstractItemModel::modelReset, this, &PartnersView::updateDetails);
    connect(events, &QAbstractItemModel::dataChanged, this, &PartnersView::updateDetails);
    connect(m_details, &PartnerDetailsPanel::showEventsRequested, this,
            [this](const QString &id) { Q_EMIT linkActivated(Link::EventsOfPartner, id); });
    connect(workspace, &Workspace::currentClusterChanged, this, &PartnersView::updateEmptyState);
    connect(workspace, &Workspace::clustersChanged, this, &PartnersView::updateEmptyState);

    // Columns a coordinator rarely sorts on start hidden (the details beside the table show
    // them); the chooser brings them back.
    for (int column :
         {PartnerTableModel::Address, PartnerTableModel::Website, PartnerTableModel::Email,
          PartnerTableModel::Phone, PartnerTableModel::LeftOn, PartnerTableModel::Notes})
        header->hideSection(column);
    // Vocabulary columns as wide as their longest word in the window's language, so that the
    // register fits the default window without scrolling sideways.
    const QFontMetrics metrics(m_table->font());
    const auto widest = [&metrics](const QStringList &labels) {
        int width = 0;
        for (const QString &label : labels)
            width = std::max(width, metrics.horizontalAdvance(label));
        return width + 16;
    };
    QStringList types;
    for (PartnerType type : PartnerVocabulary::types())
        types.append(PartnerVocabulary::label(type));
    QStringList levels;
    for (SchoolLevel level : PartnerVocabulary::schoolLevels())
        levels.append(PartnerVocabulary::label(level));
    m_table->setColumnWidth(PartnerTableModel::Name, 230);
    m_table->setColumnWidth(PartnerTableModel::Type, widest(types));
    m_table->setColumnWidth(PartnerTableModel::SchoolLevel, widest(levels));
    m_table->setColumnWidth(PartnerTableModel::City, 110);
    for (int column : {PartnerTableModel::JoinedOn, PartnerTableModel::Contacts})
        m_table->setColumnWidth(
            column,
            metrics.horizontalAdvance(
                m_proxy->headerData(column, Qt::Horizontal).toString().remove(QLatin1Char('&'))) +
                24);
    m_table->setColumnWidth(PartnerTableModel::Email, 220);
    restoreLayout();
    retranslate();
    updateEmptyState();
}

PartnersView::~PartnersView()
{
    saveLayout();
}

void PartnersView::createActions()
{
    const auto edits = Place::EditMenu | Place::EditToolBar;
    const auto files = Place::FileMenu | Place::FileToolBar;
    m_newAction = createAction(
        "newPartnerAction", "partner-add", edits, QT_TR_NOOP("&New partner…"), QT_TR_NOOP("New"),
        QT_TR_NOOP("Add a partner to the register (Ctrl+N)"), {QKeySequence::New});
    m_editAction =
        createAction("editPartnerAction", "partner-edit", edits, QT_TR_NOOP("&Edit partner…"),
                     QT_TR_NOOP("Edit"), QT_TR_NOOP("Edit the selected partner (Enter)"),
                     {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_deleteAction =
        createAction("deletePartnerAction", "partner-delete", edits, QT_TR_NOOP("&Delete partner"),
                     QT_TR_NOOP("Delete"), QT_TR_NOOP("Delete the selected partners (Del)"),
                     {QKeySequence::Delete});
    m_showEventsAction = createAction(
        "showPartnerEventsAction", "events", Place::EditMenu, QT_TR_NOOP("&Show events"), nullptr,
        QT_TR_NOOP("Show the events the selected partner organised or took part in"));
    m_importAction = createAction("importAction", "import", files, QT_TR_NOOP("&Import partners…"),
                                  nullptr, QT_TR_NOOP("Import partners from a CSV file (Ctrl+I)"),
                                  {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_exportAction =
        createAction("exportAction", "export", files, QT_TR_NOOP("E&xport partners…"), nullptr,
                     QT_TR_NOOP("Export the cluster's partners to a CSV file (Ctrl+E)"),
                     {QKeySequence(Qt::CTRL | Qt::Key_E)});
    connect(m_newAction, &QAction::triggered, this, &PartnersView::newPartner);
    connect(m_editAction, &QAction::triggered, this, &PartnersView::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &PartnersView::deleteSelected);
    connect(m_showEventsAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT linkActivated(Link::EventsOfPartner, ids.constFirst());
    });
    connect(m_importAction, &QAction::triggered, this, &PartnersView::importPartners);
    connect(m_exportAction, &QAction::triggered, this, &PartnersView::exportPartners);
    // Return and Delete act on the table while it has focus, not on a filter field; the same
    // actions make the table's context menu.
    for (QAction *action : {m_editAction, m_deleteAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addActions({m_editAction, m_deleteAction, m_showEventsAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void PartnersView::updateActions()
{
    const bool cluster = hasCluster();
    const int selected = int(selectedIds().size());
    m_newAction->setEnabled(isCurrent() && cluster);
    m_editAction->setEnabled(isCurrent() && selected == 1);
    m_deleteAction->setEnabled(isCurrent() && selected > 0);
    m_showEventsAction->setEnabled(isCurrent() && selected == 1);
    m_importAction->setEnabled(cluster);
    m_exportAction->setEnabled(cluster);
}

QString PartnersView::title() const
{
    return tr("Partners");
}

QIcon PartnersView::icon() const
{
    return Icons::keepingColours("partners");
}

void PartnersView::saveLayout() const
{
    m_columns->save();
    QSettings().setValue(splitterKey, m_splitter->saveState());
}

void PartnersView::restoreLayout()
{
    m_columns->restore();
    if (!m_splitter->restoreState(QSettings().value(splitterKey).toByteArray()))
        m_splitter->setSizes({720, 280});
}

void PartnersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Section::changeEvent(event);
}

void PartnersView::retranslate()
{
    m_emptyPage->setTexts(tr("No cluster yet"),
                          tr("LEC Desk keeps the register of your cluster's member institutions. "
                             "Create your cluster to start, or load a fictional demo cluster to "
                             "look around."));
    m_emptyNewCluster->setText(tr("New cluster…"));
    m_emptyDemo->setText(tr("Load demo data"));
    m_search->setPlaceholderText(tr("Search name, city, e-mail, contacts… (Ctrl+F)"));
    m_typeFilter->setItemText(0, tr("All types"));
    for (int i = 1; i < m_typeFilter->count(); ++i)
        m_typeFilter->setItemText(
            i, PartnerVocabulary::label(PartnerType(m_typeFilter->itemData(i).toInt())));
    m_membershipFilter->setItemText(0, tr("Current members"));
    m_membershipFilter->setItemText(1, tr("Former members"));
    m_membershipFilter->setItemText(2, tr("Current and former"));
    updateCount();
}

bool PartnersView::hasCluster() const
{
    return !m_workspace->currentClusterId().isEmpty();
}

void PartnersView::updateEmptyState()
{
    m_pages->setCurrentIndex(hasCluster() ? 1 : 0);
    updateCount();
    updateActions();
}

void PartnersView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_workspace->partners()->rowCount();
    m_count->setText(
        shown == total ? tr("%n partner(s)", nullptr, total)
                       : tr("%1 of %n partner(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void PartnersView::updateDetails()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        m_details->showPartner(std::nullopt);
        return;
    }
    m_details->showPartner(m_workspace->partners()->partner(ids.constFirst()),
                           m_workspace->events()->countForPartner(ids.constFirst()));
}

QStringList PartnersView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(PartnerTableModel::IdRole).toString());
    return ids;
}

void PartnersView::selectPartner(const QString &id)
{
    const int sourceRow = m_workspace->partners()->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_workspace->partners()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void PartnersView::clearFilters()
{
    m_search->clear();
    m_typeFilter->setCurrentIndex(0);
    m_membershipFilter->setCurrentIndex(m_membershipFilter->findData(
        QVariant::fromValue(PartnerFilterProxyModel::Membership::All)));
}

bool PartnersView::canSearch() const
{
    return true;
}

void PartnersView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PartnersView::newPartner()
{
    if (!hasCluster())
        return;
    Partner partner;
    partner.clusterId = m_workspace->currentClusterId();
    partner.joinedOn = Clock::today();
    PartnerEditorDialog dialog(partner, m_workspace->partners()->otherNames(QString()), true, this);
    dialog.setPeriodLock(m_workspace->periodLockForWarnings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Partner added = dialog.partner();
    added.assignMissingIds();
    auto command =
        PartnerChangeCommand::add(m_workspace->partnerStore(), {added},
                                  [name = added.name] { return tr("Add “%1”").arg(name); });
    QString error;
    if (!PartnerChangeCommand::execute(m_workspace->undoStack(), std::move(command), &error)) {
        Prompts::error()(this, tr("Partner not saved"), error);
        return;
    }
    selectPartner(added.id);
    Q_EMIT statusMessage(tr("Added “%1”.").arg(added.name));
}

void PartnersView::editSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const std::optional<Partner> before = m_workspace->partners()->partner(ids.constFirst());
    if (!before)
        return;
    PartnerEditorDialog dialog(*before, m_workspace->partners()->otherNames(before->id), false,
                               this);
    dialog.setPeriodLock(m_workspace->periodLockForWarnings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Partner after = dialog.partner();
    if (after == *before)
        return;
    QString error;
    if (!PartnerChangeCommand::execute(
            m_workspace->undoStack(),
            PartnerChangeCommand::edit(m_workspace->partnerStore(), *before, after), &error)) {
        Prompts::error()(this, tr("Partner not saved"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Saved “%1”.").arg(after.name));
}

void PartnersView::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QList<Partner> partners;
    for (const QString &id : ids) {
        if (const std::optional<Partner> partner = m_workspace->partners()->partner(id))
            partners.append(*partner);
    }
    // No point asking to confirm a delete the database will refuse.
    const PeriodLock lock = m_workspace->periodLockForWarnings();
    for (const Partner &partner : std::as_const(partners)) {
        const QString refusal = lock.refusal(partner, std::nullopt);
        if (!refusal.isEmpty()) {
            Prompts::error()(this, tr("Partners not deleted"),
                             refusal + QStringLiteral("\n\n") +
                                 tr("To record that a partner has left the cluster, give its "
                                    "“left on” date instead of deleting it."));
            return;
        }
    }
    const QString question =
        partners.size() == 1
            ? tr("Delete “%1” and its contact persons from the register? You can undo this with "
                 "Ctrl+Z.")
                  .arg(partners.constFirst().name)
            : tr("Delete %n partner(s) and their contact persons from the register? You can undo "
                 "this with Ctrl+Z.",
                 nullptr, int(partners.size()));
    if (!Prompts::confirm()(this, tr("Delete %n partner(s)", nullptr, int(partners.size())),
                            question))
        return;
    QString error;
    if (!PartnerChangeCommand::execute(
            m_workspace->undoStack(),
            PartnerChangeCommand::remove(m_workspace->partnerStore(), partners), &error)) {
        Prompts::error()(this, tr("Partners not deleted"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Deleted %n partner(s).", nullptr, int(partners.size())));
}

bool PartnersView::canChooseColumns() const
{
    return hasCluster();
}

void PartnersView::chooseColumns()
{
    m_columns->exec();
}

bool PartnersView::opens(Link link) const
{
    return link == Link::Partner;
}

void PartnersView::open(Link, const QString &id)
{
    selectPartner(id);
    if (selectedIds() != QStringList{id}) {
        // Hidden by a filter: clear the filters rather than show nothing.
        clearFilters();
        selectPartner(id);
    }
}

void PartnersView::importPartners()
{
    const int imported = CsvFileFlow(this).importFile(
        tr("Import partners"), tr("Partners not imported"),
        m_workspace->currentCluster().value_or(Cluster()).name,
        [this](const QString &path, bool intoCurrent) {
            return m_workspace->planPartnerImport(path, intoCurrent);
        },
        &ImportPreview::forPartners,
        [this](const PartnerImportPlan &plan, QString *error) {
            return m_workspace->importPartners(plan, error);
        });
    if (imported < 0)
        return;
    Q_EMIT statusMessage(
        tr("Imported %n partner(s). Undo (Ctrl+Z) takes the import back.", nullptr, imported),
        8000);
}

void PartnersView::exportPartners()
{
    const std::optional<Cluster> cluster = m_workspace->currentCluster();
    if (!cluster)
        return;
    const QString path = CsvFileFlow(this).exportFile(
        tr("Export partners"), tr("%1 - partners.csv").arg(cluster->name), CsvFileFlow::csvFilter(),
        tr("Partners not exported"), [this](const QString &file, QString *error) {
            return m_workspace->exportPartners(file, CsvFileFlow::exportDialect(), error);
        });
    if (path.isEmpty())
        return;
    Q_EMIT statusMessage(
        tr("Exported %n partner(s) to %1.", nullptr, m_workspace->partners()->rowCount())
            .arg(QDir::toNativeSeparators(path)),
        8000);
}
