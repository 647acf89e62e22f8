#include "models/common/Translations.h"
#include "models/events/EventRepository.h"
#include "models/kpi/KpiCalculator.h"
#include "models/kpi/KpiDrillDownModel.h"
#include "models/partners/PartnerRepository.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {

Event heldEvent(const QString &clusterId, const QString &title, QDate start,
                std::optional<int> pupils, std::optional<int> teachers,
                EventKind kind = EventKind::Workshop, EventStatus status = EventStatus::Held)
{
    Event event;
    event.clusterId = clusterId;
    event.titleEn = title;
    event.startDate = start;
    event.kind = kind;
    event.status = status;
    event.setFigure(Figure::Pupils, pupils);
    event.setFigure(Figure::Teachers, teachers);
    return event;
}

Partner member(const QString &clusterId, const QString &name, PartnerType type, QDate joined,
               QDate left = {})
{
    Partner partner;
    partner.clusterId = clusterId;
    partner.name = name;
    partner.type = type;
    partner.joinedOn = joined;
    partner.leftOn = left;
    return partner;
}

QStringList column(const QAbstractItemModel &model, int column, int rows)
{
    QStringList texts;
    for (int row = 0; row < rows; ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

} // namespace

// The rows behind a KPI: the same rule as the number, a total row that equals it, sorting that
// keeps the total last, and a title that says the rule.
class TestKpiDrillDownModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        Translations::install(QStringLiteral("en"));
    }

    void eventsEndWithTheirTotal()
    {
        KpiDrillDownModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({heldEvent(QStringLiteral("c1"), QStringLiteral("Kitchen chemistry"),
                                   QDate(2022, 3, 1), 25, 2),
                         heldEvent(QStringLiteral("c1"), QStringLiteral("Bridges"),
                                   QDate(2022, 1, 10), 1200, std::nullopt),
                         heldEvent(QStringLiteral("c2"), QStringLiteral("Aurora"),
                                   QDate(2022, 2, 5), std::nullopt, 4)},
                        {{QStringLiteral("c1"), QStringLiteral("Trieste LEC")},
                         {QStringLiteral("c2"), QStringLiteral("Vienna LEC")}},
                        {});
        QCOMPARE(model.recordCount(), 3);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(KpiDrillDownModel::EventColumnCount));
        // 25 + 1200 + nothing recorded; 2 + nothing + 4.
        QCOMPARE(model.total(Figure::Pupils), qint64(1225));
        QCOMPARE(model.total(Figure::Teachers), qint64(6));
        const int pupils = KpiDrillDownModel::figureColumn(Figure::Pupils);
        const QModelIndex total = model.index(3, pupils);
        QVERIFY(total.data(KpiDrillDownModel::TotalRowRole).toBool());
        QCOMPARE(total.data().toString(), QStringLiteral("1,225"));
        // (The plural ending comes from the English catalogue.)
        QVERIFY(model.index(3, KpiDrillDownModel::Title)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Total of 3 event")));
        QCOMPARE(model.index(1, pupils).data().toString(), QStringLiteral("1,200"));
        QCOMPARE(model.index(2, pupils).data().toString(), QString()); // not recorded
        QCOMPARE(model.index(2, KpiDrillDownModel::EventCluster).data().toString(),
                 QStringLiteral("Vienna LEC"));
        QCOMPARE(model.headerData(pupils, Qt::Horizontal).toString(), QStringLiteral("Pupils"));

        // Largest first: 1200, 25, then the one not recorded; the total stays last, and a
        // selected row follows its event.
        const QString totalText = model.index(3, KpiDrillDownModel::Title).data().toString();
        const QPersistentModelIndex bridges = model.index(1, KpiDrillDownModel::Title);
        model.sort(pupils, Qt::DescendingOrder);
        QCOMPARE(column(model, KpiDrillDownModel::Title, 4),
                 (QStringList{QStringLiteral("Bridges"), QStringLiteral("Kitchen chemistry"),
                              QStringLiteral("Aurora"), totalText}));
        QCOMPARE(bridges.row(), 0);
        model.sort(KpiDrillDownModel::Start, Qt::AscendingOrder);
        QCOMPARE(column(model, KpiDrillDownModel::Title, 4),
                 (QStringList{QStringLiteral("Bridges"), QStringLiteral("Aurora"),
                              QStringLiteral("Kitchen chemistry"), totalText}));
        model.sort(KpiDrillDownModel::Title, Qt::DescendingOrder);
        QCOMPARE(column(model, KpiDrillDownModel::Title, 4),
                 (QStringList{QStringLiteral("Kitchen chemistry"), QStringLiteral("Bridges"),
                              QStringLiteral("Aurora"), totalText}));
        QCOMPARE(bridges.row(), 1);

        model.setEvents({}, {}, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, pupils).data().toString(), QStringLiteral("0"));
    }

    void loadsWithTheRuleOfTheKpi()
    {
        TestSupport::TempDatabase temp;
        QSqlDatabase db = temp.database().connection();
        const QString trieste = temp.addCluster(QStringLiteral("Trieste LEC"));
        const QString vienna = temp.addCluster(QStringLiteral("Vienna LEC"));
        const QDate from(2021, 10, 1);
        const QDate to(2022, 9, 30);

        QList<Partner> partners = {
            member(trieste, QStringLiteral("Liceo Galilei"), PartnerType::School,
                   QDate(2019, 1, 1)),
            // joined on the last day: counts
            member(trieste, QStringLiteral("Scuola Rossetti"), PartnerType::School, to),
            // left the day before the period: does not count
            member(trieste, QStringLiteral("Scuola Vecchia"), PartnerType::School,
                   QDate(2019, 1, 1), from.addDays(-1)),
            // left during the period: counts
            member(trieste, QStringLiteral("Museo del Mare"), PartnerType::Museum,
                   QDate(2020, 1, 1), QDate(2022, 1, 31)),
            member(vienna, QStringLiteral("Volksschule Wien"), PartnerType::School,
                   QDate(2020, 1, 1)),
        };
        PartnerRepository partnerRepository(db);
        QVERIFY2(partnerRepository.saveAll(partners), qPrintable(partnerRepository.errorMessage()));

        QList<Event> events = {
            heldEvent(trieste, QStringLiteral("First day"), from, 10, 1),
            heldEvent(trieste, QStringLiteral("Last day"), to, 20, 2, EventKind::Lab),
            heldEvent(trieste, QStringLiteral("Day after"), to.addDays(1), 40, 4),
            heldEvent(trieste, QStringLiteral("Cancelled"), QDate(2022, 2, 1), 80, 8,
                      EventKind::Workshop, EventStatus::Cancelled),
            heldEvent(trieste, QStringLiteral("Planned"), QDate(2022, 2, 2), 160, 16,
                      EventKind::Workshop, EventStatus::Planned),
            heldEvent(vienna, QStringLiteral("Wien lab"), QDate(2022, 5, 5), 320, 32),
        };
        events[0].organiserIds = {partners.at(0).id, partners.at(3).id};
        EventRepository eventRepository(db);
        QVERIFY2(eventRepository.saveAll(events), qPrintable(eventRepository.errorMessage()));

        const KpiCalculator calculator(db);
        const KpiScope scope{trieste, QStringLiteral("Trieste LEC"), QStringLiteral("Period 2"),
                             from, to};
        const QHash<QString, QString> clusters = {{trieste, QStringLiteral("Trieste LEC")},
                                                  {vienna, QStringLiteral("Vienna LEC")}};
        const QHash<QString, QString> names = {{partners.at(0).id, partners.at(0).name},
                                               {partners.at(3).id, partners.at(3).name}};
        KpiDrillDownModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        const KpiDrillDown pupils =
            KpiDrillDown::forKpi(*KpiCatalogue::find(QStringLiteral("pupils")), scope);
        QCOMPARE(pupils.figure(), std::optional<Figure>(Figure::Pupils));
        model.load(calculator, pupils, clusters, names);
        QCOMPARE(model.recordCount(), 2); // first and last day
        QCOMPARE(model.total(Figure::Pupils), qint64(30));
        model.sort(KpiDrillDownModel::Start);
        QCOMPARE(model.index(0, KpiDrillDownModel::Organisers).data().toString(),
                 QStringLiteral("Liceo Galilei, Museo del Mare"));
        QCOMPARE(KpiDrillDownModel::rule(pupils),
                 QStringLiteral("Held events starting between 1 October 2021 and 30 September "
                                "2022."));
        QCOMPARE(KpiDrillDownModel::title(pupils),
                 QStringLiteral("Pupils reached — Trieste LEC, Period 2 (1 October 2021 – 30 "
                                "September 2022)"));

        const KpiDrillDown labs = KpiDrillDown::forKind(EventKind::Lab, scope);
        model.load(calculator, labs, clusters, names);
        QCOMPARE(model.recordCount(), 1);
        QCOMPARE(model.index(0, KpiDrillDownModel::Title).data().toString(),
                 QStringLiteral("Last day"));
        QCOMPARE(KpiDrillDownModel::rule(labs),
                 QStringLiteral("Held events of kind “Lab” starting between 1 October 2021 and "
                                "30 September 2022."));

        const KpiDrillDown schools = KpiDrillDown::forType(PartnerType::School, scope);
        model.load(calculator, schools, clusters, names);
        QCOMPARE(model.columnCount(), int(KpiDrillDownModel::PartnerColumnCount));
        QCOMPARE(model.rowCount(), 2); // partners have no total row
        model.sort(KpiDrillDownModel::Name);
        QCOMPARE(column(model, KpiDrillDownModel::Name, 2),
                 (QStringList{QStringLiteral("Liceo Galilei"), QStringLiteral("Scuola Rossetti")}));
        QCOMPARE(
            model.index(1, KpiDrillDownModel::JoinedOn).data(KpiDrillDownModel::SortRole).toDate(),
            to);
        QCOMPARE(KpiDrillDownModel::title(schools),
                 QStringLiteral("Institutions involved: School — Trieste LEC, Period 2 (1 October "
                                "2021 – 30 September 2022)"));

        // The roll-up: every cluster, and the cluster of each row.
        KpiScope all = scope;
        all.clusterId.clear();
        all.clusterName.clear();
        model.load(calculator,
                   KpiDrillDown::forKpi(*KpiCatalogue::find(QStringLiteral("institutions")), all),
                   clusters, names);
        QCOMPARE(model.recordCount(), 4); // Galilei, Rossetti, Museo del Mare, Volksschule
        QCOMPARE(qint64(model.recordCount()), calculator.compute(all)->institutions());
        model.sort(KpiDrillDownModel::PartnerCluster, Qt::DescendingOrder);
        QCOMPARE(model.index(0, KpiDrillDownModel::PartnerCluster).data().toString(),
                 QStringLiteral("Vienna LEC"));
        QCOMPARE(model.index(0, KpiDrillDownModel::Name)
                     .data(KpiDrillDownModel::ClusterIdRole)
                     .toString(),
                 vienna);
    }
};

QTEST_MAIN(TestKpiDrillDownModel)
#include "tst_kpidrilldownmodel.moc"
