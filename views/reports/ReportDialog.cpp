#include "views/reports/ReportDialog.h"

#include "models/common/Clock.h"
#include "views/reports/KpiReport.h"
#include "views/widgets/Prompts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int startRole = Qt::UserRole + 1;
constexpr int endRole = Qt::UserRole + 2;
constexpr int customRole = Qt::UserRole + 3;

} // namespace

ReportDialog::ReportDialog(const QList<Cluster> &clusters, const QString &currentClusterId,
                           const QList<ReportingPeriod> &periods, const KpiScopeChoice &choice,
                           const QString &language, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_clusters(clusters)
    , m_periods(periods)
    , m_choice(choice)
    , m_folder(folder)
    , m_cluster(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_language(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Write the periodic report"));
    m_cluster->setObjectName(QStringLiteral("reportCluster"));
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_file->setObjectName(QStringLiteral("reportFile"));
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setWordWrap(true);

    for (const Cluster &cluster : clusters)
        m_cluster->addItem(cluster.name, cluster.id);
    m_cluster->addItem(tr("All clusters (project roll-up)"), QString());
    m_cluster->setCurrentIndex(choice.allClusters
                                   ? m_cluster->count() - 1
                                   : std::max(0, m_cluster->findData(currentClusterId)));

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    const QDate today = Clock::today();
    const bool customDays = choice.custom && choice.from.isValid() && choice.to.isValid();
    m_from->setDate(customDays ? choice.from : QDate(today.year(), 1, 1));
    m_to->setDate(customDays ? choice.to : QDate(today.year(), 12, 31));

    // Each language named in itself, as language menus do.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("reportBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Cluster:"), m_cluster);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("Days:"), dates);
    form->addRow(tr("&Language:"), m_language);
    // A label of a row that holds a layout needs its buddy named for its shortcut to work.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write report"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cluster, &QComboBox::currentIndexChanged, this, &ReportDialog::reloadPeriods);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportDialog::periodChosen);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            suggestFileName();
            validate();
        });
    }
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        m_fileChosen = true;
        validate();
    });
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
    reloadPeriods();
}

bool ReportDialog::isCustom() const
{
    return m_period->currentData(customRole).toBool();
}

// The periods of the chosen cluster; for every cluster, each period name once.
void ReportDialog::reloadPeriods()
{
    const QString clusterId = m_cluster->currentData().toString();
    const QString previous = m_period->currentData().toString();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    QStringList names;
    const QLocale locale;
    for (const ReportingPeriod &period : std::as_const(m_periods)) {
        if (!clusterId.isEmpty() && period.clusterId != clusterId)
            continue;
        if (names.contains(period.name, Qt::CaseInsensitive))
            continue;
        names.append(period.name);
        m_period->addItem(tr("%1 (%2 – %3)")
                              .arg(period.name, locale.toString(period.start, QLocale::ShortFormat),
                                   locale.toString(period.end, QLocale::ShortFormat)),
                          period.name);
        m_period->setItemData(m_period->count() - 1, period.start, startRole);
        m_period->setItemData(m_period->count() - 1, period.end, endRole);
    }
    m_period->addItem(tr("Other days…"), QString());
    m_period->setItemData(m_period->count() - 1, true, customRole);
    // The period chosen before (here, or on the dashboard the first time), else the one under
    // way today, else the latest.
    int index = previous.isEmpty() ? -1 : m_period->findData(previous);
    if (index < 0 && m_choice.custom)
        index = m_period->count() - 1;
    if (index < 0 && !m_choice.periodName.isEmpty()) {
        for (int row = 0; index < 0 && row < m_period->count() - 1; ++row) {
            if (m_period->itemData(row).toString().compare(m_choice.periodName,
                                                           Qt::CaseInsensitive) == 0)
                index = row;
        }
    }
    const QDate today = Clock::today();
    for (int row = 0; index < 0 && row < m_period->count() - 1; ++row) {
        if (m_period->itemData(row, startRole).toDate() <= today &&
            m_period->itemData(row, endRole).toDate() >= today)
            index = row;
    }
    if (index < 0)
        index = std::max(0, m_period->count() - 2);
    m_period->setCurrentIndex(index);
    periodChosen();
}

void ReportDialog::periodChosen()
{
    const bool custom = isCustom();
    if (!custom) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(m_period->currentData(startRole).toDate());
        m_to->setDate(m_period->currentData(endRole).toDate());
    }
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    suggestFileName();
    validate();
}

void ReportDialog::suggestFileName()
{
    if (m_fileChosen)
        return;
    const ReportRequest chosen = request();
    KpiScope scope;
    scope.clusterId = m_cluster->currentData().toString();
    scope.clusterName = chosen.clusterName;
    scope.periodName = chosen.periodName;
    scope.from = chosen.from;
    scope.to = chosen.to;
    m_file->setText(
        QDir::toNativeSeparators(QDir(m_folder).filePath(KpiReport::suggestedFileName(scope))));
}

void ReportDialog::browse()
{
    const QString path = Prompts::saveFile()(this, tr("Write the periodic report"), m_file->text(),
                                             tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    m_fileChosen = true;
    m_file->setText(QDir::toNativeSeparators(path));
    validate();
}

void ReportDialog::validate()
{
    QString message;
    const QString file = m_file->text().trimmed();
    if (isCustom() && m_from->date() > m_to->date())
        message = tr("The last day is before the first day.");
    else if (file.isEmpty())
        message = tr("Choose the file to write.");
    else if (QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        message = tr("The report is a PDF document: name the file .pdf.");
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

ReportRequest ReportDialog::request() const
{
    ReportRequest request;
    if (!m_cluster->currentData().toString().isEmpty())
        request.clusterName = m_cluster->currentText();
    if (!isCustom())
        request.periodName = m_period->currentData().toString();
    request.from = m_from->date();
    request.to = m_to->date();
    request.language = m_language->currentData().toString();
    request.path = QDir::fromNativeSeparators(m_file->text().trimmed());
    return request;
}
