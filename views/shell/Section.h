#pragma once

#include <QFlags>
#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QWidget>

class QAction;

// A section of the main window (Partners, Events, Workplans, Dashboard): a page that owns its
// actions. The window lists the sections in its navigation and its View menu, merges the actions
// of the section on show into its menus and toolbar, and listens to the signals below; it knows
// nothing of what a section does.
//
// A section offers its actions with createAction() or offerAction(), naming where they go, puts
// them in its own context menus, keeps their enabled state itself (updateActions()) and
// translates them when the language changes.
// Only the actions of the current section are shown: hidden actions give up their shortcuts
// (Ctrl+N, Return, Del, Ctrl+I, Ctrl+E) to the visible ones.
class Section : public QWidget
{
    Q_OBJECT

public:
    // Where the window offers an action; in each place in the order the section offered them.
    enum class Place {
        EditMenu = 0x1,    // the Edit menu, after Undo and Redo
        EditToolBar = 0x2, // the toolbar, before Undo and Redo
        FileMenu = 0x4,    // the File menu's imports and exports
        FileToolBar = 0x8, // the toolbar, after Undo and Redo
    };
    Q_DECLARE_FLAGS(Places, Place)

    // What a section asks another one to show: a record, or every event of a partner.
    enum class Link { Partner, Event, EventsOfPartner };
    Q_ENUM(Link)

    explicit Section(QWidget *parent = nullptr);
    ~Section() override;

    // The section's name and icon in the navigation and the View menu, in the current language.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    QList<QAction *> sectionActions(Place place) const;
    // The window makes one section current: its actions show, the others' hide.
    bool isCurrent() const { return m_current; }
    void setCurrent(bool current);

    // Edit ▸ Find: the section's search field, when it has one.
    virtual bool canSearch() const;
    virtual void focusSearch();
    // View ▸ Columns…: the column chooser of the section's table, when it offers one now.
    virtual bool canChooseColumns() const;
    virtual void chooseColumns();
    // What the status bar counts while the section is on show; empty for nothing.
    virtual QString countText() const;
    // Another section's link: whether this section shows what it points to, and showing it once
    // the window has brought this section on show.
    virtual bool opens(Link link) const;
    virtual void open(Link link, const QString &id);

Q_SIGNALS:
    // For the status bar, shown for timeout ms (0: until the next one); an empty one clears it.
    void statusMessage(const QString &message, int timeout = 5000);
    void newClusterRequested();
    void demoRequested();
    void linkActivated(Section::Link link, const QString &id);
    void selectionChanged();
    void countChanged();

protected:
    // An action of the section, offered in those places. The texts are source strings in the
    // section's own translation context (QT_TR_NOOP in its class), translated now and at every
    // language change; iconText and toolTip may be null.
    QAction *createAction(const char *objectName, const char *iconName, Places places,
                          const char *text, const char *iconText, const char *toolTip,
                          const QList<QKeySequence> &shortcuts = {});
    // An action the section made and translates itself.
    void offerAction(QAction *action, Places places);
    // Sets the enabled state of the section's actions: the section calls it when what they
    // depend on changes, setCurrent() when the section comes on show or leaves it.
    virtual void updateActions();

    void changeEvent(QEvent *event) override;

private:
    struct Offered
    {
        QAction *action;
        Places places;
        const char *text = nullptr; // with iconText and toolTip, for createAction()'s actions
        const char *iconText = nullptr;
        const char *toolTip = nullptr;
    };

    void retranslateActions();
    void translateAction(const Offered &offered) const;

    QList<Offered> m_offered;
    bool m_current = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Section::Places)
