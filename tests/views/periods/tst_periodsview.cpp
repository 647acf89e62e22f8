#include "models/common/Translations.h"
#include "models/demo/DemoData.h"
#include "models/events/EventChangeCommand.h"
#include "models/events/EventRepository.h"
#include "models/events/EventTableModel.h"
#include "models/partners/PartnerTableModel.h"
#include "models/periods/ReportingPeriodChangeCommand.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/periods/ReportingPeriodTableModel.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "tests/support/DialogTestSupport.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowTestSupport.h"
#include "views/events/EventsView.h"
#include "views/partners/PartnersView.h"
#include "views/periods/ReportingPeriodsDialog.h"
#include "views/shell/MainWindow.h"
#include "views/widgets/Prompts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>
#include <QUndoStack>

using DialogTestSupport::child;
using DialogTestSupport::whenDialogOpens;

namespace {

// The demo's two periods: last school year (ended, with events held) and this one.
const int lastYear = 2025;
const int thisYear = 2026;
const QDate lastYearStart(lastYear, 9, 1);
const QDate lastYearEnd(thisYear, 8, 31);

QPushButton *saveButton(QDialog *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

// The message under a field, or "" while it is hidden.
QString shownMessage(QWidget *dialog, const char *name)
{
    auto *label = child<QLabel>(dialog, name);
    return label->isVisibleTo(dialog) ? label->text() : QString();
}

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

} // namespace

class TestPeriodsView : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpWindowTests();
        Prompts::error() = [this](QWidget *, const QString &title, const QString &text) {
            m_errorTitles.append(title);
            m_errors.append(text);
        };
    }

    void init()
    {
        m_errors.clear();
        m_errorTitles.clear();
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
        QSettings().clear();
    }

    void actionOpensTheClustersPeriods()
    {
        QAction *periods = action("reportingPeriodsAction");
        QVERIFY(!periods->isEnabled()); // no cluster yet
        const QList<QObject *> places = periods->associatedObjects();
        QVERIFY(std::any_of(places.cbegin(), places.cend(), [](QObject *place) {
            auto *menu = qobject_cast<QMenu *>(place);
            return menu && menu->title() == QStringLiteral("&Reports");
        }));
        loadDemo();
        QVERIFY(periods->isEnabled());

        bool checked = false;
        whenDialogOpens(QStringLiteral("reportingPeriodsDialog"), [&](QDialog *dialog) {
            QVERIFY(dialog->windowTitle().contains(m_workspace->currentCluster()->name));
            auto *table = child<QTableView>(dialog, "periodsTable");
            QCOMPARE(table->model()->rowCount(), 2);
            QStringList names;
            for (int row = 0; row < 2; ++row)
                names.append(
                    table->model()->index(row, ReportingPeriodTableModel::Name).data().toString());
            QCOMPARE(names, (QStringList{QStringLiteral("School year 2025/26"),
                                         QStringLiteral("School year 2026/27")}));
            QCOMPARE(table->model()->index(0, ReportingPeriodTableModel::Targets).data().toString(),
                     QStringLiteral("7 of 8"));
            // The latest period is selected, unlocked: it can be locked, not unlocked.
            QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 1);
            QVERIFY(child<QPushButton>(dialog, "lockPeriodButton")->isEnabled());
            QVERIFY(!child<QPushButton>(dialog, "unlockPeriodButton")->isEnabled());
            QVERIFY(child<QPushButton>(dialog, "deletePeriodButton")->isEnabled());
            checked = true;
            dialog->reject();
        });
        periods->trigger();
        QVERIFY(checked);

        // A cluster without periods says how to start.
        Cluster empty;
        empty.name = QStringLiteral("Gorizia LEC");
        QString error;
        QVERIFY(m_workspace->addCluster(empty, &error));
        ReportingPeriodsDialog dialog(m_workspace.get(), m_window.get());
        dialog.show();
        QVERIFY(child<QLabel>(&dialog, "noPeriodsLabel")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "editPeriodButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "lockPeriodButton")->isEnabled());
    }

    void badInputIsRefusedNextToTheField()
    {
        loadDemo();
        ReportingPeriodsDialog dialog(m_workspace.get(), m_window.get());
        dialog.show();
        bool checked = false;
        whenDialogOpens(QStringLiteral("periodEditor"), [&](QDialog *editor) {
            // The new period follows the last one and lasts a year; it has no name yet, which
            // only disables Save until the user has typed.
            QCOMPARE(child<QDateEdit>(editor, "startEdit")->date(), QDate(2027, 9, 1));
            QCOMPARE(child<QDateEdit>(editor, "endEdit")->date(), QDate(2028, 8, 31));
            QVERIFY(!saveButton(editor)->isEnabled());
            QCOMPARE(shownMessage(editor, "nameMessage"), QString());

            // A name the cluster already uses, whatever its case.
            typeInto(editor, "nameEdit", QStringLiteral("school year 2025/26"));
            QCOMPARE(shownMessage(editor, "nameMessage"),
                     QStringLiteral("The cluster already has a period named “School year "
                                    "2025/26” (01/09/2025 to 31/08/2026). Give this one another "
                                    "name."));
            QVERIFY(!saveButton(editor)->isEnabled());
            typeInto(editor, "nameEdit", QStringLiteral("Period 3"));
            QCOMPARE(shownMessage(editor, "nameMessage"), QString());
            QVERIFY(saveButton(editor)->isEnabled());

            // An end before the start.
            child<QDateEdit>(editor, "endEdit")->setDate(QDate(2027, 8, 31));
            QCOMPARE(shownMessage(editor, "endMessage"),
                     QStringLiteral("The period cannot end before it starts."));
            QVERIFY(!saveButton(editor)->isEnabled());
            child<QDateEdit>(editor, "endEdit")->setDate(QDate(2028, 8, 31));
            QCOMPARE(shownMessage(editor, "endMessage"), QString());

            // Targets that are not a number, or negative, each under its own field.
            typeInto(editor, "target_pupilsEdit", QStringLiteral("abc"));
            typeInto(editor, "target_parentsEdit", QStringLiteral("-5"));
            QCOMPARE(shownMessage(editor, "target_pupilsMessage"),
                     QStringLiteral("“abc” is not a number. Type the target for “Pupils reached” "
                                    "as a number such as 1,500, or leave it empty."));
            QCOMPARE(shownMessage(editor, "target_parentsMessage"),
                     QStringLiteral("A target cannot be negative. Type the target for “Parents "
                                    "reached” as a number such as 1,500, or leave it empty."));
            QCOMPARE(shownMessage(editor, "target_teachersMessage"), QString());
            QVERIFY(!saveButton(editor)->isEnabled());
            typeInto(editor, "target_pupilsEdit", QStringLiteral("1,800"));
            typeInto(editor, "target_parentsEdit", QString());
            typeInto(editor, "target_events_heldEdit", QStringLiteral("120"));
            QCOMPARE(shownMessage(editor, "target_pupilsMessage"), QString());
            QCOMPARE(shownMessage(editor, "target_parentsMessage"), QString());
            QVERIFY(saveButton(editor)->isEnabled());
            // Beside each target, what the dates hold so far: the demo's planned events are not
            // counted, so no event is held yet in this period... but members are.
            QCOMPARE(child<QLabel>(editor, "target_events_heldActual")->text(),
                     QStringLiteral("0 (0% of the target)"));
            QVERIFY(child<QLabel>(editor, "target_institutionsActual")->text().toInt() > 50);
            checked = true;
            saveButton(editor)->click();
        });
        child<QPushButton>(&dialog, "newPeriodButton")->click();
        QVERIFY(checked);

        const ReportingPeriodTableModel *model = m_workspace->periods();
        QCOMPARE(model->rowCount(), 3);
        const ReportingPeriod added = *dialog.selectedPeriod();
        QCOMPARE(added.name, QStringLiteral("Period 3"));
        QCOMPARE(added.targets, (QMap<QString, double>{{QStringLiteral("pupils"), 1800},
                                                       {QStringLiteral("events_held"), 120}}));
        QCOMPARE(*ReportingPeriodRepository(m_temp->database().connection()).find(added.id).value(),
                 added);
        QCOMPARE(m_workspace->undoStack()->undoText(), QStringLiteral("Add period “Period 3”"));
        QVERIFY(m_errors.isEmpty());

        // Cancel after bad input: nothing is saved.
        whenDialogOpens(QStringLiteral("periodEditor"), [](QDialog *editor) {
            typeInto(editor, "target_teachersEdit", QStringLiteral("lots"));
            editor->reject();
        });
        child<QPushButton>(&dialog, "editPeriodButton")->click();
        QCOMPARE(*ReportingPeriodRepository(m_temp->database().connection()).find(added.id).value(),
                 added);

        // Ctrl+Z in the dialog takes the period back.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), 2);
    }

    void italianTargetsAreReadInItalian()
    {
        m_window->applyLanguage(QStringLiteral("it"));
        loadDemo();
        ReportingPeriodsDialog dialog(m_workspace.get(), m_window.get());
        dialog.show();
        dialog.selectPeriod(periodId(thisYear));
        bool checked = false;
        whenDialogOpens(QStringLiteral("periodEditor"), [&](QDialog *editor) {
            typeInto(editor, "target_pupilsEdit", QStringLiteral("abc"));
            QVERIFY(shownMessage(editor, "target_pupilsMessage").contains(QStringLiteral("1.500")));
            QVERIFY(!saveButton(editor)->isEnabled());
            typeInto(editor, "target_pupilsEdit", QStringLiteral("1.234,5"));
            typeInto(editor, "target_teachersEdit", QStringLiteral("80"));
            QCOMPARE(shownMessage(editor, "target_pupilsMessage"), QString());
            checked = true;
            saveButton(editor)->click();
        });
        child<QPushButton>(&dialog, "editPeriodButton")->click();
        QVERIFY(checked);
        const std::optional<ReportingPeriod> saved =
            m_workspace->periods()->period(periodId(thisYear));
        QCOMPARE(saved->targets.value(QStringLiteral("pupils")), 1234.5);
        QCOMPARE(saved->targets.value(QStringLiteral("teachers")), 80);

        // Opened again, the targets read as the Italian wrote them.
        whenDialogOpens(QStringLiteral("periodEditor"), [](QDialog *editor) {
            QCOMPARE(child<QLineEdit>(editor, "target_pupilsEdit")->text(),
                     QStringLiteral("1.234,5"));
            editor->reject();
        });
        child<QPushButton>(&dialog, "editPeriodButton")->click();
    }

    void lockedPeriodRefusesEditsEverywhereAndSaysWhy()
    {
        loadDemo();
        {
            ReportingPeriodsDialog dialog(m_workspace.get(), m_window.get());
            dialog.show();
            dialog.selectPeriod(periodId(lastYear));
            // Answering No to the question locks nothing.
            m_answer = false;
            child<QPushButton>(&dialog, "lockPeriodButton")->click();
            QCOMPARE(m_questions, QStringList{QStringLiteral("Lock the reporting period?")});
            QVERIFY(!dialog.selectedPeriod()->locked);
            m_answer = true;
            child<QPushButton>(&dialog, "lockPeriodButton")->click();
            QVERIFY(dialog.selectedPeriod()->locked);
            QVERIFY(ReportingPeriodRepository(m_temp->database().connection())
                        .find(periodId(lastYear))
                        .value()
                        ->locked);
            const QModelIndex selected = dialog.table()->selectionModel()->selectedRows().value(0);
            QCOMPARE(selected.siblingAtColumn(ReportingPeriodTableModel::Locked).data().toString(),
                     QStringLiteral("Locked"));
            QVERIFY(!child<QPushButton>(&dialog, "lockPeriodButton")->isEnabled());
            QVERIFY(child<QPushButton>(&dialog, "unlockPeriodButton")->isEnabled());
            QVERIFY(!child<QPushButton>(&dialog, "deletePeriodButton")->isEnabled());
            QCOMPARE(child<QPushButton>(&dialog, "editPeriodButton")->text(),
                     QStringLiteral("&View…"));

            // Its editor is read-only and says why and how to unlock.
            bool checked = false;
            whenDialogOpens(QStringLiteral("periodEditor"), [&](QDialog *editor) {
                QVERIFY(child<QWidget>(editor, "lockedBanner")->isVisible());
                const QString banner = child<QLabel>(editor, "lockedBannerText")->text();
                QVERIFY(banner.contains(QStringLiteral("locked because it has been reported")));
                QVERIFY(banner.contains(QStringLiteral("<i>Unlock</i>")));
                QVERIFY(child<QLineEdit>(editor, "nameEdit")->isReadOnly());
                QVERIFY(child<QLineEdit>(editor, "target_pupilsEdit")->isReadOnly());
                QVERIFY(child<QDateEdit>(editor, "endEdit")->isReadOnly());
                QVERIFY(!saveButton(editor));
                checked = true;
                editor->reject();
            });
            child<QPushButton>(&dialog, "editPeriodButton")->click();
            QVERIFY(checked);
        }

        // A held event of the period: the editor says why a new figure cannot be saved, before
        // Save, and the other details can still change.
        const Event held = heldEventLastYear();
        m_window->showSection(MainWindow::EventsSection);
        m_window->section<EventsView>()->selectEvent(held.id);
        bool checked = false;
        whenDialogOpens(QStringLiteral("eventEditor"), [&](QDialog *editor) {
            QVERIFY(!child<QWidget>(editor, "periodLockBanner")->isVisible());
            auto *pupils = child<QSpinBox>(editor, "pupilsEdit");
            pupils->setValue(pupils->value() + 1);
            QVERIFY(child<QWidget>(editor, "periodLockBanner")->isVisible());
            const QString banner = child<QLabel>(editor, "periodLockBannerText")->text();
            QVERIFY2(banner.startsWith(QStringLiteral("“%1” counts towards the reporting period "
                                                      "“School year 2025/26” (01/09/2025 to "
                                                      "31/08/2026), "
                                                      "which is locked")
                                           .arg(held.displayTitle())),
                     qPrintable(banner));
            QVERIFY(banner.contains(QStringLiteral("Reports › Reporting periods")));
            QVERIFY(!saveButton(editor)->isEnabled());
            pupils->setValue(pupils->value() - 1);
            QVERIFY(!child<QWidget>(editor, "periodLockBanner")->isVisible());
            typeInto(editor, "locationEdit", QStringLiteral("Aula magna"));
            QVERIFY(saveButton(editor)->isEnabled());
            checked = true;
            saveButton(editor)->click();
        });
        action("editEventAction")->trigger();
        QVERIFY(checked);
        QCOMPARE(m_workspace->events()->event(held.id)->location, QStringLiteral("Aula magna"));

        // Deleting it is refused at once, without asking first.
        m_questions.clear();
        action("deleteEventAction")->trigger();
        QCOMPARE(m_questions, QStringList());
        QCOMPARE(m_errorTitles, QStringList{QStringLiteral("Events not deleted")});
        QVERIFY(m_errors.constFirst().contains(QStringLiteral("“School year 2025/26”")));
        QVERIFY(m_workspace->events()->event(held.id));

        // Recording attendance of an event of the period that still lacks its figures.
        const std::optional<Event> unrecorded = heldEventLastYearWithoutFigures();
        QVERIFY(unrecorded);
        m_window->section<EventsView>()->selectEvent(unrecorded->id);
        checked = false;
        whenDialogOpens(QStringLiteral("attendanceDialog"), [&](QDialog *attendance) {
            child<QSpinBox>(attendance, "pupilsEdit")->setValue(20);
            QVERIFY(child<QWidget>(attendance, "periodLockBanner")->isVisible());
            QVERIFY(!saveButton(attendance)->isEnabled());
            checked = true;
            attendance->reject();
        });
        action("recordAttendanceAction")->trigger();
        QVERIFY(checked);

        // A partner that was a member during the period: its type is locked, its phone is not,
        // and deleting it is refused with a pointer to "left on".
        m_window->showSection(MainWindow::PartnersSection);
        const Partner member = partnerNamed(QStringLiteral("Liceo Scientifico Faro del Carso"));
        m_window->section<PartnersView>()->selectPartner(member.id);
        checked = false;
        whenDialogOpens(QStringLiteral("partnerEditor"), [&](QDialog *editor) {
            auto *type = child<QComboBox>(editor, "typeEdit");
            type->setCurrentIndex(type->findData(int(PartnerType::Museum)));
            QVERIFY(child<QWidget>(editor, "periodLockBanner")->isVisible());
            QVERIFY(!saveButton(editor)->isEnabled());
            type->setCurrentIndex(type->findData(int(PartnerType::School)));
            QVERIFY(!child<QWidget>(editor, "periodLockBanner")->isVisible());
            typeInto(editor, "phoneEdit", QStringLiteral("+39 000 555 9999"));
            QVERIFY(saveButton(editor)->isEnabled());
            checked = true;
            saveButton(editor)->click();
        });
        action("editPartnerAction")->trigger();
        QVERIFY(checked);
        QCOMPARE(m_workspace->partners()->partner(member.id)->phone,
                 QStringLiteral("+39 000 555 9999"));
        m_errors.clear();
        m_errorTitles.clear();
        action("deletePartnerAction")->trigger();
        QCOMPARE(m_errorTitles, QStringList{QStringLiteral("Partners not deleted")});
        QVERIFY(m_errors.constFirst().contains(QStringLiteral("“left on” date")));
        QVERIFY(m_workspace->partners()->partner(member.id));

        // Unlocked again, the figure can change.
        {
            ReportingPeriodsDialog dialog(m_workspace.get(), m_window.get());
            dialog.show();
            dialog.selectPeriod(periodId(lastYear));
            m_questions.clear();
            child<QPushButton>(&dialog, "unlockPeriodButton")->click();
            QCOMPARE(m_questions, QStringList{QStringLiteral("Unlock the reporting period?")});
            QVERIFY(!dialog.selectedPeriod()->locked);
        }
        Event more = *m_workspace->events()->event(held.id);
        more.setFigure(Figure::Pupils, more.figure(Figure::Pupils).value_or(0) + 1);
        QString error;
        QVERIFY2(EventChangeCommand::execute(
                     m_workspace->undoStack(),
                     EventChangeCommand::edit(m_workspace->eventStore(), held, more), &error),
                 qPrintable(error));
    }

    void refusedUndoAndImportAreExplainedOnce()
    {
        loadDemo();
        const Event held = heldEventLastYear();
        Event more = held;
        more.setFigure(Figure::Pupils, held.figure(Figure::Pupils).value_or(0) + 5);
        QString error;
        QVERIFY(EventChangeCommand::execute(
            m_workspace->undoStack(),
            EventChangeCommand::edit(m_workspace->eventStore(), held, more), &error));
        const int steps = m_workspace->undoStack()->count();

        // Another coordinator locks the period (the lock arrives by sync, not through this
        // window's history).
        lockPeriodElsewhere(lastYear);
        action("undoAction")->trigger();
        QTRY_COMPARE(m_errors.size(), 1);
        QCOMPARE(m_errorTitles, QStringList{QStringLiteral("Cannot undo")});
        QVERIFY2(m_errors.constFirst().startsWith(
                     QStringLiteral("“Edit “%1”” cannot be undone.").arg(held.displayTitle())),
                 qPrintable(m_errors.constFirst()));
        QVERIFY(m_errors.constFirst().contains(QStringLiteral("“School year 2025/26”")));
        QVERIFY(m_errors.constFirst().endsWith(QStringLiteral(
            "The step has been removed from the undo history; nothing was changed.")));
        // The table and the database both still hold the edit, and the history lost the step.
        QCOMPARE(m_workspace->events()->event(held.id)->figure(Figure::Pupils),
                 more.figure(Figure::Pupils));
        QCOMPARE(EventRepository(m_temp->database().connection())
                     .find(held.id)
                     .value()
                     ->figure(Figure::Pupils),
                 more.figure(Figure::Pupils));
        QCOMPARE(m_workspace->undoStack()->count(), steps - 1);

        // An import the lock refuses only when it is saved (the period was locked while the
        // preview was open) is reported once, by the import.
        m_errors.clear();
        m_errorTitles.clear();
        unlockPeriodElsewhere(lastYear);
        QTemporaryDir folder;
        const QString csv = folder.filePath(QStringLiteral("late.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,kind,start,status,pupils\nLate report,lab,2026-05-12,held,25\n");
        file.close();
        Prompts::openFile() = [csv](QWidget *, const QString &, const QString &, const QString &) {
            return csv;
        };
        m_window->showSection(MainWindow::EventsSection);
        whenDialogOpens(QStringLiteral("importPreview"), [this](QDialog *preview) {
            lockPeriodElsewhere(lastYear);
            preview->accept();
        });
        const int events = m_workspace->events()->rowCount();
        action("importEventsAction")->trigger();
        QCoreApplication::processEvents(); // a queued second report would arrive now
        QCOMPARE(m_errorTitles, QStringList{QStringLiteral("Events not imported")});
        QVERIFY(m_errors.constFirst().contains(QStringLiteral("“Late report”")));
        QCOMPARE(m_workspace->events()->rowCount(), events);
    }

    void screenshots_data() { addLanguageRows(); }

    void screenshots()
    {
        QFETCH(QString, language);
        m_window->applyLanguage(language);
        loadDemo();
        QString error;
        const ReportingPeriod first = *m_workspace->periods()->period(periodId(thisYear));
        QVERIFY(ReportingPeriodChangeCommand::execute(
            m_workspace->undoStack(),
            ReportingPeriodChangeCommand::setLocked(m_workspace->periodStore(), first, true),
            &error));
        const QString folder = screenshotFolder();

        ReportingPeriodsDialog dialog(m_workspace.get(), m_window.get());
        dialog.show();
        dialog.selectPeriod(periodId(lastYear));
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        grab(&dialog, folder + QStringLiteral("/reporting-periods-%1.png").arg(language));

        whenDialogOpens(QStringLiteral("periodEditor"), [folder, language](QDialog *editor) {
            grab(editor, folder + QStringLiteral("/period-editor-%1.png").arg(language));
            typeInto(editor, "target_parentsEdit", QStringLiteral("-200"));
            typeInto(editor, "target_othersEdit", QStringLiteral("molti"));
            child<QDateEdit>(editor, "endEdit")->setDate(QDate(2020, 12, 31));
            grab(editor, folder + QStringLiteral("/period-editor-errors-%1.png").arg(language));
            editor->reject();
        });
        child<QPushButton>(&dialog, "editPeriodButton")->click();

        dialog.selectPeriod(periodId(thisYear));
        whenDialogOpens(QStringLiteral("periodEditor"), [folder, language](QDialog *editor) {
            grab(editor, folder + QStringLiteral("/period-editor-locked-%1.png").arg(language));
            editor->reject();
        });
        child<QPushButton>(&dialog, "editPeriodButton")->click();
        dialog.close();

        // The event editor when a change would alter a locked period.
        lockPeriodElsewhere(lastYear);
        const Event held = heldEventLastYear();
        m_window->showSection(MainWindow::EventsSection);
        m_window->section<EventsView>()->selectEvent(held.id);
        whenDialogOpens(QStringLiteral("eventEditor"), [folder, language](QDialog *editor) {
            auto *pupils = child<QSpinBox>(editor, "pupilsEdit");
            pupils->setValue(pupils->value() + 3);
            grab(editor, folder + QStringLiteral("/event-editor-locked-%1.png").arg(language));
            editor->reject();
        });
        action("editEventAction")->trigger();
    }

private:
    void loadDemo()
    {
        QString error;
        QVERIFY2(m_workspace->createDemo(&error), qPrintable(error));
        QCOMPARE(m_workspace->periods()->rowCount(), 2);
    }

    // A demo period by the year it starts; the demo names it in the language of the window.
    QString periodId(int startYear) const
    {
        const QString name = DemoData::schoolYearName(startYear);
        const ReportingPeriodTableModel *periods = m_workspace->periods();
        for (int row = 0; row < periods->rowCount(); ++row) {
            if (periods->periodAt(row).name == name)
                return periods->periodAt(row).id;
        }
        qFatal("no period %s", qPrintable(name));
        return {};
    }

    // As another coordinator's lock arrives: in the database, outside this window's history.
    void setLockedElsewhere(int name, bool locked)
    {
        ReportingPeriodRepository repository(m_temp->database().connection());
        ReportingPeriod period = *repository.find(periodId(name)).value();
        period.locked = locked;
        QVERIFY2(repository.save(period), qPrintable(repository.errorMessage()));
    }
    void lockPeriodElsewhere(int startYear) { setLockedElsewhere(startYear, true); }
    void unlockPeriodElsewhere(int startYear) { setLockedElsewhere(startYear, false); }

    std::optional<Event> findEvent(const std::function<bool(const Event &)> &test) const
    {
        const EventTableModel *events = m_workspace->events();
        for (int row = 0; row < events->rowCount(); ++row) {
            const Event &event = events->eventAt(row);
            if (event.status == EventStatus::Held && event.startDate >= lastYearStart &&
                event.startDate <= lastYearEnd && test(event))
                return event;
        }
        return std::nullopt;
    }

    Event heldEventLastYear() const
    {
        const std::optional<Event> event =
            findEvent([](const Event &e) { return e.figure(Figure::Pupils).value_or(0) > 0; });
        if (!event)
            qFatal("the demo has no held event with pupils last school year");
        return *event;
    }

    std::optional<Event> heldEventLastYearWithoutFigures() const
    {
        return findEvent([](const Event &e) { return !e.hasFigures(); });
    }

    Partner partnerNamed(const QString &name) const
    {
        const PartnerTableModel *partners = m_workspace->partners();
        for (int row = 0; row < partners->rowCount(); ++row) {
            if (partners->partnerAt(row).name == name)
                return partners->partnerAt(row);
        }
        qFatal("no partner %s", qPrintable(name));
        return {};
    }

    QStringList m_errors;
    QStringList m_errorTitles;
    QStringList m_questions;
    bool m_answer = true;
};

QTEST_MAIN(TestPeriodsView)
#include "tst_periodsview.moc"
