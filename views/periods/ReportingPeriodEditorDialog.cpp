#include "views/periods/ReportingPeriodEditorDialog.h"

#include "models/common/LocaleFormat.h"
#include "views/widgets/FieldMessages.h"
#include "views/widgets/LockBanner.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString geometryKey = QStringLiteral("periodEditor/geometry");

// A field and the message under it, as one cell of a form. The message takes the whole width of
// the form, however narrow the field.
QWidget *withMessage(QWidget *field, QLabel *message)
{
    auto *cell = new QWidget;
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field);
    if (field->sizePolicy().horizontalPolicy() != QSizePolicy::Expanding)
        row->addStretch();
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(message);
    return cell;
}

QString targetText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

ReportingPeriodEditorDialog::ReportingPeriodEditorDialog(const ReportingPeriod &period,
                                                         const QList<ReportingPeriod> &others,
                                                         bool isNew, Actuals actuals,
                                                         QWidget *parent)
    : QDialog(parent)
    , m_original(period)
    , m_others(others)
    , m_isNew(isNew)
    , m_actuals(std::move(actuals))
{
    setObjectName(QStringLiteral("periodEditor"));
    if (isNew)
        setWindowTitle(tr("New reporting period"));
    else if (period.locked)
        setWindowTitle(tr("Reporting period – %1 (locked)").arg(period.name));
    else
        setWindowTitle(tr("Edit reporting period – %1").arg(period.name));
    buildForm();
    load(period);
    validate();
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
    m_name->setFocus();
}

ReportingPeriodEditorDialog::~ReportingPeriodEditorDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

QLabel *ReportingPeriodEditorDialog::addMessage(PeriodField field, const QString &objectName)
{
    QLabel *label = FieldMessages::createLabel(this, objectName);
    m_messages.insert(field, label);
    return label;
}

void ReportingPeriodEditorDialog::buildForm()
{
    m_lockedBanner = new LockBanner(QStringLiteral("lockedBanner"), this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Period 3, or School year 2024/25"));
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end = new QDateEdit(this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(LocaleFormat::shortDateFormat());
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [this, form](const QString &text, QWidget *field, QWidget *cell) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, cell);
    };
    addRow(tr("&Name:"), m_name,
           withMessage(m_name, addMessage(PeriodField::Name, QStringLiteral("nameMessage"))));
    addRow(tr("&First day:"), m_start,
           withMessage(m_start, addMessage(PeriodField::Start, QStringLiteral("startMessage"))));
    addRow(tr("&Last day:"), m_end,
           withMessage(m_end, addMessage(PeriodField::End, QStringLiteral("endMessage"))));

    auto *targets = new QGroupBox(tr("Targets"), this);
    targets->setObjectName(QStringLiteral("targetsGroup"));
    m_hint = new QLabel(tr("What the cluster aims to reach over the whole period, as the funder "
                           "agreed it. Leave a KPI empty if it has no target."),
                        targets);
    m_hint->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    auto *targetTitle = new QLabel(tr("Target"), targets);
    m_actualsTitle = new QLabel(tr("Reached in these dates"), targets);
    m_actualsTitle->setObjectName(QStringLiteral("actualsTitle"));
    QFont bold = targetTitle->font();
    bold.setBold(true);
    targetTitle->setFont(bold);
    m_actualsTitle->setFont(bold);
    grid->addWidget(targetTitle, 0, 1);
    grid->addWidget(m_actualsTitle, 0, 2);
    int gridRow = 1;
    for (const KpiDefinition &kpi : KpiCatalogue::all()) {
        TargetRow row{
            kpi.key, new QLineEdit(targets), new QLabel(targets),
            FieldMessages::createLabel(targets, QStringLiteral("target_%1Message").arg(kpi.key))};
        row.edit->setObjectName(QStringLiteral("target_%1Edit").arg(kpi.key));
        row.edit->setAlignment(Qt::AlignRight);
        row.edit->setPlaceholderText(tr("no target"));
        row.edit->setMaximumWidth(row.edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
        row.actual->setObjectName(QStringLiteral("target_%1Actual").arg(kpi.key));
        auto *label = new QLabel(kpi.label() + QLatin1Char(':'), targets);
        label->setBuddy(row.edit);
        grid->addWidget(label, gridRow, 0);
        grid->addWidget(row.edit, gridRow, 1);
        grid->addWidget(row.actual, gridRow, 2);
        grid->addWidget(row.message, gridRow + 1, 0, 1, 3);
        gridRow += 2;
        connect(row.edit, &QLineEdit::textChanged, this, &ReportingPeriodEditorDialog::validate);
        m_targets.append(row);
    }
    grid->setColumnStretch(2, 1);
    auto *targetsLayout = new QVBoxLayout(targets);
    targetsLayout->addWidget(m_hint);
    targetsLayout->addSpacing(4);
    targetsLayout->addLayout(grid);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lockedBanner);
    layout->addLayout(form);
    layout->addWidget(targets, 1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ReportingPeriodEditorDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &ReportingPeriodEditorDialog::validate);
    connect(m_end, &QDateEdit::dateChanged, this, &ReportingPeriodEditorDialog::validate);
    resize(640, 0);
}

void ReportingPeriodEditorDialog::load(const ReportingPeriod &period)
{
    m_name->setText(period.name);
    m_start->setDate(period.start);
    m_end->setDate(period.end);
    for (const TargetRow &row : std::as_const(m_targets)) {
        const auto it = period.targets.constFind(row.key);
        row.edit->setText(it == period.targets.cend() ? QString() : targetText(*it));
    }

    if (!period.locked)
        return;
    // Reported figures stay as they were sent: everything can be read, nothing changed.
    m_lockedBanner->setMessage(
        tr("<b>This period is locked because it has been reported.</b> Its name, dates and "
           "targets cannot change, and neither can the events and partners that count towards "
           "its KPIs. If a correction is needed, close this window, select the period in the "
           "list and choose <i>Unlock</i>; lock it again once the correction is made."));
    m_hint->setVisible(false);
    m_name->setReadOnly(true);
    m_start->setReadOnly(true);
    m_end->setReadOnly(true);
    for (const TargetRow &row : std::as_const(m_targets))
        row.edit->setReadOnly(true);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}

ReportingPeriod ReportingPeriodEditorDialog::period() const
{
    ReportingPeriod period = m_original;
    period.name = m_name->text().trimmed();
    period.start = m_start->date();
    period.end = m_end->date();
    period.targets.clear();
    const QLocale locale;
    for (const TargetRow &row : m_targets) {
        std::optional<double> target;
        QString error;
        if (ReportingPeriodValidator::parseTarget(row.edit->text(), locale, &target, &error) &&
            target)
            period.targets.insert(row.key, *target);
    }
    return period;
}

void ReportingPeriodEditorDialog::validate()
{
    m_issues = ReportingPeriodValidator::validate(period(), m_others);
    const QLocale locale;
    const QList<KpiDefinition> &kpis = KpiCatalogue::all();
    for (int i = 0; i < m_targets.size(); ++i) {
        std::optional<double> target;
        QString error;
        if (ReportingPeriodValidator::parseTarget(m_targets.at(i).edit->text(), locale, &target,
                                                  &error))
            continue;
        // The message stands next to the field, but says which target it means all the same.
        m_issues.append({PeriodField::Target, PeriodIssue::Severity::Error,
                         error + QLatin1Char(' ') +
                             tr("Type the target for “%1” as a number such as %2, or leave it "
                                "empty.")
                                 .arg(kpis.at(i).label(), locale.toString(1500)),
                         i});
    }

    // An untouched new period shows no error yet, only a disabled Save.
    QList<PeriodIssue> shown = m_issues;
    if (m_isNew && !m_name->isModified())
        shown.removeIf([](const PeriodIssue &issue) { return issue.field == PeriodField::Name; });
    FieldMessages::show(m_messages, shown);
    for (int i = 0; i < m_targets.size(); ++i) {
        QList<PeriodIssue> rowIssues;
        for (const PeriodIssue &issue : std::as_const(m_issues)) {
            if (issue.field == PeriodField::Target && issue.row == i)
                rowIssues.append(issue);
        }
        FieldMessages::show(
            QHash<PeriodField, QLabel *>{{PeriodField::Target, m_targets[i].message}}, rowIssues);
    }
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Ok))
        save->setEnabled(!ReportingPeriodValidator::hasErrors(m_issues));
    updateActuals();
    growToFit();
}

void ReportingPeriodEditorDialog::growToFit()
{
    // A window's minimum size ignores how tall wrapped messages get at its width, so a message
    // that appears would be squeezed and clipped; grow to make room for it instead.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ReportingPeriodEditorDialog::updateActuals()
{
    m_actualsTitle->setVisible(bool(m_actuals));
    const QDate from = m_start->date();
    const QDate to = m_end->date();
    if (m_actualsDates != std::pair(from, to)) {
        m_actualsDates = {from, to};
        m_actualValues = m_actuals && from <= to ? m_actuals(from, to) : std::nullopt;
    }
    const std::optional<KpiValues> &values = m_actualValues;
    const ReportingPeriod edited = period();
    const QLocale locale;
    const QList<KpiDefinition> &kpis = KpiCatalogue::all();
    for (int i = 0; i < m_targets.size(); ++i) {
        QLabel *label = m_targets.at(i).actual;
        label->setVisible(bool(m_actuals));
        if (!values) {
            label->setText(QStringLiteral("–"));
            continue;
        }
        const qint64 actual = kpis.at(i).value(*values);
        const auto target = edited.targets.constFind(kpis.at(i).key);
        const std::optional<double> progress = kpiProgress(
            actual, target == edited.targets.cend() ? std::nullopt : std::optional(*target));
        label->setText(
            progress ? tr("%1 (%2% of the target)")
                           .arg(locale.toString(actual), locale.toString(qRound(*progress * 100)))
                     : locale.toString(actual));
    }
}
