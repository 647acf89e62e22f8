#pragma once

#include "models/events/Event.h"
#include "views/partners/PartnerChooser.h"
#include "views/shell/Section.h"

#include <memory>
#include <optional>

class ColumnChooser;
class EmptyState;
class EventCalendar;
class EventChangeCommand;
class EventDetailsPanel;
class EventFilterBar;
class EventFilterProxyModel;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class Workspace;

// The cluster's events: filters above a sortable list or a month calendar, the selected event's
// details beside them, and an empty state that says what to do when there is nothing to show.
// Every edit is one step on the workspace's undo stack. Offers the events' edits, their CSV
// import and export, and the calendar export.
class EventsView : public Section
{
    Q_OBJECT

public:
    enum class Mode { List, Calendar };

    explicit EventsView(Workspace *workspace, QWidget *parent = nullptr);
    ~EventsView() override;

    QTableView *table() const { return m_table; }
    QTableView *dayTable() const { return m_dayTable; }
    EventCalendar *calendar() const { return m_calendar; }
    EventFilterProxyModel *proxy() const { return m_proxy; }

    Mode mode() const;
    void setMode(Mode mode);
    bool hasCluster() const;
    // The events selected in the list, or in the calendar's day list.
    QStringList selectedIds() const;
    // The events that pass the filters, in the order shown.
    QList<Event> shownEvents() const;
    std::optional<Event> selectedEvent() const; // when exactly one is selected
    bool canRecordAttendance() const;
    // "12 of 40 events", for the status bar.
    QString countText() const override;

    QString title() const override;
    QIcon icon() const override;
    bool canSearch() const override;
    void focusSearch() override;
    bool canChooseColumns() const override;
    void chooseColumns() override;
    bool opens(Link link) const override;
    void open(Link link, const QString &id) override;

    void newEvent();
    void editSelected();
    void deleteSelected();
    void duplicateSelected();
    void recordAttendance();
    void importEvents();
    void exportEvents();
    // The events shown (the filters applied), as an iCalendar file.
    void exportCalendar();
    // Every event the partner organised or took part in, whatever the other filters said.
    void showPartnerEvents(const QString &partnerId);
    void selectEvent(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void updateActions() override;

private:
    void createActions();
    QWidget *buildCalendarPage();
    void configureTable(QTableView *table);
    void retranslate();
    void updateEmptyState();
    void updateDetails();
    void showDay(QDate day);
    void updateDayList();
    void calendarActivated(QDate day);
    void modeChanged();
    void newEventOn(QDate day);
    QList<PartnerChooser::Entry> partnerEntries() const;
    bool execute(std::unique_ptr<EventChangeCommand> command, const QString &failureTitle);
    void saveLayout() const;
    void restoreLayout();

    Workspace *m_workspace;
    EventFilterProxyModel *m_proxy;
    EventFilterProxyModel *m_dayProxy; // the calendar's selected day, over m_proxy
    QStackedWidget *m_pages;
    EmptyState *m_noCluster;
    EmptyState *m_noEvents;
    EventFilterBar *m_filters;
    QSplitter *m_splitter;
    QTabWidget *m_modes;
    QTableView *m_table;
    ColumnChooser *m_columns = nullptr;
    EventCalendar *m_calendar;
    QLabel *m_dayTitle;
    QTableView *m_dayTable;
    class QPushButton *m_today;
    EventDetailsPanel *m_details;
    Mode m_shownMode = Mode::List;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_attendanceAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_calendarAction = nullptr;
};
