#include "models/common/Translations.h"
#include "models/events/EventFilterProxyModel.h"
#include "models/events/EventRepository.h"
#include "models/events/EventTableModel.h"
#include "models/events/EventValidator.h"
#include "models/partners/PartnerTableModel.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "tests/support/DialogTestSupport.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowTestSupport.h"
#include "views/events/EventCalendar.h"
#include "views/events/EventsView.h"
#include "views/partners/PartnersView.h"
#include "views/shell/MainWindow.h"
#include "views/widgets/Prompts.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

#include <functional>

namespace {

using DialogTestSupport::child;
using DialogTestSupport::whenDialogOpens;

QPushButton *okButton(QDialog *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

QLabel *message(QDialog *dialog, const char *name)
{
    return child<QLabel>(dialog, name);
}

// Ticks the partner with this name in one of the editor's partner lists.
void tickPartner(QDialog *dialog, const char *list, const QString &name, bool on = true)
{
    QAbstractItemModel *model = child<QAbstractItemView>(dialog, list)->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY2(!found.isEmpty(), qPrintable(name));
    model->setData(found.constFirst(), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

bool isTickable(QDialog *dialog, const char *list, const QString &name)
{
    QAbstractItemModel *model = child<QAbstractItemView>(dialog, list)->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    return !found.isEmpty() && (model->flags(found.constFirst()) & Qt::ItemIsEnabled);
}

} // namespace

class TestEventsView : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpWindowTests();
        Prompts::error() = [this](QWidget *, const QString &, const QString &text) {
            m_errors.append(text);
        };
    }

    void init()
    {
        m_errors.clear();
        m_questions.clear();
        m_answer = true;
        Prompts::confirm() = [this](QWidget *, const QString &title, const QString &) {
            m_questions.append(title);
            return m_answer;
        };
        QVERIFY(openWindow(QSize(1280, 800)));
    }

    void cleanup()
    {
        closeWindow();
        QSettings().remove(QStringLiteral("events"));
    }

    void emptyStatesSayWhatToDo()
    {
        m_window->showSection(MainWindow::EventsSection);
        QVERIFY(child<QWidget>(m_window.get(), "eventsNoClusterState")->isVisible());
        QVERIFY(!action("newEventAction")->isEnabled());

        Cluster cluster;
        cluster.name = QStringLiteral("Trieste LEC");
        QString error;
        QVERIFY(m_workspace->addCluster(cluster, &error));
        m_window->showSection(MainWindow::EventsSection);
        QVERIFY(child<QWidget>(m_window.get(), "eventsEmptyState")->isVisible());
        QCOMPARE(child<QLabel>(m_window.get(), "eventsEmptyTitle")->text(),
                 QStringLiteral("No events yet"));
        QVERIFY(action("newEventAction")->isVisible());
        QVERIFY(action("newEventAction")->isEnabled());
        QVERIFY(!action("newPartnerAction")->isVisible()); // Ctrl+N belongs to events here
        QVERIFY(child<QPushButton>(m_window.get(), "emptyNewEventButton")->isVisible());
    }

    void createAnEventThroughTheEditor()
    {
        loadDemo();
        m_window->showSection(MainWindow::EventsSection);
        const QString school = QStringLiteral("Liceo Scientifico Faro del Carso");
        const QString museum = QStringLiteral("Science Centre Scintilla");

        bool checked = false;
        whenDialogOpens(QStringLiteral("eventEditor"), [&](QDialog *dialog) {
            // A new event needs a title and a kind; both say so next to the field.
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(message(dialog, "titleMessage")->isVisible());
            QVERIFY(message(dialog, "kindMessage")->isVisible());
            QTest::keyClicks(child<QLineEdit>(dialog, "titleEnEdit"),
                             QStringLiteral("Physics of the bora wind"));
            QVERIFY(!message(dialog, "titleMessage")->isVisible());
            auto *kind = child<QComboBox>(dialog, "kindEdit");
            kind->setCurrentIndex(kind->findData(int(EventKind::Lab)));
            QVERIFY(!message(dialog, "kindMessage")->isVisible());
            QVERIFY(okButton(dialog)->isEnabled());

            // An end before the start: the message sits under the End field, Save is off.
            child<QDateEdit>(dialog, "startDateEdit")->setDate(QDate(2026, 3, 12));
            QWidget *end = child<QWidget>(dialog, "endDateEdit");
            child<QCheckBox>(end, "check")->setChecked(true);
            child<QDateEdit>(end, "date")->setDate(QDate(2026, 3, 10));
            QLabel *endMessage = message(dialog, "endMessage");
            QVERIFY(endMessage->isVisible());
            QCOMPARE(endMessage->text(), EventValidator::endBeforeStartMessage());
            QCOMPARE(endMessage->parentWidget(),
                     child<QWidget>(dialog, "endEdit")->parentWidget()); // right under it
            QVERIFY(!okButton(dialog)->isEnabled());
            child<QDateEdit>(end, "date")->setDate(QDate(2026, 3, 13));
            QVERIFY(!endMessage->isVisible());
            QVERIFY(okButton(dialog)->isEnabled());

            // A bad link is caught as typed.
            auto *link = child<QLineEdit>(dialog, "onlineLinkEdit");
            QTest::keyClicks(link, QStringLiteral("not a link"));
            QVERIFY(message(dialog, "onlineLinkMessage")->isVisible());
            QVERIFY(!okButton(dialog)->isEnabled());
            link->clear();
            QVERIFY(okButton(dialog)->isEnabled());

            // An organiser cannot also be a participant.
            tickPartner(dialog, "organisersEdit", school);
            QVERIFY(!isTickable(dialog, "participantsEdit", school));
            tickPartner(dialog, "participantsEdit", museum);
            QVERIFY(!isTickable(dialog, "organisersEdit", museum));
            child<QCheckBox>(dialog, "audience_upper_secondary")->setChecked(true);
            child<QCheckBox>(dialog, "subject_science")->setChecked(true);
            QTest::keyClicks(child<QLineEdit>(dialog, "otherSubjectsEdit"),
                             QStringLiteral("meteorologia"));
            // Figures wait for the event to be held.
            QVERIFY(!child<QSpinBox>(dialog, "pupilsEdit")->isEnabled());
            checked = true;
            dialog->accept();
        });
        action("newEventAction")->trigger();
        QVERIFY(checked);

        EventTableModel *model = m_workspace->events();
        QCOMPARE(model->rowCount(), 1);
        const Event saved = model->eventAt(0);
        QCOMPARE(saved.titleEn, QStringLiteral("Physics of the bora wind"));
        QCOMPARE(saved.kind, EventKind::Lab);
        QCOMPARE(saved.startDate, QDate(2026, 3, 12));
        QCOMPARE(saved.endDate, QDate(2026, 3, 13));
        QCOMPARE(saved.organiserIds, QStringList{partnerId(school)});
        QCOMPARE(saved.participantIds, QStringList{partnerId(museum)});
        QCOMPARE(saved.subjects,
                 (QStringList{QStringLiteral("science"), QStringLiteral("meteorologia")}));
        QCOMPARE(saved.audience, QList<SchoolLevel>{SchoolLevel::UpperSecondary});
        QCOMPARE(*EventRepository(m_temp->database().connection()).find(saved.id).value(), saved);
        QCOMPARE(m_window->section<EventsView>()->selectedIds(), QStringList{saved.id});
        // Plural forms come from the catalogue: compare up to them.
        QVERIFY(eventCountText().startsWith(QStringLiteral("1 event")));

        action("undoAction")->trigger();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!EventRepository(m_temp->database().connection()).find(saved.id).value());
        QVERIFY(m_errors.isEmpty());
    }

    // The editor opens on the title; the end keeps the duration when the start moves and starts
    // after the start when it is turned on.
    void editorKeepsTheEndAfterTheStart()
    {
        loadDemo();
        m_window->showSection(MainWindow::EventsSection);
        bool checked = false;
        whenDialogOpens(QStringLiteral("eventEditor"), [&](QDialog *dialog) {
            QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "titleEnEdit"));
            // Messages come and go without moving the fields below them.
            QWidget *location = child<QWidget>(dialog, "locationEdit");
            const QPoint where = location->mapTo(dialog, QPoint());
            QVERIFY(message(dialog, "titleMessage")->isVisible());
            QTest::keyClicks(child<QLineEdit>(dialog, "titleEnEdit"), QStringLiteral("Tide lab"));
            QVERIFY(!message(dialog, "titleMessage")->isVisible());
            QCoreApplication::sendPostedEvents(); // layouts settle in posted events
            QCOMPARE(location->mapTo(dialog, QPoint()), where);
            auto *startDate = child<QDateEdit>(dialog, "startDateEdit");
            startDate->setDate(QDate(2026, 3, 12));
            QWidget *startTime = child<QWidget>(dialog, "startTimeEdit");
            child<QCheckBox>(startTime, "check")->setChecked(true);
            child<QTimeEdit>(startTime, "time")->setTime(QTime(15, 0));

            // Ticked, the end time follows the start rather than a 09:00 before it.
            QWidget *endTime = child<QWidget>(dialog, "endTimeEdit");
            child<QCheckBox>(endTime, "check")->setChecked(true);
            QCOMPARE(child<QTimeEdit>(endTime, "time")->time(), QTime(16, 0));
            // Moving the start moves the end by as much.
            child<QTimeEdit>(startTime, "time")->setTime(QTime(14, 30));
            QCOMPARE(child<QTimeEdit>(endTime, "time")->time(), QTime(15, 30));

            // An end date turned on starts on the start's day, and moves with it.
            QWidget *endDate = child<QWidget>(dialog, "endDateEdit");
            child<QCheckBox>(endDate, "check")->setChecked(true);
            QCOMPARE(child<QDateEdit>(endDate, "date")->date(), QDate(2026, 3, 12));
            child<QDateEdit>(endDate, "date")->setDate(QDate(2026, 3, 14));
            startDate->setDate(QDate(2026, 4, 1));
            QCOMPARE(child<QDateEdit>(endDate, "date")->date(), QDate(2026, 4, 3));
            QVERIFY(!message(dialog, "endMessage")->isVisible());
            checked = true;
            dialog->reject();
        });
        action("newEventAction")->trigger();
        QVERIFY(checked);
    }

    void markingHeldInvitesFiguresAndLeavingHeldOffersToClearThem()
    {
        loadDemo();
        Event event = makeEvent(QStringLiteral("Open day at the observatory"),
                                TestSupport::today().addDays(-2), EventStatus::Confirmed);
        addEvents({event});
        m_window->showSection(MainWindow::EventsSection);
        m_window->section<EventsView>()->selectEvent(event.id);

        bool checked = false;
        whenDialogOpens(QStringLiteral("eventEditor"), [&](QDialog *dialog) {
            auto *banner = child<QWidget>(dialog, "heldBanner");
            auto *status = child<QComboBox>(dialog, "statusEdit");
            auto *pupils = child<QSpinBox>(dialog, "pupilsEdit");
            QVERIFY(!banner->isVisible());
            QVERIFY(!pupils->isEnabled());

            status->setCurrentIndex(status->findData(int(EventStatus::Held)));
            QVERIFY(banner->isVisible());
            QVERIFY(pupils->isEnabled());
            QTest::mouseClick(child<QPushButton>(dialog, "recordFiguresButton"), Qt::LeftButton);
            QTRY_VERIFY(pupils->hasFocus());
            pupils->setValue(0); // nobody came is a figure, not "not recorded"
            QVERIFY(!banner->isVisible());
            child<QSpinBox>(dialog, "parentsEdit")->setValue(35);
            QVERIFY(child<QLabel>(dialog, "figuresTotal")->text().contains(QStringLiteral("35")));

            // Back to confirmed: the editor asks; keeping the figures blocks saving.
            m_answer = false;
            status->setCurrentIndex(status->findData(int(EventStatus::Confirmed)));
            QCOMPARE(m_questions.size(), 1);
            QVERIFY(message(dialog, "figuresMessage")->isVisible());
            QVERIFY(!okButton(dialog)->isEnabled());
            auto *clear = child<QPushButton>(dialog, "clearFiguresButton");
            QVERIFY(clear->isVisible());
            QTest::mouseClick(clear, Qt::LeftButton);
            QVERIFY(okButton(dialog)->isEnabled());

            // Held again with figures, then cancelled with the answer "clear them".
            status->setCurrentIndex(status->findData(int(EventStatus::Held)));
            pupils->setValue(12);
            m_answer = true;
            status->setCurrentIndex(status->findData(int(EventStatus::Cancelled)));
            QCOMPARE(m_questions.size(), 2);
            QCOMPARE(pupils->value(), pupils->minimum()); // not recorded
            QVERIFY(okButton(dialog)->isEnabled());
            checked = true;
            dialog->reject();
        });
        action("editEventAction")->trigger();
        QVERIFY(checked);
    }

    void recordAttendanceEndToEnd()
    {
        loadDemo();
        Event event = makeEvent(QStringLiteral("Robotics open lab"),
                                TestSupport::today().addDays(-3), EventStatus::Confirmed);
        Event future = makeEvent(QStringLiteral("Star party"), TestSupport::today().addDays(30),
                                 EventStatus::Confirmed);
        addEvents({event, future});
        m_window->showSection(MainWindow::EventsSection);

        m_window->section<EventsView>()->selectEvent(future.id);
        QVERIFY(!action("recordAttendanceAction")->isEnabled()); // not happened yet
        m_window->section<EventsView>()->selectEvent(event.id);
        QVERIFY(action("recordAttendanceAction")->isEnabled());
        QVERIFY(child<QPushButton>(m_window.get(), "eventDetailsAttendanceButton")->isVisible());

        bool checked = false;
        whenDialogOpens(QStringLiteral("attendanceDialog"), [&](QDialog *dialog) {
            QVERIFY(!okButton(dialog)->isEnabled()); // nothing recorded yet
            child<QSpinBox>(dialog, "pupilsEdit")->setValue(46);
            child<QSpinBox>(dialog, "teachersEdit")->setValue(4);
            child<QSpinBox>(dialog, "teacher_traineesEdit")->setValue(0);
            QVERIFY(child<QLabel>(dialog, "figuresTotal")->text().contains(QStringLiteral("50")));
            QVERIFY(okButton(dialog)->isEnabled());
            checked = true;
            dialog->accept();
        });
        action("recordAttendanceAction")->trigger();
        QVERIFY(checked);

        EventRepository repository(m_temp->database().connection());
        Event stored = *repository.find(event.id).value();
        QCOMPARE(stored.status, EventStatus::Held);
        QCOMPARE(stored.figure(Figure::Pupils), std::optional<int>(46));
        QCOMPARE(stored.figure(Figure::Teachers), std::optional<int>(4));
        QCOMPARE(stored.figure(Figure::TeacherTrainees), std::optional<int>(0));
        QCOMPARE(stored.figure(Figure::Parents), std::nullopt);
        QCOMPARE(m_workspace->undoStack()->undoText(),
                 QStringLiteral("Record attendance for “Robotics open lab”"));
        // Late figures are corrected in the same dialog, which says it corrects.
        QVERIFY(action("recordAttendanceAction")->isEnabled());
        QCOMPARE(child<QPushButton>(m_window.get(), "eventDetailsAttendanceButton")->text(),
                 QStringLiteral("Correct attendance…"));
        checked = false;
        whenDialogOpens(QStringLiteral("attendanceDialog"), [&](QDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Correct attendance"));
            QCOMPARE(child<QSpinBox>(dialog, "pupilsEdit")->value(), 46);
            child<QSpinBox>(dialog, "pupilsEdit")->setValue(48);
            checked = true;
            dialog->accept();
        });
        action("recordAttendanceAction")->trigger();
        QVERIFY(checked);
        QCOMPARE(repository.find(event.id).value()->figure(Figure::Pupils), std::optional<int>(48));
        QCOMPARE(m_workspace->undoStack()->undoText(),
                 QStringLiteral("Correct attendance for “Robotics open lab”"));
        action("undoAction")->trigger();
        QCOMPARE(repository.find(event.id).value()->figure(Figure::Pupils), std::optional<int>(46));

        action("undoAction")->trigger(); // one step takes both the status and the figures back
        stored = *repository.find(event.id).value();
        QCOMPARE(stored.status, EventStatus::Confirmed);
        QVERIFY(!stored.hasFigures());
        QVERIFY(action("recordAttendanceAction")->isEnabled());
        action("redoAction")->trigger();
        QCOMPARE(repository.find(event.id).value()->totalParticipants(), 50);
        QVERIFY(m_errors.isEmpty());
    }

    void deleteAndDuplicateAreUndoable()
    {
        loadDemo();
        Event event =
            makeEvent(QStringLiteral("Maths trail"), QDate(2026, 4, 18), EventStatus::Held);
        event.setFigure(Figure::Pupils, 60);
        addEvents({event});
        m_window->showSection(MainWindow::EventsSection);
        m_window->section<EventsView>()->selectEvent(event.id);

        whenDialogOpens(QStringLiteral("eventEditor"), [](QDialog *dialog) {
            // The copy is a new occasion: planned, nobody counted yet.
            auto *status = child<QComboBox>(dialog, "statusEdit");
            QCOMPARE(status->currentData().toInt(), int(EventStatus::Planned));
            QCOMPARE(child<QSpinBox>(dialog, "pupilsEdit")->value(), -1);
            child<QDateEdit>(dialog, "startDateEdit")->setDate(QDate(2026, 5, 16));
            dialog->accept();
        });
        action("duplicateEventAction")->trigger();
        EventTableModel *model = m_workspace->events();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(m_workspace->undoStack()->undoText(), QStringLiteral("Duplicate “Maths trail”"));
        const QString copyId = m_window->section<EventsView>()->selectedIds().value(0);
        QVERIFY(copyId != event.id);
        QCOMPARE(model->event(copyId)->startDate, QDate(2026, 5, 16));

        action("deleteEventAction")->trigger();
        QCOMPARE(m_questions.size(), 1);
        QCOMPARE(model->rowCount(), 1);
        action("undoAction")->trigger();
        QCOMPARE(model->rowCount(), 2);
        action("undoAction")->trigger();
        QCOMPARE(model->rowCount(), 1);
    }

    void importExportAndCalendarFromTheWindow()
    {
        QString error;
        QVERIFY2(m_workspace->createDemo(&error), qPrintable(error));
        m_window->showSection(MainWindow::EventsSection);
        EventTableModel *model = m_workspace->events();
        const int demoEvents = model->rowCount();
        QVERIFY(demoEvents > 100);
        QVERIFY(action("importEventsAction")->isVisible());
        QVERIFY(!action("importAction")->isVisible()); // the partners' import gives way

        QTemporaryDir folder;
        const QString csv = folder.filePath(QStringLiteral("events.csv"));
        Prompts::saveFile() = [csv](QWidget *, const QString &, const QString &, const QString &) {
            return csv;
        };
        action("exportEventsAction")->trigger();
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readLine().startsWith("title,"));
        exported.close();

        // Empty the cluster, then bring every event back from the file in one undoable step.
        QList<EventChange> removals;
        for (int row = 0; row < model->rowCount(); ++row)
            removals.append({model->eventAt(row).id, std::nullopt});
        QVERIFY(m_workspace->eventStore()->apply(removals));
        QCOMPARE(model->rowCount(), 0);
        Prompts::openFile() = [csv](QWidget *, const QString &, const QString &, const QString &) {
            return csv;
        };
        bool previewed = false;
        whenDialogOpens(QStringLiteral("importPreview"), [&](QDialog *dialog) {
            auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
            QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QVERIFY(ok->text().contains(QString::number(demoEvents)));
            QCOMPARE(child<QTableView>(dialog, "importTable")->model()->rowCount(), demoEvents);
            previewed = true;
            dialog->accept();
        });
        action("importEventsAction")->trigger();
        QVERIFY(previewed);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QCOMPARE(model->rowCount(), demoEvents);
        QCOMPARE(m_workspace->undoStack()->undoText(),
                 QStringLiteral("Import %1 events").arg(demoEvents));
        action("undoAction")->trigger();
        QCOMPARE(model->rowCount(), 0);
        action("redoAction")->trigger();
        QCOMPARE(model->rowCount(), demoEvents);

        // The calendar holds exactly the events the filters let through.
        EventFilterProxyModel *proxy = m_window->section<EventsView>()->proxy();
        proxy->setKindFilter(EventKind::Webinar);
        const int webinars = proxy->rowCount();
        QVERIFY(webinars > 0 && webinars < demoEvents);
        const QString ics = folder.filePath(QStringLiteral("events.ics"));
        Prompts::saveFile() = [ics](QWidget *, const QString &, const QString &, const QString &) {
            return ics;
        };
        action("exportCalendarAction")->trigger();
        QFile calendar(ics);
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        QCOMPARE(int(calendar.readAll().count("BEGIN:VEVENT")), webinars);

        // Nothing shown: the coordinator is told why instead of getting an empty calendar.
        proxy->setSearchText(QStringLiteral("no such event anywhere"));
        action("exportCalendarAction")->trigger();
        QCOMPARE(m_errors.size(), 1);
    }

    void largeFilePreviewOpensWithOneLinePerRowAndCancelWritesNothing()
    {
        loadDemo();
        m_window->showSection(MainWindow::EventsSection);
        QTemporaryDir folder;
        const QString csv = folder.filePath(QStringLiteral("many.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,kind,start,status,pupils\n");
        const int rows = 5000;
        for (int i = 0; i < rows; ++i) {
            // Every tenth row is bad: figures on a planned event.
            file.write(QStringLiteral("Science club %1,lab,2022-03-%2,%3,%4\n")
                           .arg(i)
                           .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                           .arg(i % 10 == 0 ? QStringLiteral("planned") : QStringLiteral("held"))
                           .arg(i % 40)
                           .toUtf8());
        }
        file.close();
        Prompts::openFile() = [csv](QWidget *, const QString &, const QString &, const QString &) {
            return csv;
        };
        bool previewed = false;
        whenDialogOpens(QStringLiteral("importPreview"), [&](QDialog *dialog) {
            auto *table = child<QTableView>(dialog, "importTable");
            QCOMPARE(table->model()->rowCount(), rows);
            QVERIFY(!table->wordWrap()); // one line per row: no measuring 5,000 rows
            QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
            auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
            child<QCheckBox>(dialog, "skipInvalidCheck")->setChecked(true);
            QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
            previewed = true;
            dialog->reject();
        });
        action("importEventsAction")->trigger();
        QVERIFY(previewed);
        QCOMPARE(m_workspace->events()->rowCount(), 0);
        QCOMPARE(EventRepository(m_temp->database().connection())
                     .forCluster(m_workspace->currentClusterId())
                     .value()
                     .size(),
                 0);
    }

    void calendarShowsEventsOnTheirDays()
    {
        loadDemo();
        Event exhibition = makeEvent(QStringLiteral("Waves exhibition"), QDate(2026, 3, 28),
                                     EventStatus::Confirmed);
        exhibition.endDate = QDate(2026, 4, 2);
        Event lab = makeEvent(QStringLiteral("Food chemistry lab"), QDate(2026, 3, 30),
                              EventStatus::Planned);
        lab.startTime = QTime(9, 0);
        Event cancelled =
            makeEvent(QStringLiteral("Tide-pool lab"), QDate(2026, 3, 30), EventStatus::Cancelled);
        addEvents({exhibition, lab, cancelled});
        m_window->showSection(MainWindow::EventsSection);
        EventsView *view = m_window->section<EventsView>();
        view->setMode(EventsView::Mode::Calendar);
        EventCalendar *calendar = view->calendar();
        QVERIFY(calendar->isVisible());
        calendar->setSelectedDate(QDate(2026, 3, 30));

        for (QDate day = QDate(2026, 3, 28); day <= QDate(2026, 4, 2); day = day.addDays(1))
            QVERIFY2(calendar->titlesOn(day).contains(QStringLiteral("Waves exhibition")),
                     qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(calendar->titlesOn(QDate(2026, 3, 27)).isEmpty());
        QVERIFY(calendar->titlesOn(QDate(2026, 4, 3)).isEmpty());
        // All-day events first, then by time.
        QCOMPARE(calendar->titlesOn(QDate(2026, 3, 30)),
                 (QStringList{QStringLiteral("Waves exhibition"), QStringLiteral("Tide-pool lab"),
                              QStringLiteral("Food chemistry lab")}));

        // The selected day lists its events; the first is selected and detailed.
        auto *dayTable = child<QTableView>(m_window.get(), "eventDayTable");
        QCOMPARE(dayTable->model()->rowCount(), 3);
        QCOMPARE(view->selectedIds().size(), 1);
        QVERIFY(child<QLabel>(m_window.get(), "eventDetailsText")
                    ->text()
                    .contains(QStringLiteral("Waves exhibition")));
        QVERIFY(child<QLabel>(m_window.get(), "eventDayTitle")
                    ->text()
                    .startsWith(QStringLiteral("3 event")));

        // The filters reach the calendar too.
        view->proxy()->setStatusFilter(EventStatus::Cancelled);
        QCOMPARE(calendar->titlesOn(QDate(2026, 3, 30)),
                 QStringList{QStringLiteral("Tide-pool lab")});
        view->proxy()->clearFilters();

        // Double click: the editor of the day's selected event; on an empty day, a new event.
        dayTable->selectRow(1);
        const QString second =
            dayTable->model()->index(1, EventTableModel::Title).data().toString();
        QString edited;
        whenDialogOpens(QStringLiteral("eventEditor"), [&edited](QDialog *dialog) {
            edited = child<QLineEdit>(dialog, "titleEnEdit")->text();
            dialog->reject();
        });
        Q_EMIT calendar->activated(QDate(2026, 3, 30));
        QCOMPARE(edited, second);
        QDate newDay;
        whenDialogOpens(QStringLiteral("eventEditor"), [&newDay](QDialog *dialog) {
            newDay = child<QDateEdit>(dialog, "startDateEdit")->date();
            dialog->reject();
        });
        calendar->setSelectedDate(QDate(2026, 3, 17));
        Q_EMIT calendar->activated(QDate(2026, 3, 17));
        QCOMPARE(newDay, QDate(2026, 3, 17));

        // Turning the page takes the day along: the list never shows a day off the page.
        calendar->setCurrentPage(2026, 2);
        QCOMPARE(calendar->selectedDate(), QDate(2026, 2, 17));
        QVERIFY2(child<QLabel>(m_window.get(), "eventDayTitle")
                     ->text()
                     .contains(QStringLiteral("February")),
                 qPrintable(child<QLabel>(m_window.get(), "eventDayTitle")->text()));

        // Back to the list: the selection comes along.
        calendar->setSelectedDate(QDate(2026, 3, 30));
        dayTable->selectRow(2);
        const QString selected = view->selectedIds().value(0);
        view->setMode(EventsView::Mode::List);
        QCOMPARE(view->selectedIds(), QStringList{selected});
    }

    void partnerShowEventsFiltersTheList()
    {
        loadDemo();
        addScreenshotEvents();
        const QString university = QStringLiteral("Università Immaginaria del Golfo");
        const QString id = partnerId(university);
        const int expected = m_workspace->events()->countForPartner(id);
        QVERIFY(expected >= 2);

        m_window->showSection(MainWindow::PartnersSection);
        m_window->section<PartnersView>()->selectPartner(id);
        QVERIFY(child<QLabel>(m_window.get(), "partnerDetailsText")
                    ->text()
                    .contains(QStringLiteral("Events")));
        auto *show = child<QPushButton>(m_window.get(), "partnerShowEventsButton");
        QVERIFY(show->isVisible() && show->isEnabled());
        QVERIFY(m_window->section<PartnersView>()->table()->actions().contains(
            action("showPartnerEventsAction")));
        QTest::mouseClick(show, Qt::LeftButton);

        QCOMPARE(m_window->currentSection(), MainWindow::EventsSection);
        EventsView *view = m_window->section<EventsView>();
        QCOMPARE(view->proxy()->partnerFilter(), id);
        QCOMPARE(view->table()->model()->rowCount(), expected);
        auto *partnerFilter = child<QComboBox>(m_window.get(), "eventPartnerFilter");
        QCOMPARE(partnerFilter->currentText(), university);
        QVERIFY(eventCountText().startsWith(
            QStringLiteral("%1 of %2 event").arg(expected).arg(m_workspace->events()->rowCount())));

        auto *clear = child<QPushButton>(m_window.get(), "clearEventFiltersButton");
        QVERIFY(clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(view->table()->model()->rowCount(), m_workspace->events()->rowCount());
        QCOMPARE(partnerFilter->currentIndex(), 0);
        QVERIFY(!clear->isEnabled());

        // The same from the partner register's menu action.
        m_window->showSection(MainWindow::PartnersSection);
        m_window->section<PartnersView>()->selectPartner(id);
        action("showPartnerEventsAction")->trigger();
        QCOMPARE(view->proxy()->partnerFilter(), id);
    }

    void filterBarDrivesTheProxy()
    {
        loadDemo();
        addScreenshotEvents();
        m_window->showSection(MainWindow::EventsSection);
        EventFilterProxyModel *proxy = m_window->section<EventsView>()->proxy();
        const int all = proxy->rowCount();

        auto *kind = child<QComboBox>(m_window.get(), "eventKindFilter");
        kind->setCurrentIndex(kind->findData(int(EventKind::Course)));
        QCOMPARE(proxy->kindFilter(), std::optional(EventKind::Course));
        QCOMPARE(proxy->rowCount(), 2);
        auto *status = child<QComboBox>(m_window.get(), "eventStatusFilter");
        status->setCurrentIndex(status->findData(int(EventStatus::Held)));
        QCOMPARE(proxy->rowCount(), 1);
        kind->setCurrentIndex(0);
        status->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), all);

        auto *subject = child<QComboBox>(m_window.get(), "eventSubjectFilter");
        subject->setCurrentIndex(subject->findData(QStringLiteral("arts")));
        QCOMPARE(proxy->rowCount(), 2);
        subject->setCurrentIndex(0);

        QTest::keyClicks(child<QLineEdit>(m_window.get(), "eventSearch"),
                         QStringLiteral("ARDUINO"));
        QCOMPARE(proxy->rowCount(), 1);
        child<QLineEdit>(m_window.get(), "eventSearch")->clear();

        // A quick period fills the dates; typed dates show as chosen ones.
        auto *period = child<QComboBox>(m_window.get(), "eventPeriodFilter");
        period->setCurrentIndex(2); // this year
        QCOMPARE(proxy->periodFrom(), QDate(TestSupport::today().year(), 1, 1));
        auto *from = child<QWidget>(m_window.get(), "eventFromFilter");
        QVERIFY(child<QCheckBox>(from, "check")->isChecked());
        child<QDateEdit>(from, "date")->setDate(QDate(2026, 3, 20));
        QCOMPARE(proxy->periodFrom(), QDate(2026, 3, 20));
        QCOMPARE(period->currentIndex(), 4); // chosen dates
        period->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), all);
        QVERIFY(!child<QCheckBox>(from, "check")->isChecked());
    }

    void modeColumnsAndSplitterPersist()
    {
        loadDemo();
        addScreenshotEvents();
        m_window->showSection(MainWindow::EventsSection);
        EventsView *view = m_window->section<EventsView>();
        view->setMode(EventsView::Mode::Calendar);
        view->table()->horizontalHeader()->showSection(EventTableModel::Participants);
        child<QSplitter>(m_window.get(), "eventsSplitter")->setSizes({600, 400});
        const QList<int> sizes = child<QSplitter>(m_window.get(), "eventsSplitter")->sizes();
        m_window->close();
        // The old window saves the layout as it goes.
        QVERIFY(reopenWindow(QSize(1280, 800)));
        view = m_window->section<EventsView>();
        QCOMPARE(view->mode(), EventsView::Mode::Calendar);
        QVERIFY(!view->table()->horizontalHeader()->isSectionHidden(EventTableModel::Participants));
        QCOMPARE(child<QSplitter>(m_window.get(), "eventsSplitter")->sizes(), sizes);
    }

    void screenshots_data() { addLanguageRows(); }

    void screenshots()
    {
        QFETCH(QString, language);
        m_window->applyLanguage(language);
        const QString folder = screenshotFolder();
        loadDemo();
        const QList<Event> events = addScreenshotEvents();
        m_window->showSection(MainWindow::EventsSection);
        EventsView *view = m_window->section<EventsView>();
        QHeaderView *header = view->table()->horizontalHeader();
        header->showSection(EventTableModel::Participants);
        view->selectEvent(events.at(0).id);
        grab(m_window.get(), folder + QStringLiteral("/events-list-%1.png").arg(language));

        view->setMode(EventsView::Mode::Calendar);
        view->calendar()->setSelectedDate(QDate(2026, 3, 10));
        grab(m_window.get(), folder + QStringLiteral("/events-calendar-%1.png").arg(language));

        view->setMode(EventsView::Mode::List);
        view->selectEvent(events.at(0).id);
        whenDialogOpens(QStringLiteral("eventEditor"), [folder, language](QDialog *dialog) {
            grab(dialog, folder + QStringLiteral("/event-editor-%1.png").arg(language));
            // The invitation to record figures when an event becomes held.
            auto *status = child<QComboBox>(dialog, "statusEdit");
            status->setCurrentIndex(status->findData(int(EventStatus::Confirmed)));
            status->setCurrentIndex(status->findData(int(EventStatus::Held)));
            grab(dialog, folder + QStringLiteral("/event-editor-held-%1.png").arg(language));
            dialog->reject();
        });
        action("editEventAction")->trigger();

        view->selectEvent(events.at(2).id); // held, figures still missing
        whenDialogOpens(QStringLiteral("attendanceDialog"), [folder, language](QDialog *dialog) {
            child<QSpinBox>(dialog, "parentsEdit")->setValue(38);
            child<QSpinBox>(dialog, "pupilsEdit")->setValue(52);
            child<QSpinBox>(dialog, "researchersEdit")->setValue(3);
            grab(dialog, folder + QStringLiteral("/attendance-%1.png").arg(language));
            dialog->reject();
        });
        action("recordAttendanceAction")->trigger();

        // The import preview of an event file with good and bad rows.
        const QString csv = folder + QStringLiteral("/import-events.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,kind,start,end,status,organiser,pupils\n"
                   "Rocket workshop,workshop,2026-04-14 09:00,11:00,held,Nobody Known,40\n"
                   "Star party,event,31/02/2026,,planned,,\n"
                   "Chemistry show,lab,2026-04-20,,cancelled,,25\n"
                   "Maths trail,visit,2026-04-22 10:00,12:00,held,,-4\n"
                   "Science café,meeting,2026-04-23 18:00,19:30,confirmed,,\n");
        file.close();
        Prompts::openFile() = [csv](QWidget *, const QString &, const QString &, const QString &) {
            return csv;
        };
        whenDialogOpens(QStringLiteral("importPreview"), [folder, language](QDialog *dialog) {
            grab(dialog, folder + QStringLiteral("/import-events-%1.png").arg(language));
            dialog->reject();
        });
        action("importEventsAction")->trigger();
        QFile::remove(csv);

        m_workspace->setCurrentClusterId(QString());
        Cluster empty;
        empty.name = QStringLiteral("Gorizia LEC");
        QString error;
        QVERIFY(m_workspace->addCluster(empty, &error));
        m_window->showSection(MainWindow::EventsSection);
        grab(m_window.get(), folder + QStringLiteral("/events-empty-%1.png").arg(language));
    }

private:
    QString eventCountText() const { return child<QLabel>(m_window.get(), "eventCount")->text(); }

    // The demo cluster's partners, without its events: each test adds the events it needs.
    void loadDemo()
    {
        QString error;
        QVERIFY2(m_workspace->createDemo(&error), qPrintable(error));
        EventTableModel *events = m_workspace->events();
        QList<EventChange> removals;
        for (int row = 0; row < events->rowCount(); ++row)
            removals.append({events->eventAt(row).id, std::nullopt});
        QVERIFY2(m_workspace->eventStore()->apply(removals),
                 qPrintable(m_workspace->eventStore()->errorMessage()));
        QCOMPARE(events->rowCount(), 0);
    }

    QString partnerId(const QString &name) const
    {
        const PartnerTableModel *partners = m_workspace->partners();
        for (int row = 0; row < partners->rowCount(); ++row) {
            if (partners->partnerAt(row).name == name)
                return partners->partnerAt(row).id;
        }
        qFatal("no partner %s", qPrintable(name));
        return {};
    }

    Event makeEvent(const QString &title, QDate start, EventStatus status,
                    EventKind kind = EventKind::Event) const
    {
        Event event;
        event.clusterId = m_workspace->currentClusterId();
        event.titleEn = title;
        event.startDate = start;
        event.status = status;
        event.kind = kind;
        event.assignMissingIds();
        return event;
    }

    void addEvents(const QList<Event> &events)
    {
        QList<EventChange> changes;
        for (const Event &event : events)
            changes.append({event.id, event});
        QVERIFY(m_workspace->eventStore()->apply(changes));
    }

    // A month of a real cluster's life, in both languages.
    QList<Event> addScreenshotEvents()
    {
        struct Recipe
        {
            const char *titleIt;
            const char *titleEn;
            EventKind kind;
            EventStatus status;
            QDate start;
            QTime startTime;
            QDate end;
            QTime endTime;
            const char *location;
            QStringList organisers;
            QStringList participants;
            QStringList subjects;
            QList<SchoolLevel> audience;
            std::array<std::optional<int>, figureCount> figures;
        };
        using K = EventKind;
        using S = EventStatus;
        using L = SchoolLevel;
        const auto p = [](const char *name) { return QString::fromUtf8(name); };
        const QList<Recipe> recipes = {
            {"Settimana STEAM: laboratori di robotica",
             "STEAM week: robotics labs",
             K::Workshop,
             S::Held,
             QDate(2026, 3, 2),
             QTime(9, 0),
             QDate(2026, 3, 6),
             QTime(13, 0),
             "Istituto Tecnico Ingranaggio d'Oro, Trieste",
             {p("Istituto Tecnico Tecnologico Ingranaggio d'Oro")},
             {p("Scuola Secondaria di Primo Grado Molo Azzurro"),
              p("Scuola Primaria Gabbiano Curioso")},
             {QStringLiteral("technology"), QStringLiteral("engineering")},
             {L::Primary, L::LowerSecondary},
             {184, 12, std::nullopt, std::nullopt, std::nullopt, 4}},
            {"Corso Academy: il coding in classe (1° incontro)",
             "Academy course: coding in the classroom (session 1)",
             K::Course,
             S::Held,
             QDate(2026, 3, 10),
             QTime(15, 0),
             {},
             QTime(18, 0),
             "Università Immaginaria del Golfo, aula B",
             {p("Università Immaginaria del Golfo")},
             {p("BitBora Software S.r.l.")},
             {QStringLiteral("technology"), QStringLiteral("mathematics")},
             {L::Primary, L::LowerSecondary},
             {std::nullopt, 23, std::nullopt, 2, 6, std::nullopt}},
            {"Osservazione serale della Luna",
             "Evening Moon watch",
             K::Visit,
             S::Held,
             QDate(2026, 3, 13),
             QTime(20, 30),
             {},
             QTime(22, 30),
             "Osservatorio del Monte Immaginario",
             {p("Osservatorio Astronomico del Monte Immaginario")},
             {p("Scuola Primaria Bora Leggera")},
             {QStringLiteral("science")},
             {L::Primary},
             {}},
            {"Laboratorio di chimica degli alimenti",
             "Food chemistry lab",
             K::Lab,
             S::Held,
             QDate(2026, 3, 10),
             QTime(9, 0),
             {},
             QTime(11, 0),
             "Istituto Professionale Cucine dell'Altipiano, Sgonico",
             {p("Istituto Professionale Cucine dell'Altipiano")},
             {},
             {QStringLiteral("science")},
             {L::Vocational},
             {48, 3, std::nullopt, std::nullopt, std::nullopt, std::nullopt}},
            {"Webinar: misurare la bora con Arduino",
             "Webinar: measuring the bora with Arduino",
             K::Webinar,
             S::Held,
             QDate(2026, 3, 17),
             QTime(17, 0),
             {},
             QTime(18, 0),
             "",
             {p("Istituto di Ricerca Clima e Bora")},
             {},
             {QStringLiteral("science"), QStringLiteral("technology")},
             {L::LowerSecondary, L::UpperSecondary},
             {std::nullopt, 41, std::nullopt, 2, std::nullopt, 3}},
            {"Biologia marina nelle pozze di marea",
             "Tide-pool marine biology",
             K::Lab,
             S::Cancelled,
             QDate(2026, 3, 19),
             QTime(9, 0),
             {},
             QTime(12, 0),
             "Riserva di Miramare (fittizia)",
             {p("Laboratorio di Biologia Marina Stella Marina")},
             {p("Acquario Didattico Cavalluccio")},
             {QStringLiteral("science")},
             {L::Primary},
             {}},
            {"Incontro dei referenti del cluster",
             "Cluster contacts' meeting",
             K::Meeting,
             S::Confirmed,
             QDate(2026, 3, 24),
             QTime(16, 30),
             {},
             QTime(18, 0),
             "Science Centre Scintilla",
             {p("Science Centre Scintilla")},
             {p("Università Immaginaria del Golfo"), p("Liceo Scientifico Faro del Carso")},
             {},
             {},
             {}},
            {"Formazione docenti: l'arte della misura",
             "Teacher training: the art of measuring",
             K::Training,
             S::Planned,
             QDate(2026, 3, 26),
             QTime(14, 30),
             {},
             QTime(17, 30),
             "Museo della Scienza Quotidiana, Udine",
             {p("Museo della Scienza Quotidiana")},
             {},
             {QStringLiteral("arts"), QStringLiteral("mathematics")},
             {},
             {}},
            {"Visita al cantiere navale",
             "Shipyard visit",
             K::Visit,
             S::Confirmed,
             QDate(2026, 3, 27),
             QTime(10, 0),
             {},
             QTime(12, 30),
             "Monfalcone",
             {p("Cantieri Navali Fantasia S.r.l.")},
             {p("Istituto Tecnico Nautico Bussola Gentile")},
             {QStringLiteral("engineering")},
             {L::UpperSecondary},
             {}},
            {"Mostra: la matematica delle onde",
             "Exhibition: the mathematics of waves",
             K::Event,
             S::Confirmed,
             QDate(2026, 3, 28),
             {},
             QDate(2026, 4, 12),
             {},
             "Museo del Mare Immaginato, Trieste",
             {p("Museo del Mare Immaginato")},
             {p("Liceo Artistico Pennello Marino")},
             {QStringLiteral("mathematics"), QStringLiteral("arts")},
             {},
             {}},
            {"Corso Academy: il coding in classe (2° incontro)",
             "Academy course: coding in the classroom (session 2)",
             K::Course,
             S::Confirmed,
             QDate(2026, 3, 31),
             QTime(15, 0),
             {},
             QTime(18, 0),
             "Università Immaginaria del Golfo, aula B",
             {p("Università Immaginaria del Golfo")},
             {},
             {QStringLiteral("technology")},
             {},
             {}},
            {"Notte dei Ricercatori nelle scuole",
             "Researchers' Night in schools",
             K::Event,
             S::Planned,
             QDate(2026, 9, 25),
             {},
             {},
             {},
             "Trieste",
             {p("Università Immaginaria del Golfo"), p("Centro di Ricerca Onde e Particelle")},
             {},
             {QStringLiteral("science")},
             {L::LowerSecondary, L::UpperSecondary},
             {}},
        };
        QList<Event> events;
        for (const Recipe &recipe : recipes) {
            Event event = makeEvent(QString::fromUtf8(recipe.titleEn), recipe.start, recipe.status,
                                    recipe.kind);
            event.titleIt = QString::fromUtf8(recipe.titleIt);
            event.startTime = recipe.startTime;
            event.endDate = recipe.end;
            event.endTime = recipe.endTime;
            event.location = QString::fromUtf8(recipe.location);
            if (recipe.kind == K::Webinar)
                event.onlineLink = QStringLiteral("https://meet.example.org/bora-arduino");
            for (const QString &name : recipe.organisers)
                event.organiserIds.append(partnerId(name));
            for (const QString &name : recipe.participants)
                event.participantIds.append(partnerId(name));
            event.subjects = recipe.subjects;
            event.audience = recipe.audience;
            event.figures = recipe.figures;
            events.append(event);
        }
        events[0].descriptionIt = QStringLiteral(
            "Cinque mattine di laboratori: gli studenti dell'istituto tecnico guidano le classi "
            "del primo ciclo nella costruzione di piccoli robot.");
        events[0].descriptionEn = QStringLiteral(
            "Five mornings of labs: technical-school students guide younger classes in building "
            "small robots.");
        addEvents(events);
        return events;
    }

    QStringList m_errors;
    QStringList m_questions;
    bool m_answer = true;
};

QTEST_MAIN(TestEventsView)
#include "tst_eventsview.moc"
