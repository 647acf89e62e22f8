#pragma once

#include "models/csv/ImportPreview.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTableView;
class QStandardItemModel;

// Shows what a CSV import would do before anything is written: every row, the bad ones marked
// with their reasons, and whether the import can go ahead.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPreviewDialog(ImportPreview preview, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    bool skipInvalid() const;
    QTableView *table() const { return m_table; }

private:
    bool wrapsRows() const;
    void fill();
    void updateButtons();

    ImportPreview m_preview;
    QLabel *m_summary;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QCheckBox *m_skipInvalid;
    QDialogButtonBox *m_buttons;
};
