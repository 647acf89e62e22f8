#include "views/reports/ReportFlow.h"

#include "models/common/Translations.h"
#include "models/kpi/KpiCalculator.h"
#include "models/workspace/Workspace.h"
#include "views/reports/KpiReport.h"
#include "views/reports/KpiScopeChoice.h"
#include "views/reports/ReportDialog.h"
#include "views/widgets/Prompts.h"

#include <QApplication>
#include <QDir>

ReportFlow::ReportFlow(Workspace *workspace, QWidget *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_parent(parent)
{
}

void ReportFlow::showError(const QString &title, const QString &message)
{
    Prompts::error()(m_parent, title, message);
}

void ReportFlow::write()
{
    const QString folder = Prompts::lastFolder();
    const Result<QList<ReportingPeriod>> periods = m_workspace->reportingPeriods(QString());
    if (!periods) {
        showError(tr("Report not written"),
                  tr("The reporting periods cannot be read: %1").arg(periods.error()));
        return;
    }
    // The report starts from what the dashboard shows (or showed last).
    ReportDialog dialog(m_workspace->clusters(), m_workspace->currentClusterId(), *periods,
                        KpiScopeChoice::load(), Translations::current(), folder, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportRequest request = dialog.request();
    const KpiCalculator calculator = m_workspace->kpis();
    const std::optional<KpiScope> scope =
        calculator.resolveScope(request.clusterName, request.periodName, request.from, request.to);
    if (!scope) {
        showError(tr("Report not written"), calculator.errorMessage());
        return;
    }
    Prompts::rememberFolderOf(request.path);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    Q_EMIT statusMessage(tr("Writing the report…"), 0);
    // The report speaks its own language; the window keeps its own once it is written.
    const QString windowLanguage = Translations::current();
    if (request.language != windowLanguage)
        Translations::install(request.language);
    const Result<KpiReportData> data = m_workspace->reportData(*scope);
    QString error = data.error();
    const bool written = data && KpiReport(*data).write(request.path, &error);
    if (request.language != windowLanguage)
        Translations::install(windowLanguage);
    QApplication::restoreOverrideCursor();
    Q_EMIT statusMessage(QString(), 0);
    if (!written) {
        showError(tr("Report not written"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(request.path)),
                         8000);
}
