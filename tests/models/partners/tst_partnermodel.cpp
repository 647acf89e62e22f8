#include "models/clusters/ClusterRepository.h"
#include "models/common/Translations.h"
#include "models/partners/PartnerChangeCommand.h"
#include "models/partners/PartnerFilterProxyModel.h"
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

Partner makePartner(const QString &clusterId, const QString &name, PartnerType type,
                    QDate joined = {}, QDate left = {})
{
    Partner partner;
    partner.clusterId = clusterId;
    partner.name = name;
    partner.type = type;
    partner.joinedOn = joined;
    partner.leftOn = left;
    partner.city = QStringLiteral("Trieste");
    return partner;
}

} // namespace

class TestPartnerModel : public QObject
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
        m_otherClusterId = m_temp->addCluster(QStringLiteral("Vienna LEC"));
        QList<Partner> partners = {
            makePartner(m_clusterId, QStringLiteral("Università degli Studi Demo"),
                        PartnerType::University, QDate(2019, 10, 1)),
            makePartner(m_clusterId, QStringLiteral("Istituto Comprensivo 9"), PartnerType::School,
                        QDate(2022, 6, 15)),
            makePartner(m_clusterId, QStringLiteral("Istituto Comprensivo 10"), PartnerType::School,
                        QDate(2020, 1, 1), QDate(2021, 12, 31)),
            makePartner(m_clusterId, QStringLiteral("Museo del Mare Immaginario"),
                        PartnerType::Museum),
            makePartner(m_otherClusterId, QStringLiteral("Wiener Demo Schule"),
                        PartnerType::School),
        };
        partners[1].contacts = {{QString(), QStringLiteral("Zelda Contatto"), {}, {}, {}}};
        partners[1].contacts.append({QString(), QStringLiteral("Ugo Secondo"), {}, {}, {}});
        PartnerRepository repository(m_temp->database().connection());
        QVERIFY(repository.saveAll(partners));
        m_model = std::make_unique<PartnerTableModel>(m_temp->database().connection());
        m_model->setClusterId(m_clusterId);
        // The model never writes: edits go through the repository and the model follows.
        m_repository = std::make_unique<PartnerRepository>(m_temp->database().connection());
    }

    void cleanup()
    {
        m_repository.reset();
        m_model.reset();
        m_temp.reset();
    }

    void passesModelTester()
    {
        QAbstractItemModelTester tester(m_model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PartnerFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(PartnerTableModel::ColumnCount));

        // Edits under the testers: insert, change, remove.
        Partner added =
            makePartner(m_clusterId, QStringLiteral("Comune Demo"), PartnerType::LocalAuthority);
        added.assignMissingIds();
        QVERIFY(m_repository->apply({{added.id, added}}));
        added.city = QStringLiteral("Muggia");
        QVERIFY(m_repository->apply({{added.id, added}}));
        QVERIFY(m_repository->apply({{added.id, std::nullopt}}));
        proxy.setSearchText(QStringLiteral("istituto"));
        proxy.setMembership(PartnerFilterProxyModel::Membership::Former);
        proxy.sort(PartnerTableModel::JoinedOn, Qt::DescendingOrder);
        m_model->setClusterId(m_otherClusterId);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void showsOnlyTheCurrentCluster()
    {
        QStringList names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names.append(m_model->partnerAt(row).name);
        QVERIFY(!names.contains(QStringLiteral("Wiener Demo Schule")));
        QCOMPARE(names.size(), 4);
    }

    void applyEmitsPreciseSignals()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        Partner edited = m_model->partnerAt(1);
        edited.city = QStringLiteral("Muggia");
        QVERIFY(m_repository->apply({{edited.id, edited}}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(m_model->index(1, PartnerTableModel::City).data().toString(),
                 QStringLiteral("Muggia"));

        Partner added = makePartner(m_clusterId, QStringLiteral("Nuova"), PartnerType::Other);
        added.assignMissingIds();
        QVERIFY(m_repository->apply({{added.id, added}}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4);

        const QString firstId = m_model->partnerAt(0).id;
        QVERIFY(m_repository->apply({{firstId, std::nullopt}}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowOf(firstId), -1);
    }

    void failedApplyChangesNothing()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Partner broken =
            makePartner(QStringLiteral("missing-cluster"), QStringLiteral("X"), PartnerType::Other);
        broken.assignMissingIds();
        Partner edited = m_model->partnerAt(0);
        edited.name = QStringLiteral("Changed");
        QVERIFY(!m_repository->apply({{edited.id, edited}, {broken.id, broken}}));
        QVERIFY(!m_repository->errorMessage().isEmpty());
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_model->partnerAt(0).name != QStringLiteral("Changed"));
        PartnerRepository repository(m_temp->database().connection());
        QVERIFY(repository.find(edited.id).value()->name != QStringLiteral("Changed"));
    }

    void sortsOnRawValues()
    {
        PartnerFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.sort(PartnerTableModel::Name, Qt::AscendingOrder);
        // Locale-aware text order; "10" before "9" is plain text order, which names follow.
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Istituto Comprensivo 10"));

        proxy.sort(PartnerTableModel::JoinedOn, Qt::AscendingOrder);
        QStringList byDate;
        for (int row = 0; row < proxy.rowCount(); ++row)
            byDate.append(proxy.index(row, 0).data().toString());
        QCOMPARE(byDate,
                 (QStringList{QStringLiteral("Museo del Mare Immaginario"), // no date first
                              QStringLiteral("Università degli Studi Demo"),
                              QStringLiteral("Istituto Comprensivo 10"),
                              QStringLiteral("Istituto Comprensivo 9")}));

        proxy.sort(PartnerTableModel::Contacts, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Istituto Comprensivo 9"));
        QCOMPARE(proxy.index(0, PartnerTableModel::Contacts).data(PartnerTableModel::SortRole),
                 QVariant(2));
    }

    void searchIgnoresCaseAndAccentsAndMatchesContacts()
    {
        PartnerFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSearchText(QStringLiteral("UNIVERSITA"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("istituto   comprensivo"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("zelda"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Istituto Comprensivo 9"));
        proxy.setSearchText(QStringLiteral("museo istituto")); // every word must match
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void searchFollowsEdits()
    {
        PartnerFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSearchText(QStringLiteral("muggia"));
        QCOMPARE(proxy.rowCount(), 0);
        Partner edited = m_model->partnerAt(3);
        edited.city = QStringLiteral("Muggia");
        QVERIFY(m_repository->apply({{edited.id, edited}}));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void filtersByTypeAndMembership()
    {
        PartnerFilterProxyModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setReferenceDate(QDate(2022, 1, 1));
        proxy.setTypeFilter(PartnerType::School);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMembership(PartnerFilterProxyModel::Membership::Current);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Istituto Comprensivo 9"));
        proxy.setMembership(PartnerFilterProxyModel::Membership::Former);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Istituto Comprensivo 10"));
        // On the day it leaves, a partner is still a member.
        proxy.setReferenceDate(QDate(2021, 12, 31));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setTypeFilter(std::nullopt);
        proxy.setMembership(PartnerFilterProxyModel::Membership::All);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void labelsFollowTheLanguage()
    {
        QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
        const QModelIndex type = m_model->index(0, PartnerTableModel::Type);
        QCOMPARE(m_model->headerData(PartnerTableModel::City, Qt::Horizontal).toString(),
                 QStringLiteral("City"));
        Translations::install(QStringLiteral("it"));
        // One LanguageChange per translator swapped; each repaints the header.
        QVERIFY(!headers.isEmpty());
        QCOMPARE(m_model->headerData(PartnerTableModel::City, Qt::Horizontal).toString(),
                 QStringLiteral("Città"));
        QCOMPARE(type.data().toString(), QStringLiteral("Università"));
        Translations::install(QStringLiteral("en"));
        QCOMPARE(type.data().toString(), QStringLiteral("University"));
    }

    void undoAndRedoEveryEdit()
    {
        QUndoStack stack;
        PartnerRepository repository(m_temp->database().connection());
        QString error;

        // Add
        Partner added =
            makePartner(m_clusterId, QStringLiteral("Fondazione Demo"), PartnerType::NonProfit);
        added.contacts = {{QString(), QStringLiteral("Piera Prova"), {}, {}, {}}};
        added.assignMissingIds();
        QVERIFY(PartnerChangeCommand::execute(
            &stack,
            PartnerChangeCommand::add(m_repository.get(), {added},
                                      [] { return QStringLiteral("Add"); }),
            &error));
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(repository.find(added.id).value()->contacts.size(), 1);

        // Edit
        Partner edited = added;
        edited.name = QStringLiteral("Fondazione Demo ETS");
        edited.contacts.clear();
        QVERIFY(PartnerChangeCommand::execute(
            &stack, PartnerChangeCommand::edit(m_repository.get(), added, edited), &error));
        QCOMPARE(repository.find(added.id).value()->name, QStringLiteral("Fondazione Demo ETS"));
        QVERIFY(repository.find(added.id).value()->contacts.isEmpty());

        // Delete two at once
        const Partner museum = m_model->partnerAt(3);
        QVERIFY(PartnerChangeCommand::execute(
            &stack, PartnerChangeCommand::remove(m_repository.get(), {museum, edited}), &error));
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(!repository.find(museum.id).value());

        stack.undo(); // delete undone
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(*repository.find(museum.id).value(), museum);
        stack.undo(); // edit undone: the contact is back
        QCOMPARE(*repository.find(added.id).value(), added);
        QCOMPARE(m_model->partner(added.id)->name, QStringLiteral("Fondazione Demo"));
        stack.undo(); // add undone
        QVERIFY(!repository.find(added.id).value());
        QCOMPARE(m_model->rowCount(), 4);

        stack.redo();
        stack.redo();
        stack.redo();
        QVERIFY(!repository.find(added.id).value());
        QVERIFY(!repository.find(museum.id).value());
        QCOMPARE(m_model->rowCount(), 3);
        stack.undo();
        QCOMPARE(*repository.find(added.id).value(), edited);
    }

    void failedCommandStaysOffTheStack()
    {
        QUndoStack stack;
        Partner broken =
            makePartner(QStringLiteral("missing-cluster"), QStringLiteral("X"), PartnerType::Other);
        QString error;
        QVERIFY(!PartnerChangeCommand::execute(
            &stack,
            PartnerChangeCommand::add(m_repository.get(), {broken},
                                      [] { return QStringLiteral("Add"); }),
            &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(stack.count(), 0);
        QCOMPARE(m_model->rowCount(), 4);
    }

private:
    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<PartnerTableModel> m_model;
    std::unique_ptr<PartnerRepository> m_repository;
    QString m_clusterId;
    QString m_otherClusterId;
};

QTEST_GUILESS_MAIN(TestPartnerModel)
#include "tst_partnermodel.moc"
