#pragma once

#include "models/csv/CsvImport.h"

#include <QMainWindow>

#include <functional>

class DashboardView;
class EventsView;
class PartnersView;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class Workspace;

// The main window: section navigation (Partners, Events, Workplans, Dashboard), menus, toolbar,
// status bar. Remembers its geometry, toolbar state and last section.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Section { PartnersSection, EventsSection, WorkplansSection, DashboardSection };

    MainWindow(Workspace *workspace, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    PartnersView *partnersView() const { return m_partnersView; }
    EventsView *eventsView() const { return m_eventsView; }
    DashboardView *dashboardView() const { return m_dashboardView; }
    // The Events section, showing the events the partner organised or took part in.
    void showPartnerEvents(const QString &partnerId);
    // The record selected in its section, with the filters cleared if they hid it.
    void revealEvent(const QString &eventId);
    void revealPartner(const QString &partnerId);
    void showSection(Section section);
    Section currentSection() const;

    // The language preference: "" (system), "en" or "it". Applying it retranslates the open
    // window at once.
    static QString languagePreference();
    void applyLanguage(const QString &language);

    void newCluster();
    void loadDemo();
    void importPartners();
    void exportPartners();
    void importEvents();
    void exportEvents();
    // The events the Events section shows (its filters applied), as an iCalendar file.
    void exportCalendar();
    // The reporting periods of the cluster and their targets.
    void showReportingPeriods();
    // Asks for a scope, language and file, and writes the periodic report there.
    void writeReport();
    void showPreferences();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createEventActions();
    void createMenus();
    void createToolBar();
    void retranslate();
    void reloadClusters();
    void updateActions();
    void showError(const QString &title, const QString &message);
    CsvDialect exportDialect() const;
    template<typename MakePlan, typename Preview, typename Import>
    int importThrough(const QString &title, const QString &failureTitle, MakePlan makePlan,
                      Preview preview, Import import);
    QString exportThrough(const QString &title, const QString &suggestedName, const QString &filter,
                          const QString &failureTitle,
                          const std::function<bool(const QString &, QString *)> &write);

    Workspace *m_workspace;
    QString m_databasePath;
    QListWidget *m_navigation;
    QStackedWidget *m_sections;
    PartnersView *m_partnersView;
    EventsView *m_eventsView;
    DashboardView *m_dashboardView;
    QComboBox *m_clusterCombo;
    QLabel *m_clusterLabel;
    QLabel *m_databaseLabel;
    QLabel *m_eventCount;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_reportsMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_newClusterAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importEventsAction = nullptr;
    QAction *m_exportEventsAction = nullptr;
    QAction *m_exportCalendarAction = nullptr;
    QAction *m_writeReportToolAction = nullptr;
    QAction *m_writeReportAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newPartnerAction = nullptr;
    QAction *m_editPartnerAction = nullptr;
    QAction *m_deletePartnerAction = nullptr;
    QAction *m_showPartnerEventsAction = nullptr;
    QAction *m_newEventAction = nullptr;
    QAction *m_editEventAction = nullptr;
    QAction *m_deleteEventAction = nullptr;
    QAction *m_duplicateEventAction = nullptr;
    QAction *m_attendanceAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_columnsAction = nullptr;
    QList<QAction *> m_sectionActions;
    QAction *m_reportingPeriodsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
