#include "views/dashboard/KpiDrillDownDialog.h"

#include "models/kpi/KpiDrillDownModel.h"
#include "views/widgets/Announcement.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QString geometryKey = QStringLiteral("dashboard/drillDownGeometry");

} // namespace

KpiDrillDownDialog::KpiDrillDownDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new KpiDrillDownModel(this))
    , m_title(new QLabel(this))
    , m_rule(new QLabel(this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableView(this))
    , m_showButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("kpiDrillDownDialog"));
    m_title->setObjectName(QStringLiteral("drillDownTitle"));
    m_rule->setObjectName(QStringLiteral("drillDownRule"));
    m_count->setObjectName(QStringLiteral("drillDownCount"));
    m_problem->setObjectName(QStringLiteral("drillDownProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;")); // 6.6:1 on white
    m_problem->hide();
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_showButton->setObjectName(QStringLiteral("showRecordButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    QFont bold = m_title->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *label : {m_title, m_rule}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Long figure names ("Teacher-training students") take two lines rather than the width
    // the numbers need.
    m_table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(QFlag(Qt::AlignCenter | Qt::TextWordWrap)));
    m_table->horizontalHeader()->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 12);
    connect(m_table, &QTableView::doubleClicked, this, &KpiDrillDownDialog::showSelectedRecord);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KpiDrillDownDialog::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KpiDrillDownDialog::updateButton);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_showButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(m_showButton, &QPushButton::clicked, this, &KpiDrillDownDialog::showSelectedRecord);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_rule);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    resize(1180, 600);
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
    retranslate();
}

KpiDrillDownDialog::~KpiDrillDownDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

void KpiDrillDownDialog::setDrillDown(const KpiDrillDown &drillDown,
                                      const KpiCalculator &calculator,
                                      const QHash<QString, QString> &clusterNames,
                                      const Result<QHash<QString, QString>> &partnerNames,
                                      const QString &currentClusterId)
{
    m_currentClusterId = currentClusterId;
    // The same list again (the data changed) keeps the order the user chose.
    const KpiDrillDown &previous = m_model->drillDown();
    const bool sameList = m_loaded && previous.source == drillDown.source &&
                          previous.kpiKey == drillDown.kpiKey && previous.type == drillDown.type &&
                          previous.kind == drillDown.kind;
    // The same list that cannot be read again keeps its rows under the reason; another list is
    // shown empty under its own title, never with the rows of the previous one.
    const auto failed = [&](const QString &problem) {
        if (!sameList) {
            m_model->clear(drillDown);
            m_loaded = false;
            retranslate();
        }
        showProblem(problem, sameList);
    };
    if (!partnerNames) {
        failed(partnerNames.error());
        return;
    }
    QHeaderView *header = m_table->horizontalHeader();
    const int sortColumn = header->sortIndicatorSection();
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
    const QString selected = selectedRecordId();
    const int scrolled = m_table->verticalScrollBar()->value();
    if (const QString problem = m_model->load(calculator, drillDown, clusterNames, *partnerNames);
        !problem.isEmpty()) {
        failed(problem);
        return;
    }
    showProblem(QString(), false);
    const bool wasLoaded = m_loaded;
    m_loaded = true;

    if (sameList && wasLoaded) {
        // The same list with new data: the user's order, widths, selection and place stay.
        m_table->sortByColumn(sortColumn, sortOrder);
        m_table->setColumnHidden(m_model->clusterColumn(), !drillDown.scope.isAll());
        selectRecord(selected);
        m_table->verticalScrollBar()->setValue(scrolled);
        retranslate();
        return;
    }
    // Most useful first: a reach KPI by its figure, largest first; events by date; partners by
    // name.
    if (const std::optional<Figure> figure = drillDown.figure())
        m_table->sortByColumn(KpiDrillDownModel::figureColumn(*figure), Qt::DescendingOrder);
    else if (drillDown.source == KpiSource::Events)
        m_table->sortByColumn(KpiDrillDownModel::Start, Qt::AscendingOrder);
    else
        m_table->sortByColumn(KpiDrillDownModel::Name, Qt::AscendingOrder);
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnHidden(column, false);
    m_table->setColumnHidden(m_model->clusterColumn(), !drillDown.scope.isAll());
    // Each column as wide as its values and the longest word of its title; long titles and
    // names are cut short so that the figures stay in sight.
    const QFontMetrics metrics = header->fontMetrics();
    const int widest = fontMetrics().averageCharWidth() * 26;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width = 0;
        // Enough rows to see how wide the values run, not all of a long list.
        for (int row = 0; row < std::min(m_model->rowCount(), 500); ++row) {
            width = std::max(width, m_table->fontMetrics().horizontalAdvance(
                                        m_model->index(row, column).data().toString()));
        }
        width += 16;
        const QStringList words =
            m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char(' '));
        for (const QString &word : words)
            width = std::max(width, metrics.horizontalAdvance(word) + 28); // and the sort arrow
        header->resizeSection(column, std::min(width, widest));
    }
    header->setStretchLastSection(false);
    // The title or name takes whatever width is left, so it shows as much as the window allows.
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setSectionResizeMode(drillDown.source == KpiSource::Events
                                     ? int(KpiDrillDownModel::Title)
                                     : int(KpiDrillDownModel::Name),
                                 QHeaderView::Stretch);
    retranslate();
}

void KpiDrillDownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_table->viewport()->update();
        m_table->horizontalHeader()->viewport()->update();
    }
    QDialog::changeEvent(event);
}

void KpiDrillDownDialog::retranslate()
{
    const KpiDrillDown &drillDown = m_model->drillDown();
    const bool partners = m_model->source() == KpiSource::Partners;
    setWindowTitle(partners ? tr("Institutions behind the number")
                            : tr("Events behind the number"));
    m_title->setText(KpiDrillDownModel::title(drillDown));
    m_rule->setText(KpiDrillDownModel::rule(drillDown));
    QString count = partners ? tr("%n institution(s)", nullptr, m_model->recordCount())
                             : tr("%n held event(s)", nullptr, m_model->recordCount());
    if (const std::optional<Figure> figure = drillDown.figure()) {
        count += QStringLiteral(" · ") + tr("%1 in total: %2")
                                             .arg(EventVocabulary::label(*figure),
                                                  QLocale().toString(m_model->total(*figure)));
    }
    m_count->setText(count);
    m_showButton->setText(partners ? tr("Show in &Partners") : tr("Show in &Events"));
    m_showButton->setToolTip(
        partners ? tr("Open the selected partner in the Partners section (partners of the "
                      "cluster on show only)")
                 : tr("Open the selected event in the Events section (events of the cluster on "
                      "show only)"));
    m_closeButton->setText(tr("Close"));
}

void KpiDrillDownDialog::showProblem(const QString &problem, bool rowsKept)
{
    m_problem->setText(problem.isEmpty() ? QString()
                       : rowsKept
                           ? tr("The rows shown are the last ones read: the list cannot be read "
                                "again now. %1")
                                 .arg(problem)
                           : tr("The list cannot be read: %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        Announcement::alert(m_problem);
}

QString KpiDrillDownDialog::selectedRecordId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.constFirst().data(KpiDrillDownModel::IdRole).toString()
                            : QString();
}

void KpiDrillDownDialog::selectRecord(const QString &id)
{
    if (id.isEmpty())
        return;
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), KpiDrillDownModel::IdRole, id, 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_table->selectRow(found.constFirst().row());
}

QString KpiDrillDownDialog::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || rows.constFirst().data(KpiDrillDownModel::TotalRowRole).toBool())
        return {};
    const QModelIndex row = rows.constFirst();
    if (row.data(KpiDrillDownModel::ClusterIdRole).toString() != m_currentClusterId)
        return {};
    return row.data(KpiDrillDownModel::IdRole).toString();
}

void KpiDrillDownDialog::updateButton()
{
    m_showButton->setEnabled(!selectedId().isEmpty());
}

void KpiDrillDownDialog::showSelectedRecord()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        Q_EMIT showRecordRequested(m_model->source(), id);
}
