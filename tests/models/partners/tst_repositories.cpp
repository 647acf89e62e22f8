#include "models/clusters/ClusterRepository.h"
#include "models/partners/PartnerRepository.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void clustersAreAddedListedAndFound()
    {
        TestSupport::TempDatabase temp;
        ClusterRepository clusters(temp.database().connection());
        Cluster trieste{QString(),
                        QStringLiteral("  Trieste LEC "),
                        QStringLiteral("FVG"),
                        QStringLiteral("Italy"),
                        QStringLiteral("SISSA Medialab"),
                        false};
        QVERIFY(clusters.add(trieste));
        QVERIFY(!trieste.id.isEmpty());
        QCOMPARE(trieste.name, QStringLiteral("Trieste LEC"));
        Cluster vienna{QString(), QStringLiteral("Vienna LEC"), {}, QStringLiteral("Austria"), {},
                       false};
        QVERIFY2(clusters.add(vienna), qPrintable(clusters.errorMessage()));

        const QList<Cluster> all = clusters.all().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Trieste LEC"));
        QCOMPARE(all.at(1).name, QStringLiteral("Vienna LEC"));
        QCOMPARE(clusters.findByName(QStringLiteral("trieste lec")).value()->id, trieste.id);
        QCOMPARE(clusters.find(vienna.id).value()->country, QStringLiteral("Austria"));
        QVERIFY(!clusters.findByName(QStringLiteral("Nowhere")).value());
    }

    void clusterNamesMustBeGivenAndUnique()
    {
        TestSupport::TempDatabase temp;
        ClusterRepository clusters(temp.database().connection());
        Cluster first{QString(), QStringLiteral("Trieste LEC"), {}, {}, {}, false};
        QVERIFY(clusters.add(first));
        Cluster again{QString(), QStringLiteral("TRIESTE lec"), {}, {}, {}, false};
        QVERIFY(!clusters.add(again));
        QVERIFY(clusters.errorMessage().contains(QStringLiteral("already exists")));
        Cluster blank{QString(), QStringLiteral("   "), {}, {}, {}, false};
        QVERIFY(!clusters.add(blank));
        QVERIFY(clusters.errorMessage().contains(QStringLiteral("required")));
        QCOMPARE(clusters.all().value().size(), 1);
    }

    void partnerWithContactsRoundTrips()
    {
        TestSupport::TempDatabase temp;
        const QString clusterId = temp.addCluster(QStringLiteral("Trieste LEC"));
        PartnerRepository partners(temp.database().connection());
        Partner partner = samplePartner(clusterId);
        QVERIFY2(partners.save(partner), qPrintable(partners.errorMessage()));
        QVERIFY(!partner.id.isEmpty());
        QVERIFY(!partner.contacts.at(0).id.isEmpty());

        const std::optional<Partner> loaded = partners.find(partner.id).value();
        QVERIFY(loaded);
        QCOMPARE(*loaded, partner);
        const QList<Partner> listed = partners.forCluster(clusterId).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.constFirst(), partner);
        QCOMPARE(syncState(temp, QStringLiteral("partners"), partner.id), QStringLiteral("dirty"));
    }

    void editingContactsTombstonesRemovedOnes()
    {
        TestSupport::TempDatabase temp;
        const QString clusterId = temp.addCluster(QStringLiteral("Trieste LEC"));
        PartnerRepository partners(temp.database().connection());
        Partner partner = samplePartner(clusterId);
        QVERIFY(partners.save(partner));
        const QString removedId = partner.contacts.at(0).id;
        partner.contacts.removeFirst();
        partner.contacts.append(
            {QString(), QStringLiteral("Carla Esempio"), QStringLiteral("Librarian"), {}, {}});
        QVERIFY(partners.save(partner));

        QCOMPARE(partners.find(partner.id).value()->contacts, partner.contacts);
        QSqlQuery query(temp.database().connection());
        query.prepare(QStringLiteral("SELECT deleted, sync_state FROM contacts WHERE id = ?"));
        query.addBindValue(removedId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), QStringLiteral("dirty"));
    }

    void removeLeavesTombstoneAndSaveRestores()
    {
        TestSupport::TempDatabase temp;
        const QString clusterId = temp.addCluster(QStringLiteral("Trieste LEC"));
        PartnerRepository partners(temp.database().connection());
        Partner partner = samplePartner(clusterId);
        QVERIFY(partners.save(partner));
        QVERIFY(partners.remove({partner.id}));
        QVERIFY(!partners.find(partner.id).value());
        QVERIFY(partners.forCluster(clusterId).value().isEmpty());
        QCOMPARE(rowCount(temp, QStringLiteral("partners")), 1); // the tombstone stays
        QCOMPARE(liveCount(temp, QStringLiteral("contacts")), 0);

        QVERIFY(partners.save(partner));
        QCOMPARE(*partners.find(partner.id).value(), partner);
        QCOMPARE(liveCount(temp, QStringLiteral("contacts")), 2);
    }

    void failedBatchWritesNothing()
    {
        TestSupport::TempDatabase temp;
        const QString clusterId = temp.addCluster(QStringLiteral("Trieste LEC"));
        PartnerRepository partners(temp.database().connection());
        Partner good = samplePartner(clusterId);
        Partner orphan = samplePartner(QStringLiteral("no-such-cluster"));
        orphan.name = QStringLiteral("Orphan");
        QList<Partner> batch{good, orphan};
        QVERIFY(!partners.saveAll(batch));
        QVERIFY(!partners.errorMessage().isEmpty());
        QVERIFY(batch.at(0).id.isEmpty()); // the caller's copy is untouched
        QCOMPARE(rowCount(temp, QStringLiteral("partners")), 0);
        QCOMPARE(rowCount(temp, QStringLiteral("contacts")), 0);
    }

    void clusterPartnerCountIgnoresTombstones()
    {
        TestSupport::TempDatabase temp;
        const QString clusterId = temp.addCluster(QStringLiteral("Trieste LEC"));
        PartnerRepository partners(temp.database().connection());
        Partner a = samplePartner(clusterId);
        Partner b = samplePartner(clusterId);
        b.name = QStringLiteral("Other");
        QVERIFY(partners.save(a));
        QVERIFY(partners.save(b));
        QVERIFY(partners.remove({b.id}));
        QCOMPARE(ClusterRepository(temp.database().connection()).partnerCount(clusterId).value(),
                 1);
    }

private:
    static Partner samplePartner(const QString &clusterId)
    {
        Partner partner;
        partner.clusterId = clusterId;
        partner.name = QStringLiteral("Liceo Scientifico Demo");
        partner.type = PartnerType::School;
        partner.schoolLevel = SchoolLevel::UpperSecondary;
        partner.city = QStringLiteral("Trieste");
        partner.address = QStringLiteral("Via dell'Esempio 1");
        partner.website = QStringLiteral("https://liceo.example.org");
        partner.email = QStringLiteral("info@liceo.example.org");
        partner.phone = QStringLiteral("+39 040 000 0000");
        partner.joinedOn = QDate(2020, 2, 29);
        partner.notes = QStringLiteral("Line one\nLine two, with \"quotes\"");
        partner.contacts = {
            {QString(),
             QStringLiteral("Anna Demo"),
             QStringLiteral("Head teacher"),
             QStringLiteral("anna@example.org"),
             {}},
            {QString(),
             QStringLiteral("Bruno Prova"),
             QStringLiteral("STEAM contact"),
             {},
             QStringLiteral("+39 040 000 0001")},
        };
        return partner;
    }

    static int rowCount(TestSupport::TempDatabase &temp, const QString &table)
    {
        QSqlQuery query(temp.database().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return query.next() ? query.value(0).toInt() : -1;
    }

    static int liveCount(TestSupport::TempDatabase &temp, const QString &table)
    {
        QSqlQuery query(temp.database().connection());
        query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table));
        return query.next() ? query.value(0).toInt() : -1;
    }

    static QString syncState(TestSupport::TempDatabase &temp, const QString &table,
                             const QString &id)
    {
        QSqlQuery query(temp.database().connection());
        query.prepare(QStringLiteral("SELECT sync_state FROM %1 WHERE id = ?").arg(table));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
