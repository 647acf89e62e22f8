#include "views/csv/ImportPreviewDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The preview's own columns; the record's cells sit between Status and the problems.
enum Column { Line, Status, FirstCell };

const QString geometryKey = QStringLiteral("importPreview/geometry");

// Up to this many rows, problems wrap onto several lines and rows grow to fit them. Measuring row
// heights visits every row, so a file of 100,000 rows keeps one line per row (the full text is in
// the tooltip) and opens at once.
constexpr qsizetype wrappedRowsLimit = 2000;

} // namespace

ImportPreviewDialog::ImportPreviewDialog(ImportPreview preview, ClusterChoice choice,
                                         QWidget *parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
    , m_choice(std::move(choice))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, FirstCell + int(m_preview.columnTitles.size()) + 1, this))
    , m_intoCurrent(new QCheckBox(this))
    , m_skipInvalid(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(m_preview.windowTitle);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheck"));
    m_intoCurrent->setObjectName(QStringLiteral("intoCurrentClusterCheck"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_model->setHorizontalHeaderLabels(QStringList{tr("Line"), tr("Status")} +
                                       m_preview.columnTitles + QStringList{tr("Problems")});
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (wrapsRows()) {
        m_table->setWordWrap(true);
        m_table->setTextElideMode(Qt::ElideNone);
        // Problems wrap onto more lines when the column narrows.
        connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
                &QTableView::resizeRowsToContents);
    } else {
        m_table->setWordWrap(false);
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    }
    m_table->setSortingEnabled(true);

    m_skipInvalid->setText(tr("&Skip the rows with problems and import the others"));
    m_intoCurrent->setVisible(!m_choice.currentCluster.isEmpty());
    m_intoCurrent->setText(
        tr("Import every row into “%1”, the cluster on show").arg(m_choice.currentCluster));
    m_intoCurrent->setToolTip(
        tr("The file names: %1. Leave this unticked to import each row into the cluster it names.")
            .arg(m_choice.namedInFile.join(QStringLiteral(", "))));
    m_intoCurrent->setChecked(m_choice.intoCurrent);
    connect(m_intoCurrent, &QCheckBox::toggled, this, &ImportPreviewDialog::chooseCluster);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportPreviewDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_intoCurrent);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_buttons);

    fill();
    updateButtons();
    // Wide enough for the record's columns and a Problems column that reads in one or two lines.
    resize(1040, 600);
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
}

ImportPreviewDialog::~ImportPreviewDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

bool ImportPreviewDialog::wrapsRows() const
{
    return m_preview.rows.size() <= wrappedRowsLimit;
}

bool ImportPreviewDialog::skipInvalid() const
{
    return m_skipInvalid->isChecked();
}

void ImportPreviewDialog::chooseCluster(bool intoCurrent)
{
    if (!m_choice.replan)
        return;
    m_preview = m_choice.replan(intoCurrent);
    m_model->removeRows(0, m_model->rowCount());
    fill();
    updateButtons();
}

void ImportPreviewDialog::fill()
{
    const QLocale locale;
    const QColor badBackground(0xfd, 0xe7, 0xe9);
    for (const ImportPreview::Row &row : std::as_const(m_preview.rows)) {
        QList<QStandardItem *> items;
        auto *line = new QStandardItem(locale.toString(row.line));
        line->setData(row.line, Qt::UserRole);
        items << line << new QStandardItem(row.valid ? tr("OK") : tr("Problem"));
        for (const QString &cell : row.cells)
            items << new QStandardItem(cell);
        items << new QStandardItem(
            row.problems.join(wrapsRows() ? QStringLiteral("\n") : QStringLiteral("; ")));
        if (!row.valid) {
            for (QStandardItem *item : std::as_const(items)) {
                item->setBackground(badBackground);
                item->setForeground(QColor(0x5f, 0x10, 0x10));
                item->setToolTip(row.problems.join(QLatin1Char('\n')));
            }
        }
        m_model->appendRow(items);
    }
    m_model->setSortRole(Qt::UserRole);
    const int problemsColumn = m_model->columnCount() - 1;
    for (int column = Line; column < problemsColumn; ++column) {
        m_table->resizeColumnToContents(column);
        // Long names or titles wrap in the tooltip rather than push the problems off screen.
        if (column >= FirstCell)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 220));
    }
    if (wrapsRows())
        m_table->resizeRowsToContents();

    QString summary;
    if (!m_preview.fileError.isEmpty()) {
        summary = tr("This file cannot be imported: %1").arg(m_preview.fileError);
    } else {
        summary = tr("%n row(s) can be imported", nullptr, m_preview.validCount());
        if (m_preview.invalidCount() > 0)
            summary += QStringLiteral("; ") + tr("%n row(s) have problems (marked in red).",
                                                 nullptr, m_preview.invalidCount());
        else
            summary += QLatin1Char('.');
        summary += QStringLiteral(" ") + tr("Nothing has been written yet.");
    }
    for (const QString &warning : std::as_const(m_preview.warnings))
        summary += QStringLiteral("\n") + warning;
    m_summary->setText(summary);
    m_skipInvalid->setVisible(m_preview.invalidCount() > 0 && m_preview.validCount() > 0);
}

void ImportPreviewDialog::updateButtons()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(m_preview.importButtonText(m_preview.validCount()));
    ok->setEnabled(m_preview.canImport(m_skipInvalid->isChecked()));
}
