#pragma once

#include "models/kpi/Kpi.h"
#include "models/periods/ReportingPeriod.h"
#include "views/dashboard/KpiCharts.h"
#include "views/reports/KpiScopeChoice.h"
#include "views/shell/Section.h"

#include <QDate>
#include <QList>
#include <QTimer>

#include <map>
#include <optional>

class EmptyState;
class KpiDrillDownDialog;
class KpiTile;
class QAction;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;
class ReportFlow;
class Workspace;
struct KpiDrillDown;

// The KPI dashboard: a scope bar (this cluster or all, a reporting period or any dates), a tile
// per KPI with its target, and the three KPI charts. A tile or a bar lists the rows behind its
// number. Follows the data: an edit, undo or redo recomputes it, once, when it is on show.
// Offers the chart and KPI table exports, and the periodic report on the toolbar.
class DashboardView : public Section
{
    Q_OBJECT

public:
    explicit DashboardView(Workspace *workspace, QWidget *parent = nullptr);
    ~DashboardView() override;

    QString title() const override;
    QIcon icon() const override;

    // What the dashboard shows; nullopt without a cluster, or when the scope cannot be resolved
    // (the view says why).
    const std::optional<KpiSnapshot> &snapshot() const { return m_snapshot; }
    KpiTile *tile(const QString &key) const;
    QChartView *chartView(KpiCharts::Kind kind) const;
    QAction *exportChartAction(KpiCharts::Kind kind) const;
    KpiDrillDownDialog *drillDownDialog() const { return m_drillDownDialog; }

    // Opens the list of the rows behind a number, or fills the open one anew.
    void drillDown(const KpiDrillDown &drillDown);
    void drillDownKpi(const QString &key);
    void drillDownBar(KpiCharts::Kind kind, int index);
    // Asks for a file (and for a PNG its size and resolution) and writes the chart as shown.
    void exportChart(KpiCharts::Kind kind);
    // Asks for a file and writes the KPI table on show as an Excel workbook or CSV.
    void exportTable();
    QAction *exportTableAction() const { return m_exportTableAction; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void updateActions() override;

private:
    struct ChartPanel
    {
        QStackedWidget *stack = nullptr;
        QChartView *view = nullptr;
        QLabel *empty = nullptr;
        QAction *exportAction = nullptr;
    };

    QWidget *buildScopeBar();
    QWidget *buildContent();
    QWidget *buildChartPanel(KpiCharts::Kind kind);
    void retranslate();
    void scheduleRefresh();
    void refresh();
    void reloadScopeBar();
    void scopeEdited();
    void showTiles();
    void showChart(KpiCharts::Kind kind);
    void loadDrillDown(const KpiDrillDown &drillDown);
    int defaultPeriodIndex() const;
    std::pair<QDate, QDate> defaultDates() const;
    void saveLayout() const;
    void restoreLayout();

    Workspace *m_workspace;
    QAction *m_exportTableAction = new QAction(this);
    QAction *m_writeReportAction = nullptr;
    ReportFlow *m_reportFlow;
    QStackedWidget *m_pages;
    EmptyState *m_noCluster;
    QWidget *m_dashboardPage;
    QLabel *m_clusterLabel;
    QComboBox *m_clusterCombo;
    QLabel *m_periodLabel;
    QComboBox *m_periodCombo;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QToolButton *m_exportButton;
    QLabel *m_message;
    QWidget *m_content;
    QList<KpiTile *> m_tiles;
    QSplitter *m_chartsSplitter;
    QSplitter *m_barsSplitter;
    std::map<KpiCharts::Kind, ChartPanel> m_charts;
    KpiDrillDownDialog *m_drillDownDialog = nullptr;

    QList<ReportingPeriod> m_periods; // of the current cluster, as the period list shows them
    KpiScopeChoice m_choice;          // what the coordinator chose last
    std::optional<KpiSnapshot> m_snapshot;
    QTimer m_refreshTimer;
    bool m_stale = true;
};
