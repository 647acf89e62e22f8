#include "views/csv/CsvFileFlow.h"

#include "models/common/Translations.h"
#include "views/csv/ImportPreviewDialog.h"
#include "views/widgets/Prompts.h"

CsvFileFlow::CsvFileFlow(QWidget *parent)
    : m_parent(parent)
{
}

CsvDialect CsvFileFlow::exportDialect()
{
    return Translations::current() == QLatin1String("it") ? CsvDialect::Italian
                                                          : CsvDialect::English;
}

QString CsvFileFlow::csvFilter()
{
    return tr("CSV files (*.csv)");
}

QString CsvFileFlow::chooseFileToImport(const QString &title) const
{
    return Prompts::chooseFileToRead(m_parent, title, tr("CSV files (*.csv *.txt);;All files (*)"));
}

bool CsvFileFlow::previewAccepted(const ImportPreview &preview, const ClusterChoice &choice) const
{
    ImportPreviewDialog dialog(preview, choice, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

void CsvFileFlow::showFailure(const QString &title, const QString &message) const
{
    Prompts::error()(m_parent, title, message);
}

QString
CsvFileFlow::exportFile(const QString &title, const QString &suggestedName, const QString &filter,
                        const QString &failureTitle,
                        const std::function<bool(const QString &path, QString *error)> &write) const
{
    const QString path = Prompts::chooseFileToWrite(m_parent, title, suggestedName, filter);
    if (path.isEmpty())
        return {};
    QString error;
    if (!write(path, &error)) {
        showFailure(failureTitle, error);
        return {};
    }
    return path;
}
