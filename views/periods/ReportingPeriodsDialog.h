#pragma once

#include "models/periods/ReportingPeriod.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class ReportingPeriodChangeCommand;
class Workspace;

// The reporting periods of the current cluster with their targets: add, edit, delete, lock and
// unlock them. Every change is one step on the workspace's undo stack (Ctrl+Z works here too).
class ReportingPeriodsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportingPeriodsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ReportingPeriodsDialog() override;

    QTableView *table() const { return m_table; }
    std::optional<ReportingPeriod> selectedPeriod() const;
    void selectPeriod(const QString &id);

    void newPeriod();
    void editSelected();
    void deleteSelected();
    void lockSelected();
    void unlockSelected();

private:
    bool execute(std::unique_ptr<ReportingPeriodChangeCommand> command,
                 const QString &failureTitle);
    // A new period starts the day after the latest one ends and lasts a year.
    ReportingPeriod suggestedPeriod() const;
    void updateState();

    Workspace *m_workspace;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_lock;
    QPushButton *m_unlock;
};
