#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct EventImportPlan;
struct PartnerImportPlan;

// What an import preview shows, whatever is being imported: one line per row of the file with a
// few identifying cells and its problems, and what the import button says.
struct ImportPreview
{
    struct Row
    {
        int line = 0;
        bool valid = true;
        QStringList cells; // one per column title
        QStringList problems;
    };

    QString windowTitle;
    QStringList columnTitles; // between "Line, Status" and "Problems"
    QList<Row> rows;
    QString fileError;
    QStringList warnings;
    std::function<QString(int validCount)> importButtonText;

    int validCount() const;
    int invalidCount() const { return int(rows.size()) - validCount(); }
    bool canImport(bool skipInvalid) const;

    static ImportPreview forPartners(const QString &fileName, const PartnerImportPlan &plan);
    static ImportPreview forEvents(const QString &fileName, const EventImportPlan &plan);
};

// Texts of the import previews.
class ImportPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
    // "column: reason" lines of a row's errors followed by its warnings.
    template<typename Row>
    static QStringList problems(const Row &row)
    {
        QStringList lines;
        for (const auto &error : row.errors)
            lines.append(error.column.isEmpty() ? error.message
                                                : tr("%1: %2").arg(error.column, error.message));
        return lines + row.warnings;
    }
};
