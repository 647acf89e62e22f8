#include "models/clusters/ClusterRepository.h"
#include "models/common/Translations.h"
#include "models/events/EventRepository.h"
#include "models/events/EventTableModel.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerTableModel.h"
#include "models/periods/ReportingPeriodTableModel.h"
#include "models/storage/ChangeNotifier.h"
#include "models/storage/Database.h"
#include "models/storage/Transaction.h"
#include "models/workspace/Workspace.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

Partner makePartner(const QString &clusterId, const QString &name)
{
    Partner partner;
    partner.clusterId = clusterId;
    partner.name = name;
    partner.type = PartnerType::School;
    partner.assignMissingIds();
    return partner;
}

RecordChanges changesAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<RecordChanges>();
}

} // namespace

// The one change flow of the models layer: every write is announced once committed, whoever makes
// it, and the models follow; a read that fails says so and keeps what was read before.
class TestChangeFlow : public QObject
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
        m_clusterId = m_temp->addCluster(QStringLiteral("Trieste LEC"));
        m_otherClusterId = m_temp->addCluster(QStringLiteral("Gorizia LEC"));
    }

    void cleanup() { m_temp.reset(); }

    void announcementsWaitForTheCommit()
    {
        QSignalSpy spy(ChangeNotifier::of(db()), &ChangeNotifier::recordsChanged);
        PartnerRepository partners(db());
        Partner first = makePartner(m_clusterId, QStringLiteral("Liceo Galilei"));
        Partner second = makePartner(m_clusterId, QStringLiteral("Liceo Volta"));
        {
            // The demo data and a sync page write many records in one transaction: nobody may
            // read them before it commits.
            Transaction outer(db());
            QVERIFY(partners.save(first));
            QVERIFY(partners.save(second));
            QCOMPARE(spy.count(), 0);
            QVERIFY(outer.commit());
        }
        QCOMPARE(spy.count(), 2);
        QCOMPARE(changesAt(spy, 0).kind, RecordKind::Partner);
        QCOMPARE(changesAt(spy, 0).clusterId, m_clusterId);
        QCOMPARE(changesAt(spy, 0).inserted, QStringList{first.id});
        QCOMPARE(changesAt(spy, 1).inserted, QStringList{second.id});

        // Rolled back, nested or not: never announced.
        spy.clear();
        {
            Transaction outer(db());
            Partner edited = first;
            edited.city = QStringLiteral("Muggia");
            QVERIFY(partners.save(edited));
            {
                Transaction inner(db());
                QVERIFY(partners.remove({second.id}));
                // The savepoint rolls back: its delete is forgotten, the outer edit stays pending.
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(spy.count(), 1);
        QCOMPARE(changesAt(spy, 0).changed, QStringList{first.id});
        QVERIFY(changesAt(spy, 0).removed.isEmpty());
        QVERIFY(partners.find(second.id).value());
        spy.clear();
        {
            Transaction outer(db());
            QVERIFY(partners.remove({first.id}));
        }
        QCOMPARE(spy.count(), 0);
        QVERIFY(partners.find(first.id).value());
    }

    void changesSayWhatHappenedToWhichRecordWhere()
    {
        QSignalSpy spy(ChangeNotifier::of(db()), &ChangeNotifier::recordsChanged);
        PartnerRepository partners(db());
        Partner partner = makePartner(m_clusterId, QStringLiteral("Museo del Mare"));
        QVERIFY(partners.save(partner));
        partner.city = QStringLiteral("Trieste");
        QVERIFY(partners.save(partner));
        // Moved to another cluster: gone from one list, new in the other.
        partner.clusterId = m_otherClusterId;
        QVERIFY(partners.save(partner));
        QVERIFY(partners.remove({partner.id}));
        QVERIFY(partners.remove({partner.id})); // a tombstone already: nothing to say
        // A tombstone saved again is restored: new to whoever lists the cluster.
        QVERIFY(partners.save(partner));

        QCOMPARE(spy.count(), 6);
        QCOMPARE(changesAt(spy, 0).inserted, QStringList{partner.id});
        QCOMPARE(changesAt(spy, 1).changed, QStringList{partner.id});
        QCOMPARE(changesAt(spy, 2).clusterId, m_clusterId);
        QCOMPARE(changesAt(spy, 2).removed, QStringList{partner.id});
        QCOMPARE(changesAt(spy, 3).clusterId, m_otherClusterId);
        QCOMPARE(changesAt(spy, 3).inserted, QStringList{partner.id});
        QCOMPARE(changesAt(spy, 4).clusterId, m_otherClusterId);
        QCOMPARE(changesAt(spy, 4).removed, QStringList{partner.id});
        QCOMPARE(changesAt(spy, 5).inserted, QStringList{partner.id});

        // A new cluster is announced too.
        spy.clear();
        const QString udine = m_temp->addCluster(QStringLiteral("Udine LEC"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(changesAt(spy, 0).kind, RecordKind::Cluster);
        QCOMPARE(changesAt(spy, 0).inserted, QStringList{udine});
    }

    void modelsFollowWritesThatNoUndoCommandMade()
    {
        PartnerTableModel partners(db());
        EventTableModel events(db(), &partners);
        ReportingPeriodTableModel periods(db());
        QAbstractItemModelTester partnerTester(
            &partners, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester eventTester(
            &events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        partners.setClusterId(m_clusterId);
        events.setClusterId(m_clusterId);
        periods.setClusterId(m_clusterId);
        QSignalSpy partnerResets(&partners, &QAbstractItemModel::modelReset);
        QSignalSpy eventResets(&events, &QAbstractItemModel::modelReset);
        QSignalSpy eventsInserted(&events, &QAbstractItemModel::rowsInserted);

        // As a sync pull or an import from another tool would: straight through the repositories.
        Partner school = makePartner(m_clusterId, QStringLiteral("Liceo Galilei"));
        Partner elsewhere = makePartner(m_otherClusterId, QStringLiteral("Liceo di Gorizia"));
        QList<Partner> both{school, elsewhere};
        QVERIFY(PartnerRepository(db()).saveAll(both));
        QCOMPARE(partners.rowCount(), 1); // the other cluster's partner is not on show
        QCOMPARE(partners.partnerAt(0).name, school.name);

        Event lab;
        lab.clusterId = m_clusterId;
        lab.titleEn = QStringLiteral("Robotics lab");
        lab.startDate = QDate(2026, 3, 10);
        lab.organiserIds = {school.id};
        QVERIFY(EventRepository(db()).save(lab));
        QCOMPARE(events.rowCount(), 1);
        QCOMPARE(eventsInserted.count(), 1);
        QCOMPARE(events.index(0, EventTableModel::Organisers).data().toString(), school.name);

        // A rename reaches the events that name the partner.
        school.name = QStringLiteral("Liceo Scientifico Galilei");
        QVERIFY(PartnerRepository(db()).save(school));
        QCOMPARE(events.index(0, EventTableModel::Organisers).data().toString(), school.name);

        ReportingPeriod period;
        period.clusterId = m_clusterId;
        period.name = QStringLiteral("Period 1");
        period.start = QDate(2026, 1, 1);
        period.end = QDate(2026, 12, 31);
        QVERIFY(ReportingPeriodRepository(db()).save(period));
        QCOMPARE(periods.rowCount(), 1);

        QVERIFY(EventRepository(db()).remove({lab.id}));
        QCOMPARE(events.rowCount(), 0);
        QCOMPARE(partnerResets.count(), 0);
        QCOMPARE(eventResets.count(), 0);
    }

    void removalsInSeveralRunsKeepLookupsRight()
    {
        QList<Partner> partners;
        for (int i = 0; i < 6; ++i)
            partners.append(makePartner(m_clusterId, QStringLiteral("Partner %1").arg(i)));
        QVERIFY(PartnerRepository(db()).saveAll(partners));
        PartnerTableModel model(db());
        model.setClusterId(m_clusterId);
        QCOMPARE(model.rowCount(), 6);

        // Whoever listens to a removal looks records up while the rows are still moving: every
        // lookup must match the rows as they are at that moment.
        int checks = 0;
        connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString id = model.partnerAt(row).id;
                QCOMPARE(model.rowOf(id), row);
                QCOMPARE(model.partner(id)->name, model.partnerAt(row).name);
                ++checks;
            }
        });
        const QString second = model.partnerAt(1).id;
        const QString fourth = model.partnerAt(3).id;
        QVERIFY(PartnerRepository(db()).remove({second, fourth})); // two runs of one row
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(checks >= 5 + 4);
        QCOMPARE(model.rowOf(second), -1);
        QVERIFY(!model.partner(fourth));
    }

    void afterAFailedReadEveryChangeReadsTheClusterAgain()
    {
        PartnerTableModel model(db());
        model.setClusterId(m_clusterId);
        TestSupport::RawSqlite raw(m_temp->path());
        QCOMPARE(raw.exec({QStringLiteral("ALTER TABLE partners RENAME TO partners_hidden")}),
                 QString());
        QVERIFY(!model.refresh());
        QVERIFY(!model.readError().isEmpty());
        // Repaired, and meanwhile written by someone the model did not hear from.
        QCOMPARE(raw.exec({QStringLiteral("ALTER TABLE partners_hidden RENAME TO partners")}),
                 QString());
        QList<Partner> unheard{makePartner(m_clusterId, QStringLiteral("Written unheard"))};
        {
            Database other;
            QVERIFY(other.open(m_temp->path()));
            QVERIFY(PartnerRepository(other.connection()).saveAll(unheard));
        }
        // The next announced change is a small one; the model, knowing it is behind, reads the
        // whole cluster and is whole again, and only then says that reading works.
        Partner heard = makePartner(m_clusterId, QStringLiteral("Written and announced"));
        QVERIFY(PartnerRepository(db()).save(heard));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOf(unheard.constFirst().id) >= 0);
        QVERIFY(model.readError().isEmpty());
    }

    void writesOfAnotherConnectionAreNoticed()
    {
        // The window's workspace watches its file: `lecdesk partners import` run meanwhile, or a
        // second window, writes through a connection of its own.
        Workspace workspace(db(), m_temp->path());
        workspace.setCurrentClusterId(m_clusterId);
        QCOMPARE(workspace.partners()->rowCount(), 0);
        QSignalSpy records(&workspace, &Workspace::recordsChanged);
        QSignalSpy resets(workspace.partners(), &QAbstractItemModel::modelReset);

        Database other;
        QVERIFY2(other.open(m_temp->path()), qPrintable(other.errorMessage()));
        QList<Partner> imported{makePartner(m_clusterId, QStringLiteral("Istituto Carducci")),
                                makePartner(m_clusterId, QStringLiteral("Istituto Dante"))};
        QVERIFY(PartnerRepository(other.connection()).saveAll(imported));
        QTRY_COMPARE(workspace.partners()->rowCount(), 2);
        QVERIFY(records.count() > 0);
        QCOMPARE(resets.count(), 0);

        Cluster udine;
        udine.name = QStringLiteral("Udine LEC");
        QVERIFY(ClusterRepository(other.connection()).add(udine));
        QTRY_COMPARE(workspace.clusters().size(), 3);
        QCOMPARE(workspace.clusters().at(2).name, QStringLiteral("Udine LEC"));
    }

    void aFailedReadKeepsTheRowsAndSaysWhy()
    {
        QList<Partner> partners{makePartner(m_clusterId, QStringLiteral("Liceo Galilei")),
                                makePartner(m_clusterId, QStringLiteral("Liceo Volta"))};
        QVERIFY(PartnerRepository(db()).saveAll(partners));
        Workspace workspace(db());
        workspace.setCurrentClusterId(m_clusterId);
        PartnerTableModel *model = workspace.partners();
        QCOMPARE(model->rowCount(), 2);
        QSignalSpy problems(&workspace, &Workspace::readProblemChanged);

        // Damaged from outside: the table is gone. A read of it must fail, not come back empty.
        TestSupport::RawSqlite raw(m_temp->path());
        QCOMPARE(raw.exec({QStringLiteral("ALTER TABLE partners RENAME TO partners_hidden")}),
                 QString());
        const Result<QList<Partner>> read = PartnerRepository(db()).forCluster(m_clusterId);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("partners")), qPrintable(read.error()));
        QVERIFY(!PartnerRepository(db()).find(partners.at(0).id).ok());
        QVERIFY(!ClusterRepository(db()).partnerCount(m_clusterId).ok());

        QVERIFY(!workspace.reload());
        QCOMPARE(model->rowCount(), 2); // the last good rows stay
        QCOMPARE(model->partnerAt(0).name, partners.at(0).name);
        QVERIFY(!model->readError().isEmpty());
        QCOMPARE(problems.count(), 1);
        QVERIFY2(workspace.readProblem().startsWith(QStringLiteral("The partners cannot be read:")),
                 qPrintable(workspace.readProblem()));

        // Repaired: reading again works, and the problem is gone.
        QCOMPARE(raw.exec({QStringLiteral("ALTER TABLE partners_hidden RENAME TO partners")}),
                 QString());
        QVERIFY(workspace.reload());
        QVERIFY(model->readError().isEmpty());
        QVERIFY(workspace.readProblem().isEmpty());
        QCOMPARE(problems.count(), 2);
        QCOMPARE(model->rowCount(), 2);

        // Locks that cannot be read hold: the edit is refused, never let through unchecked.
        QCOMPARE(
            raw.exec({QStringLiteral("ALTER TABLE reporting_periods RENAME TO periods_hidden")}),
            QString());
        Partner more = makePartner(m_clusterId, QStringLiteral("Liceo Nuovo"));
        PartnerRepository writer(db());
        QVERIFY(!writer.save(more));
        QVERIFY2(writer.errorMessage().contains(QStringLiteral("locked reporting periods")),
                 qPrintable(writer.errorMessage()));
        QVERIFY(!writer.find(more.id).value());
        QCOMPARE(model->rowCount(), 2);
    }

    void aClusterThatCannotBeReadShowsNothingAndSaysWhy()
    {
        QList<Partner> partners{makePartner(m_otherClusterId, QStringLiteral("Liceo di Gorizia"))};
        QVERIFY(PartnerRepository(db()).saveAll(partners));
        PartnerTableModel model(db());
        QSignalSpy readState(&model, &PartnerTableModel::readStateChanged);
        TestSupport::RawSqlite raw(m_temp->path());
        QCOMPARE(raw.exec({QStringLiteral("ALTER TABLE contacts RENAME TO contacts_hidden")}),
                 QString());
        // Another cluster's rows would be wrong under this one's name: the list is empty and the
        // model says why.
        model.setClusterId(m_otherClusterId);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(readState.count(), 1);
        QVERIFY(!readState.at(0).at(0).toString().isEmpty());
    }

private:
    QSqlDatabase db() const { return m_temp->database().connection(); }

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    QString m_clusterId;
    QString m_otherClusterId;
};

QTEST_GUILESS_MAIN(TestChangeFlow)
#include "tst_changeflow.moc"
