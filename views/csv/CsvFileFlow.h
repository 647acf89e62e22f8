#pragma once

#include "models/csv/CsvImport.h"
#include "models/csv/ImportPreview.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QString>

#include <functional>

class QWidget;

// The file steps of a section's imports and exports (the partners' and the events' CSV files,
// the events' calendar): choose the file, show what an import would do before anything is
// written, say why it failed. The section supplies what is read or written and reports what was
// done.
class CsvFileFlow
{
    Q_DECLARE_TR_FUNCTIONS(CsvFileFlow)

public:
    // parent: where the dialogs open.
    explicit CsvFileFlow(QWidget *parent);

    // Italian spreadsheets expect semicolons and Italian headers; follow the window's language.
    static CsvDialect exportDialect();
    static QString csvFilter();

    // Chooses a CSV file, plans the import (nothing written), shows the preview, imports what
    // the coordinator accepted. Returns how many records were imported, or -1.
    template<typename MakePlan, typename Preview, typename Import>
    int importFile(const QString &title, const QString &failureTitle, MakePlan makePlan,
                   Preview preview, Import import) const
    {
        const QString path = chooseFileToImport(title);
        if (path.isEmpty())
            return -1;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto plan = makePlan(path);
        QApplication::restoreOverrideCursor();
        if (!previewAccepted(preview(QFileInfo(path).fileName(), plan)))
            return -1;
        QString error;
        if (!import(plan, &error)) {
            showFailure(failureTitle, error);
            return -1;
        }
        return plan.validCount();
    }

    // Chooses the file and writes it; returns the path written, or an empty string.
    QString exportFile(const QString &title, const QString &suggestedName, const QString &filter,
                       const QString &failureTitle,
                       const std::function<bool(const QString &path, QString *error)> &write) const;

private:
    QString chooseFileToImport(const QString &title) const;
    bool previewAccepted(const ImportPreview &preview) const;
    void showFailure(const QString &title, const QString &message) const;

    QWidget *m_parent;
};
