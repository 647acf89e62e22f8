#pragma once

#include "views/shell/Section.h"

#include <QList>
#include <QMainWindow>

class HistoryActions;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class ReadProblemBar;
class ReportFlow;
class Workspace;

// The main window: section navigation, menus, toolbar, status bar. Remembers its geometry,
// toolbar state and last section.
//
// The sections (Section) are one list: the window builds the navigation and the View menu from
// it, and offers the current section's own actions in its Edit and File menus and its toolbar.
// A new section is one more entry in the list (createSections() in MainWindow.cpp).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The places of the sections in the list: the navigation's rows, Ctrl+1..4 and the section
    // remembered (mainWindow/section) follow it.
    enum SectionIndex { PartnersSection, EventsSection, WorkplansSection, DashboardSection };

    MainWindow(Workspace *workspace, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    const QList<Section *> &sections() const { return m_sectionList; }
    // The section of class T, or nullptr.
    template<typename T>
    T *section() const
    {
        for (Section *section : m_sectionList) {
            if (auto *found = qobject_cast<T *>(section))
                return found;
        }
        return nullptr;
    }
    void showSection(int index);
    SectionIndex currentSection() const;
    // Brings the section that shows what a link points to on show, and shows it there.
    void openLink(Section::Link link, const QString &id);

    // The language preference: "" (system), "en" or "it". Applying it retranslates the open
    // window at once.
    static QString languagePreference();
    void applyLanguage(const QString &language);

    void newCluster();
    void loadDemo();
    // The reporting periods of the cluster and their targets.
    void showReportingPeriods();
    void showPreferences();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QList<QAction *> offeredActions(Section::Place place) const;
    void createMenus();
    void createToolBar();
    void retranslate();
    void reloadClusters();
    void updateActions();
    void updateCount();
    void showStatus(const QString &message, int timeout);
    void showError(const QString &title, const QString &message);
    void find();

    Workspace *m_workspace;
    QString m_databasePath;
    // Created before the sections, which come after them in the focus chain.
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    ReadProblemBar *m_readProblem;
    QList<Section *> m_sectionList;
    ReportFlow *m_reportFlow;
    QComboBox *m_clusterCombo;
    QLabel *m_clusterLabel;
    QLabel *m_databaseLabel;
    QLabel *m_count;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_reportsMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QAction *m_newClusterAction = nullptr;
    QAction *m_writeReportAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_quitAction = nullptr;
    HistoryActions *m_history = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_columnsAction = nullptr;
    QList<QAction *> m_showSectionActions;
    QAction *m_reportingPeriodsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
