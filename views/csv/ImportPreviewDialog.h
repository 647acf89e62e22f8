#pragma once

#include "models/csv/ImportPreview.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTableView;
class QStandardItemModel;

// Whether the rows of a file that names other clusters go into the cluster on show: the preview
// offers it as a check box and plans the file again when it changes.
struct ClusterChoice
{
    QString currentCluster;  // empty: no choice to offer
    QStringList namedInFile; // the other clusters the file names
    bool intoCurrent = false;
    std::function<ImportPreview(bool intoCurrent)> replan;
};

// Shows what a CSV import would do before anything is written: every row, the bad ones marked
// with their reasons, and whether the import can go ahead.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPreviewDialog(ImportPreview preview, ClusterChoice choice = {},
                                 QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    bool skipInvalid() const;
    QTableView *table() const { return m_table; }

private:
    bool wrapsRows() const;
    void fill();
    void chooseCluster(bool intoCurrent);
    void updateButtons();

    ImportPreview m_preview;
    ClusterChoice m_choice;
    QLabel *m_summary;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QCheckBox *m_intoCurrent;
    QCheckBox *m_skipInvalid;
    QDialogButtonBox *m_buttons;
};
