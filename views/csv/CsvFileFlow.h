#pragma once

#include "models/csv/CsvImport.h"
#include "models/csv/ImportPreview.h"
#include "views/csv/ImportPreviewDialog.h"

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
    // makePlan(path, intoCurrentCluster) plans the file; currentCluster names the cluster on show.
    // A file that names one cluster other than it (an export of another cluster) goes into the
    // cluster on show by default; the preview offers the choice whenever the file names a
    // cluster other than the one on show.
    template<typename MakePlan, typename Preview, typename Import>
    int importFile(const QString &title, const QString &failureTitle, const QString &currentCluster,
                   MakePlan makePlan, Preview preview, Import import) const
    {
        const QString path = chooseFileToImport(title);
        if (path.isEmpty())
            return -1;
        const QString fileName = QFileInfo(path).fileName();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto plan = makePlan(path, false);
        QApplication::restoreOverrideCursor();
        const QStringList others = otherClustersNamed(plan.rows, currentCluster);
        ClusterChoice choice;
        if (!currentCluster.isEmpty() && !others.isEmpty()) {
            choice.currentCluster = currentCluster;
            choice.namedInFile = others;
            choice.intoCurrent = others.size() == 1;
            choice.replan = [&](bool intoCurrent) {
                QApplication::setOverrideCursor(Qt::WaitCursor);
                plan = makePlan(path, intoCurrent);
                QApplication::restoreOverrideCursor();
                return preview(fileName, plan);
            };
            if (choice.intoCurrent)
                plan = makePlan(path, true);
        }
        if (!previewAccepted(preview(fileName, plan), choice))
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
    // The clusters the rows name other than current, as the file writes them, each once.
    template<typename Row>
    static QStringList otherClustersNamed(const QList<Row> &rows, const QString &current)
    {
        QStringList names;
        for (const Row &row : rows) {
            if (!row.clusterName.isEmpty() &&
                row.clusterName.compare(current, Qt::CaseInsensitive) != 0 &&
                !names.contains(row.clusterName, Qt::CaseInsensitive))
                names.append(row.clusterName);
        }
        return names;
    }
    bool previewAccepted(const ImportPreview &preview, const ClusterChoice &choice) const;
    void showFailure(const QString &title, const QString &message) const;

    QWidget *m_parent;
};
