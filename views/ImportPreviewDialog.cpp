#include "ImportPreviewDialog.h"

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

enum Column { Line, Status, Name, Type, City, Cluster, Problems, ColumnCount };

const QString geometryKey = QStringLiteral("importPreview/geometry");

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString &fileName, const PartnerImportPlan &plan,
                                         QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_skipInvalid(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import partners – %1").arg(fileName));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidCheck"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_model->setHorizontalHeaderLabels({tr("Line"), tr("Status"), tr("Name"), tr("Type"),
                                        tr("City"), tr("Cluster"), tr("Problems")});
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    // Problems wrap onto more lines when the column narrows.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents);
    m_table->setSortingEnabled(true);

    m_skipInvalid->setText(tr("&Skip the rows with problems and import the others"));
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportPreviewDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_buttons);

    fill();
    updateButtons();
    resize(900, 560);
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
}

ImportPreviewDialog::~ImportPreviewDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

bool ImportPreviewDialog::skipInvalid() const
{
    return m_skipInvalid->isChecked();
}

void ImportPreviewDialog::fill()
{
    const QLocale locale;
    const QColor badBackground(0xfd, 0xe7, 0xe9);
    for (const PartnerImportRow &row : std::as_const(m_plan.rows)) {
        QStringList problems;
        for (const CsvRowError &error : row.errors)
            problems.append(error.column.isEmpty() ? error.message
                                                   : tr("%1: %2").arg(error.column, error.message));
        problems += row.warnings;

        QList<QStandardItem *> items;
        auto *line = new QStandardItem(locale.toString(row.line));
        line->setData(row.line, Qt::UserRole);
        items << line << new QStandardItem(row.isValid() ? tr("OK") : tr("Problem"))
              << new QStandardItem(row.partner.name)
              << new QStandardItem(row.isValid() ? PartnerVocabulary::label(row.partner.type)
                                                 : QString())
              << new QStandardItem(row.partner.city) << new QStandardItem(row.clusterName)
              << new QStandardItem(problems.join(QLatin1Char('\n')));
        if (!row.isValid()) {
            for (QStandardItem *item : std::as_const(items)) {
                item->setBackground(badBackground);
                item->setForeground(QColor(0x5f, 0x10, 0x10));
                item->setToolTip(problems.join(QLatin1Char('\n')));
            }
        }
        m_model->appendRow(items);
    }
    m_model->setSortRole(Qt::UserRole);
    for (int column = Line; column < Problems; ++column)
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(Name, qMin(m_table->columnWidth(Name), 280));
    m_table->setColumnWidth(Cluster, qMin(m_table->columnWidth(Cluster), 200));
    m_table->resizeRowsToContents();

    QString summary;
    if (!m_plan.fileError.isEmpty()) {
        summary = tr("This file cannot be imported: %1").arg(m_plan.fileError);
    } else {
        summary = tr("%n row(s) can be imported", nullptr, m_plan.validCount());
        if (m_plan.invalidCount() > 0)
            summary += QStringLiteral("; ") + tr("%n row(s) have problems (marked in red).",
                                                 nullptr, m_plan.invalidCount());
        else
            summary += QLatin1Char('.');
        summary += QStringLiteral(" ") + tr("Nothing has been written yet.");
    }
    for (const QString &warning : std::as_const(m_plan.warnings))
        summary += QStringLiteral("\n") + warning;
    m_summary->setText(summary);
    m_skipInvalid->setVisible(m_plan.invalidCount() > 0 && m_plan.validCount() > 0);
}

void ImportPreviewDialog::updateButtons()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Import %n partner(s)", nullptr, m_plan.validCount()));
    ok->setEnabled(m_plan.canImport(m_skipInvalid->isChecked()));
}
