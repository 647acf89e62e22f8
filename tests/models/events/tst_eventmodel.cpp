#include "models/common/Translations.h"
#include "models/events/EventChangeCommand.h"
#include "models/events/EventFilterProxyModel.h"
#include "models/events/EventRepository.h"
#include "models/events/EventTableModel.h"
#include "models/partners/PartnerChangeCommand.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerTableModel.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>
#include <QUndoStack>

namespace {

Event makeEvent(const QString &clusterId, const QString &title, QDate start, QDate end = {},
                EventKind kind = EventKind::Workshop, EventStatus status = EventStatus::Planned)
{
    Event event;
    event.clusterId = clusterId;
    event.titleEn = title;
    event.startDate = start;
    event.endDate = end;
    event.kind = kind;
    event.status = status;
    return event;
}

Partner makePartner(const QString &clusterId, const QString &name, PartnerType type)
{
    Partner partner;
    partner.clusterId = clusterId;
    partner.name = name;
    partner.type = type;
    return partner;
}

// Stands in for the Italian catalogue, so the test follows a language switch whatever the state
// of the .ts files.
class FakeItalian : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> texts = {
            {QStringLiteral("EventVocabulary/Mathematics"), QStringLiteral("Matematica")},
            {QStringLiteral("EventVocabulary/Academy course"), QStringLiteral("Corso Academy")},
            {QStringLiteral("EventTableModel/Status"), QStringLiteral("Stato")},
        };
        return texts.value(QLatin1String(context) + QLatin1Char('/') + QString::fromUtf8(source));
    }
};

} // namespace

class TestEventModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        Translations::install(QStringLiteral("en"));
    }

    void init()
    {
        m_temp = std::make_unique<TestSupport::TempDatabase>();
        QSqlDatabase db = m_temp->database().connection();
        m_clusterId = m_temp->addCluster(QStringLiteral("Trieste LEC"));
        m_otherClusterId = m_temp->addCluster(QStringLiteral("Vienna LEC"));

        QList<Partner> partners = {
            makePartner(m_clusterId, QStringLiteral("Università Immaginaria del Golfo"),
                        PartnerType::University),
            makePartner(m_clusterId, QStringLiteral("Science Centre Scintilla"),
                        PartnerType::Museum),
            makePartner(m_clusterId, QStringLiteral("Liceo Scientifico Faro del Carso"),
                        PartnerType::School),
        };
        QVERIFY(PartnerRepository(db).saveAll(partners));
        m_university = partners.at(0).id;
        m_museum = partners.at(1).id;
        m_school = partners.at(2).id;

        QList<Event> events = {
            makeEvent(m_clusterId, QStringLiteral("Researchers' Night"), QDate(2023, 9, 29), {},
                      EventKind::Event, EventStatus::Held),
            makeEvent(m_clusterId, QStringLiteral("Coding with Scratch"), QDate(2023, 10, 2),
                      QDate(2023, 11, 27), EventKind::Course, EventStatus::Held),
            makeEvent(m_clusterId, QStringLiteral("Tide pools lab"), QDate(2024, 3, 12), {},
                      EventKind::Lab, EventStatus::Confirmed),
            makeEvent(m_otherClusterId, QStringLiteral("Wiener Forschungsfest"), QDate(2024, 5, 4)),
        };
        events[0].titleIt = QStringLiteral("Notte dei Ricercatori");
        events[0].organiserIds = {m_university};
        events[0].participantIds = {m_school};
        events[0].subjects = {QStringLiteral("science"), QStringLiteral("robotica marina")};
        events[0].setFigure(Figure::Pupils, 9);
        events[1].organiserIds = {m_museum};
        events[1].subjects = {QStringLiteral("technology"), QStringLiteral("mathematics")};
        events[1].descriptionIt = QStringLiteral("Corso per insegnanti della primaria: città e "
                                                 "algoritmi.");
        events[1].setFigure(Figure::Teachers, 10);
        events[2].organiserIds = {m_school, m_museum};
        events[2].location = QStringLiteral("Molo Audace, Trieste");
        QVERIFY(EventRepository(db).saveAll(events));

        m_partners = std::make_unique<PartnerTableModel>(db);
        m_model = std::make_unique<EventTableModel>(db, m_partners.get());
        m_partners->setClusterId(m_clusterId);
        m_model->setClusterId(m_clusterId);
        // The models never write: edits go through the repositories and the models follow.
        m_eventRepository = std::make_unique<EventRepository>(db);
        m_partnerRepository = std::make_unique<PartnerRepository>(db);
    }

    void cleanup()
    {
        m_partnerRepository.reset();
        m_eventRepository.reset();
        m_model.reset();
        m_partners.reset();
        m_temp.reset();
        Translations::install(QStringLiteral("en"));
    }

    void passesModelTester()
    {
        QAbstractItemModelTester tester(m_model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(EventTableModel::ColumnCount));

        // Edits under the testers: insert, change, remove, partner rename, filters, sorting.
        Event added = makeEvent(m_clusterId, QStringLiteral("Star party"), QDate(2024, 8, 10));
        added.assignMissingIds();
        QVERIFY(m_eventRepository->apply({{added.id, added}}));
        added.status = EventStatus::Cancelled;
        QVERIFY(m_eventRepository->apply({{added.id, added}}));
        QVERIFY(m_eventRepository->apply({{added.id, std::nullopt}}));
        Partner renamed = *m_partners->partner(m_museum);
        renamed.name = QStringLiteral("Scintilla Science Centre");
        QVERIFY(m_partnerRepository->apply({{renamed.id, renamed}}));
        proxy.setSearchText(QStringLiteral("scintilla"));
        proxy.setPeriod(QDate(2023, 10, 1), QDate(2023, 12, 31));
        proxy.sort(EventTableModel::Participants, Qt::DescendingOrder);
        proxy.clearFilters();
        m_partners->setClusterId(m_otherClusterId);
        m_model->setClusterId(m_otherClusterId);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void showsOnlyTheCurrentClusterWithPartnerNames()
    {
        QCOMPARE(m_model->rowCount(), 3);
        const int row = m_model->rowOf(m_model->eventAt(0).id);
        QCOMPARE(row, 0);
        const QModelIndex organisers = m_model->index(0, EventTableModel::Organisers);
        QCOMPARE(organisers.data().toString(), QStringLiteral("Università Immaginaria del Golfo"));
        QCOMPARE(m_model->index(0, EventTableModel::Partners).data().toString(),
                 QStringLiteral("Liceo Scientifico Faro del Carso"));
        QCOMPARE(m_model->index(2, EventTableModel::Organisers).data().toString(),
                 QStringLiteral("Liceo Scientifico Faro del Carso, Science Centre Scintilla"));
        QCOMPARE(m_model->index(0, EventTableModel::Subjects).data().toString(),
                 QStringLiteral("Science, robotica marina"));
        QCOMPARE(m_model->countForPartner(m_museum), 2);
        QCOMPARE(m_model->countForPartner(m_university), 1);
        QCOMPARE(m_model->freeTextSubjects(), QStringList{QStringLiteral("robotica marina")});
    }

    void applyEmitsPreciseSignals()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        Event edited = m_model->eventAt(1);
        edited.location = QStringLiteral("Aula magna");
        QVERIFY(m_eventRepository->apply({{edited.id, edited}}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(m_model->index(1, EventTableModel::Location).data().toString(),
                 QStringLiteral("Aula magna"));

        Event added = makeEvent(m_clusterId, QStringLiteral("Open lab"), QDate(2024, 4, 1));
        added.assignMissingIds();
        QVERIFY(m_eventRepository->apply({{added.id, added}}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);

        const QString firstId = m_model->eventAt(0).id;
        QVERIFY(m_eventRepository->apply({{firstId, std::nullopt}}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowOf(firstId), -1);
        QCOMPARE(m_model->rowOf(added.id), 2); // the index follows the rows that moved up
    }

    void partnerNamesFollowThePartnerModel()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        EventFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSearchText(QStringLiteral("fondazione"));
        QCOMPARE(proxy.rowCount(), 0);

        Partner renamed = *m_partners->partner(m_museum);
        renamed.name = QStringLiteral("Fondazione Scintilla");
        QVERIFY(m_partnerRepository->apply({{renamed.id, renamed}}));
        // Rows 1 and 2 name the museum: one signal for the run, on the partner columns.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(),
                 m_model->index(1, EventTableModel::Organisers));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(2, EventTableModel::Partners));
        QCOMPARE(m_model->index(1, EventTableModel::Organisers).data().toString(),
                 QStringLiteral("Fondazione Scintilla"));
        QCOMPARE(proxy.rowCount(), 2);

        // A deleted partner loses its name in the events; undoing the delete brings it back.
        QUndoStack stack;
        QString error;
        QVERIFY(PartnerChangeCommand::execute(
            &stack, PartnerChangeCommand::remove(m_partnerRepository.get(), {renamed}), &error));
        QCOMPARE(m_model->index(1, EventTableModel::Organisers).data().toString(), QString());
        stack.undo();
        QCOMPARE(m_model->index(1, EventTableModel::Organisers).data().toString(),
                 QStringLiteral("Fondazione Scintilla"));
    }

    void periodFilterAcrossDayBoundaries()
    {
        const QDate from(2024, 5, 10);
        const QDate to(2024, 5, 20);
        QList<Event> events = {
            makeEvent(m_clusterId, QStringLiteral("ends on from"), QDate(2024, 5, 8), from),
            makeEvent(m_clusterId, QStringLiteral("starts on to"), to, QDate(2024, 5, 22)),
            makeEvent(m_clusterId, QStringLiteral("spans the period"), QDate(2024, 4, 1),
                      QDate(2024, 6, 30)),
            makeEvent(m_clusterId, QStringLiteral("all day inside"), QDate(2024, 5, 15)),
            makeEvent(m_clusterId, QStringLiteral("all day on to"), to),
            makeEvent(m_clusterId, QStringLiteral("ends the day before"), QDate(2024, 5, 1),
                      from.addDays(-1)),
            makeEvent(m_clusterId, QStringLiteral("all day the day after"), to.addDays(1)),
        };
        // Late in the evening of the day before, and early on the day after: still outside.
        events.append(makeEvent(m_clusterId, QStringLiteral("evening before"), from.addDays(-1)));
        events.last().startTime = QTime(21, 0);
        events.last().endTime = QTime(23, 59);
        events.append(makeEvent(m_clusterId, QStringLiteral("morning after"), to.addDays(1)));
        events.last().startTime = QTime(0, 0);
        events.last().endTime = QTime(1, 0);
        addAll(events);

        EventFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setPeriod(from, to);
        QCOMPARE(titles(proxy),
                 (QStringList{QStringLiteral("all day inside"), QStringLiteral("all day on to"),
                              QStringLiteral("ends on from"), QStringLiteral("spans the period"),
                              QStringLiteral("starts on to")}));
        // One open bound.
        proxy.setPeriod(to.addDays(1), QDate());
        QVERIFY(titles(proxy).contains(QStringLiteral("all day the day after")));
        QVERIFY(titles(proxy).contains(QStringLiteral("starts on to"))); // ends on the 22nd
        QVERIFY(!titles(proxy).contains(QStringLiteral("all day on to")));
    }

    void periodFilterAcrossTheYearBoundary()
    {
        addAll({makeEvent(m_clusterId, QStringLiteral("New Year's Eve sky watch"),
                          QDate(2023, 12, 31), QDate(2024, 1, 1)),
                makeEvent(m_clusterId, QStringLiteral("Last lab of 2023"), QDate(2023, 12, 31))});
        EventFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        const auto [from, to] = EventFilterProxyModel::quickPeriod(
            EventFilterProxyModel::QuickPeriod::ThisYear, QDate(2024, 1, 1));
        QCOMPARE(from, QDate(2024, 1, 1));
        QCOMPARE(to, QDate(2024, 12, 31));
        proxy.setPeriod(from, to);
        QVERIFY(titles(proxy).contains(QStringLiteral("New Year's Eve sky watch")));
        QVERIFY(!titles(proxy).contains(QStringLiteral("Last lab of 2023")));

        const auto lastYear = EventFilterProxyModel::quickPeriod(
            EventFilterProxyModel::QuickPeriod::LastYear, QDate(2024, 1, 1));
        proxy.setPeriod(lastYear.first, lastYear.second);
        QVERIFY(titles(proxy).contains(QStringLiteral("New Year's Eve sky watch")));
        QVERIFY(titles(proxy).contains(QStringLiteral("Last lab of 2023")));
        QVERIFY(titles(proxy).contains(QStringLiteral("Researchers' Night")));

        proxy.setPeriod(QDate(2024, 1, 2), QDate(2024, 1, 31));
        QVERIFY(!titles(proxy).contains(QStringLiteral("New Year's Eve sky watch")));
    }

    void quickPeriods()
    {
        using Quick = EventFilterProxyModel::QuickPeriod;
        const QDate leapDay(2024, 2, 10);
        QCOMPARE(EventFilterProxyModel::quickPeriod(Quick::ThisMonth, leapDay),
                 std::pair(QDate(2024, 2, 1), QDate(2024, 2, 29)));
        QCOMPARE(EventFilterProxyModel::quickPeriod(Quick::ThisMonth, QDate(2023, 12, 31)),
                 std::pair(QDate(2023, 12, 1), QDate(2023, 12, 31)));
        QCOMPARE(EventFilterProxyModel::quickPeriod(Quick::All, leapDay),
                 std::pair(QDate(), QDate()));
    }

    void kindStatusPartnerAndSubjectCombine()
    {
        EventFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        QVERIFY(!proxy.isFiltering());
        proxy.setPartnerFilter(m_museum); // organises two events
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setPartnerFilter(m_school); // participant in one, organiser of another
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter(EventStatus::Held);
        QCOMPARE(titles(proxy), QStringList{QStringLiteral("Researchers' Night")});
        proxy.setKindFilter(EventKind::Lab);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setKindFilter(EventKind::Event);
        proxy.setSubjectFilter(QStringLiteral("robotica marina"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSubjectFilter(QStringLiteral("technology"));
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(proxy.isFiltering());
        QSignalSpy changed(&proxy, &EventFilterProxyModel::filtersChanged);
        proxy.clearFilters();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.rowCount(), 3);
        QVERIFY(proxy.partnerFilter().isEmpty());
    }

    void searchIgnoresCaseAndAccentsAcrossFields()
    {
        EventFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        auto matches = [&](const QString &text) {
            proxy.setSearchText(text);
            return titles(proxy);
        };
        // Italian title, partner name with an accent, description, location, subjects.
        QCOMPARE(matches(QStringLiteral("NOTTE ricercatori")),
                 QStringList{QStringLiteral("Researchers' Night")});
        QCOMPARE(matches(QStringLiteral("universita")),
                 QStringList{QStringLiteral("Researchers' Night")});
        QCOMPARE(matches(QStringLiteral("CITTÀ")),
                 QStringList{QStringLiteral("Coding with Scratch")});
        QCOMPARE(matches(QStringLiteral("molo audace")),
                 QStringList{QStringLiteral("Tide pools lab")});
        QCOMPARE(matches(QStringLiteral("mathematics")),
                 QStringList{QStringLiteral("Coding with Scratch")});
        QCOMPARE(matches(QStringLiteral("robotica")),
                 QStringList{QStringLiteral("Researchers' Night")});
        QCOMPARE(matches(QStringLiteral("scratch carso")), QStringList()); // every word must match
        // Subject labels follow the language.
        {
            FakeItalian italian;
            QCoreApplication::installTranslator(&italian);
            QCOMPARE(matches(QStringLiteral("matematica")),
                     QStringList{QStringLiteral("Coding with Scratch")});
        } // the translator leaves with its scope
        QCOMPARE(matches(QStringLiteral("matematica")), QStringList());
    }

    void sortsOnRawValues()
    {
        EventFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(EventTableModel::Participants, Qt::DescendingOrder);
        // 10 teachers before 9 pupils, and nothing recorded last.
        QCOMPARE(orderedTitles(proxy), (QStringList{QStringLiteral("Coding with Scratch"),
                                                    QStringLiteral("Researchers' Night"),
                                                    QStringLiteral("Tide pools lab")}));
        QCOMPARE(proxy.index(0, EventTableModel::Participants).data(EventTableModel::SortRole),
                 QVariant(10));
        proxy.sort(EventTableModel::Start, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, EventTableModel::Title).data().toString(),
                 QStringLiteral("Tide pools lab"));
        QCOMPARE(proxy.index(0, EventTableModel::Start).data(EventTableModel::SortRole).userType(),
                 QMetaType::QDateTime);
        QCOMPARE(m_model->index(1, EventTableModel::End).data().toString(),
                 QStringLiteral("27/11/2023"));
    }

    void labelsFollowTheLanguage()
    {
        QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
        const QModelIndex kind = m_model->index(1, EventTableModel::Kind);
        QCOMPARE(kind.data().toString(), QStringLiteral("Academy course"));
        auto italian = std::make_unique<FakeItalian>();
        QCoreApplication::installTranslator(italian.get());
        QVERIFY(!headers.isEmpty());
        QCOMPARE(m_model->headerData(EventTableModel::Status, Qt::Horizontal).toString(),
                 QStringLiteral("Stato"));
        QCOMPARE(kind.data().toString(), QStringLiteral("Corso Academy"));
        italian.reset();
        QCOMPARE(kind.data().toString(), QStringLiteral("Academy course"));
        // Titles follow the language the application runs in.
        Translations::install(QStringLiteral("it"));
        QCOMPARE(m_model->index(0, EventTableModel::Title).data().toString(),
                 QStringLiteral("Notte dei Ricercatori"));
        Translations::install(QStringLiteral("en"));
        QCOMPARE(m_model->index(0, EventTableModel::Title).data().toString(),
                 QStringLiteral("Researchers' Night"));
    }

    void undoAndRedoRestoreTheDatabaseRows()
    {
        QUndoStack stack;
        EventRepository repository(m_temp->database().connection());
        QString error;

        // Add
        Event added = makeEvent(m_clusterId, QStringLiteral("Robotics open day"),
                                QDate(2024, 4, 20), {}, EventKind::Event, EventStatus::Confirmed);
        added.organiserIds = {m_school};
        added.participantIds = {m_university};
        QVERIFY(EventChangeCommand::execute(
            &stack, EventChangeCommand::add(m_eventRepository.get(), added), &error));
        QCOMPARE(m_model->rowCount(), 4);
        added = m_model->eventAt(3); // with its id
        QCOMPARE(*repository.find(added.id).value(), added);
        QCOMPARE(stack.undoText(), QStringLiteral("Add “Robotics open day”"));

        // Edit: a partner taken off, the place changed
        Event edited = added;
        edited.participantIds.clear();
        edited.location = QStringLiteral("Palestra del liceo");
        QVERIFY(EventChangeCommand::execute(
            &stack, EventChangeCommand::edit(m_eventRepository.get(), added, edited), &error));
        QCOMPARE(*repository.find(added.id).value(), edited);

        // Attendance: held with figures, one step
        QVERIFY(EventChangeCommand::canRecordAttendance(edited, QDate(2024, 4, 21)));
        QVERIFY(!EventChangeCommand::canRecordAttendance(edited, QDate(2024, 4, 19)));
        std::array<std::optional<int>, figureCount> figures{};
        figures[std::size_t(Figure::Pupils)] = 120;
        figures[std::size_t(Figure::Teachers)] = 8;
        figures[std::size_t(Figure::Parents)] = 0;
        QVERIFY(EventChangeCommand::execute(
            &stack, EventChangeCommand::recordAttendance(m_eventRepository.get(), edited, figures),
            &error));
        QCOMPARE(stack.undoText(), QStringLiteral("Record attendance for “Robotics open day”"));
        const Event attended = *repository.find(added.id).value();
        QCOMPARE(attended.status, EventStatus::Held);
        QCOMPARE(attended.figure(Figure::Parents), std::optional<int>(0)); // 0 is not "missing"
        QCOMPARE(attended.figure(Figure::Researchers), std::nullopt);
        QCOMPARE(attended.totalParticipants(), 128);
        // Late or wrong figures are corrected the same way, named as a correction.
        QVERIFY(EventChangeCommand::canRecordAttendance(attended));
        figures[std::size_t(Figure::Pupils)] = 118;
        QVERIFY(EventChangeCommand::execute(
            &stack,
            EventChangeCommand::recordAttendance(m_eventRepository.get(), attended, figures),
            &error));
        QCOMPARE(stack.undoText(), QStringLiteral("Correct attendance for “Robotics open day”"));
        QCOMPARE(repository.find(added.id).value()->figure(Figure::Pupils),
                 std::optional<int>(118));
        stack.undo();

        // Delete two at once: tombstones
        const Event lab = m_model->eventAt(2);
        QVERIFY(EventChangeCommand::execute(
            &stack, EventChangeCommand::remove(m_eventRepository.get(), {lab, attended}), &error));
        QVERIFY(stack.undoText().contains(QLatin1Char('2')));
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(!repository.find(lab.id).value());
        QCOMPARE(deletedFlag(lab.id), 1);

        stack.undo(); // delete undone
        QCOMPARE(deletedFlag(lab.id), 0);
        QCOMPARE(*repository.find(lab.id).value(), lab);
        QCOMPARE(*repository.find(added.id).value(), attended);
        stack.undo(); // attendance undone: planned figures gone
        QCOMPARE(*repository.find(added.id).value(), edited);
        QCOMPARE(m_model->event(added.id)->status, EventStatus::Confirmed);
        QVERIFY(!m_model->event(added.id)->hasFigures());
        stack.undo(); // edit undone: the participant is back
        QCOMPARE(*repository.find(added.id).value(), added);
        QCOMPARE(activeLinks(added.id), 2);
        stack.undo(); // add undone
        QVERIFY(!repository.find(added.id).value());
        QCOMPARE(m_model->rowCount(), 3);

        for (int i = 0; i < 4; ++i)
            stack.redo();
        QVERIFY(!repository.find(added.id).value());
        QVERIFY(!repository.find(lab.id).value());
        QCOMPARE(m_model->rowCount(), 2);
        stack.undo();
        QCOMPARE(*repository.find(added.id).value(), attended);
        QCOMPARE(*m_model->event(added.id), attended);
    }

    void failedCommandStaysOffTheStack()
    {
        QUndoStack stack;
        Event broken =
            makeEvent(QStringLiteral("missing-cluster"), QStringLiteral("X"), QDate(2024, 1, 1));
        QString error;
        QVERIFY(!EventChangeCommand::execute(
            &stack, EventChangeCommand::add(m_eventRepository.get(), broken), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(stack.count(), 0);
        QCOMPARE(m_model->rowCount(), 3);
    }

    void attendanceFitsPastPlannedAndHeldEvents()
    {
        const QDate today(2024, 6, 1);
        Event event = makeEvent(m_clusterId, QStringLiteral("x"), QDate(2024, 6, 1));
        QVERIFY(EventChangeCommand::canRecordAttendance(event, today)); // starts today
        event.startDate = QDate(2024, 6, 2);
        QVERIFY(!EventChangeCommand::canRecordAttendance(event, today)); // not yet
        event.startDate = QDate(2024, 5, 1);
        event.status = EventStatus::Cancelled;
        QVERIFY(!EventChangeCommand::canRecordAttendance(event, today));
        event.status = EventStatus::Held;
        QVERIFY(EventChangeCommand::canRecordAttendance(event, today));
        event.setFigure(Figure::Others, 0);
        QVERIFY(EventChangeCommand::canRecordAttendance(event, today)); // a correction
    }

private:
    static QStringList orderedTitles(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, EventTableModel::Title).data().toString());
        return list;
    }

    static QStringList titles(const QAbstractItemModel &model)
    {
        QStringList list = orderedTitles(model);
        list.sort();
        return list;
    }

    void addAll(QList<Event> events)
    {
        QList<EventChange> changes;
        for (Event &event : events) {
            event.assignMissingIds();
            changes.append({event.id, event});
        }
        QVERIFY(m_eventRepository->apply(changes));
    }

    int deletedFlag(const QString &id) const
    {
        QSqlQuery query(m_temp->database().connection());
        query.prepare(QStringLiteral("SELECT deleted FROM events WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    int activeLinks(const QString &eventId) const
    {
        QSqlQuery query(m_temp->database().connection());
        query.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM event_partners WHERE event_id = ? AND deleted = 0"));
        query.addBindValue(eventId);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<PartnerTableModel> m_partners;
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<EventRepository> m_eventRepository;
    std::unique_ptr<PartnerRepository> m_partnerRepository;
    QString m_clusterId;
    QString m_otherClusterId;
    QString m_university;
    QString m_museum;
    QString m_school;
};

QTEST_GUILESS_MAIN(TestEventModel)
#include "tst_eventmodel.moc"
