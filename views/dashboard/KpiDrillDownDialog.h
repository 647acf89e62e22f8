#pragma once

#include "models/kpi/Kpi.h"
#include "models/storage/Result.h"

#include <QDialog>
#include <QHash>

class KpiCalculator;
class KpiDrillDownModel;
class QLabel;
class QPushButton;
class QTableView;
struct KpiDrillDown;

// The partners or held events behind a number of the dashboard, in a sortable table under a
// title that states the rule that chose them. A record of the cluster on show can be opened in
// its section.
class KpiDrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KpiDrillDownDialog(QWidget *parent = nullptr);
    ~KpiDrillDownDialog() override;

    // Lists the rows of drillDown; currentClusterId is the cluster whose records can be opened.
    // When the rows (or the partner names) cannot be read, the rows shown stay under a message
    // that says why.
    void setDrillDown(const KpiDrillDown &drillDown, const KpiCalculator &calculator,
                      const QHash<QString, QString> &clusterNames,
                      const Result<QHash<QString, QString>> &partnerNames,
                      const QString &currentClusterId);

    KpiDrillDownModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void showSelectedRecord();

Q_SIGNALS:
    void showRecordRequested(KpiSource source, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();
    // Says why the rows could not be read (empty: hides the message); rowsKept: the rows read
    // last are still shown.
    void showProblem(const QString &problem, bool rowsKept);
    QString selectedId() const;       // a record of the cluster on show, or empty
    QString selectedRecordId() const; // the selected row's record, of any cluster
    void selectRecord(const QString &id);

    KpiDrillDownModel *m_model;
    QLabel *m_title;
    QLabel *m_rule;
    QLabel *m_count;
    QLabel *m_problem;
    QTableView *m_table;
    QPushButton *m_showButton;
    QPushButton *m_closeButton;
    QString m_currentClusterId;
    bool m_loaded = false;
};
