#include "models/storage/Database.h"
#include "tests/e2e/CliRunner.h"
#include "tests/support/KpiFixture.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace TestSupport;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every key of the KPI JSON of INTERFACES.md, with the object it belongs to.
const QStringList topKeys{
    QStringLiteral("scope"),
    QStringLiteral("from"),
    QStringLiteral("to"),
    QStringLiteral("period"),
    QStringLiteral("institutions"),
    QStringLiteral("pupils"),
    QStringLiteral("teachers"),
    QStringLiteral("parents"),
    QStringLiteral("researchers"),
    QStringLiteral("teacher_trainees"),
    QStringLiteral("others"),
    QStringLiteral("events_held"),
    QStringLiteral("targets"),
    QStringLiteral("clusters"),
    QStringLiteral("target_clusters"),
    QStringLiteral("actual_in_target_clusters"),
};
const QStringList typeKeys{
    QStringLiteral("school"),          QStringLiteral("university"),
    QStringLiteral("research_centre"), QStringLiteral("museum"),
    QStringLiteral("business"),        QStringLiteral("nonprofit"),
    QStringLiteral("local_authority"), QStringLiteral("government"),
    QStringLiteral("other"),
};
const QStringList kindKeys{
    QStringLiteral("event"),   QStringLiteral("course"),   QStringLiteral("workshop"),
    QStringLiteral("lab"),     QStringLiteral("visit"),    QStringLiteral("webinar"),
    QStringLiteral("meeting"), QStringLiteral("training"),
};

} // namespace

// `lecdesk kpi` on the database of KpiFixture (see KpiFixture.h for the hand-computed values).
class TestKpiCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString m_database;

    QString path(const QString &name) const { return m_folder.filePath(name); }

    CliResult kpi(const QStringList &arguments, const QString &database = QString()) const
    {
        return runLecdesk(m_folder.path(), QStringList{QStringLiteral("--database"),
                                                       database.isEmpty() ? m_database : database,
                                                       QStringLiteral("kpi")} +
                                               arguments);
    }

    static QJsonObject parseJson(const CliResult &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.outBytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not a JSON object: %s", qPrintable(error.errorString()));
        return document.object();
    }

    // Every key present, and nothing but numbers where counts belong.
    static void checkShape(const QJsonObject &json)
    {
        QCOMPARE(json.keys().size(), topKeys.size());
        for (const QString &key : topKeys)
            QVERIFY2(json.contains(key), qPrintable(key));
        const QJsonObject institutions = json.value(QStringLiteral("institutions")).toObject();
        QVERIFY(institutions.value(QStringLiteral("total")).isDouble());
        const QJsonObject byType = institutions.value(QStringLiteral("by_type")).toObject();
        QCOMPARE(byType.size(), typeKeys.size());
        for (const QString &key : typeKeys)
            QVERIFY2(byType.value(key).isDouble(), qPrintable(key));
        const QJsonObject held = json.value(QStringLiteral("events_held")).toObject();
        QVERIFY(held.value(QStringLiteral("total")).isDouble());
        const QJsonObject byKind = held.value(QStringLiteral("by_kind")).toObject();
        QCOMPARE(byKind.size(), kindKeys.size());
        for (const QString &key : kindKeys)
            QVERIFY2(byKind.value(key).isDouble(), qPrintable(key));
        for (const QString &figure : {QStringLiteral("pupils"), QStringLiteral("teachers"),
                                      QStringLiteral("parents"), QStringLiteral("researchers"),
                                      QStringLiteral("teacher_trainees"), QStringLiteral("others")})
            QVERIFY2(json.value(figure).isDouble(), qPrintable(figure));
        QVERIFY(json.value(QStringLiteral("targets")).isObject());
        QVERIFY(json.value(QStringLiteral("clusters")).isDouble());
        // For every target, how many clusters set it and what they reached; nothing else.
        const QStringList targetKeys = json.value(QStringLiteral("targets")).toObject().keys();
        QCOMPARE(json.value(QStringLiteral("target_clusters")).toObject().keys(), targetKeys);
        QCOMPARE(json.value(QStringLiteral("actual_in_target_clusters")).toObject().keys(),
                 targetKeys);
    }

    static int number(const QJsonObject &json, const QString &path)
    {
        QJsonValue value = json;
        for (const QString &part : path.split(QLatin1Char('.')))
            value = value.toObject().value(part);
        return value.isDouble() ? value.toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateUserFolders();
        QVERIFY2(QFile::exists(QStringLiteral(LECDESK_BINARY)), LECDESK_BINARY);
        m_database = path(QStringLiteral("kpi.sqlite"));
        Database database;
        QVERIFY2(database.open(m_database), qPrintable(database.errorMessage()));
        const QString error = KpiFixture::build(database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void help()
    {
        CliResult result = runLecdesk(m_folder.path(), {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("kpi (--cluster NAME | --all)")));
        result = kpi({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *option :
             {"--cluster", "--all", "--period", "--from", "--to", "--format", "--out"})
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
    }

    void jsonOfOneCluster()
    {
        const CliResult result =
            kpi({QStringLiteral("--cluster"), KpiFixture::trieste, QStringLiteral("--period"),
                 KpiFixture::period, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.err.isEmpty());
        const QJsonObject json = parseJson(result);
        checkShape(json);
        QCOMPARE(json.value(QStringLiteral("scope")).toString(), KpiFixture::trieste);
        QCOMPARE(json.value(QStringLiteral("period")).toString(), KpiFixture::period);
        QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2021-03-01"));
        QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2021-08-31"));
        const QList<std::pair<QString, int>> expected{
            {QStringLiteral("institutions.total"), 6},
            {QStringLiteral("institutions.by_type.school"), 2},
            {QStringLiteral("institutions.by_type.university"), 0},
            {QStringLiteral("institutions.by_type.research_centre"), 1},
            {QStringLiteral("institutions.by_type.museum"), 1},
            {QStringLiteral("institutions.by_type.business"), 0},
            {QStringLiteral("institutions.by_type.nonprofit"), 1},
            {QStringLiteral("institutions.by_type.local_authority"), 1},
            {QStringLiteral("institutions.by_type.government"), 0},
            {QStringLiteral("institutions.by_type.other"), 0},
            {QStringLiteral("pupils"), 105},
            {QStringLiteral("teachers"), 22},
            {QStringLiteral("parents"), 20},
            {QStringLiteral("researchers"), 3},
            {QStringLiteral("teacher_trainees"), 10},
            {QStringLiteral("others"), 7},
            {QStringLiteral("events_held.total"), 5},
            {QStringLiteral("events_held.by_kind.event"), 1},
            {QStringLiteral("events_held.by_kind.course"), 0},
            {QStringLiteral("events_held.by_kind.workshop"), 1},
            {QStringLiteral("events_held.by_kind.lab"), 1},
            {QStringLiteral("events_held.by_kind.visit"), 0},
            {QStringLiteral("events_held.by_kind.webinar"), 0},
            {QStringLiteral("events_held.by_kind.meeting"), 1},
            {QStringLiteral("events_held.by_kind.training"), 1},
        };
        for (const auto &[key, value] : expected)
            QVERIFY2(number(json, key) == value,
                     qPrintable(key + QStringLiteral(" = ") + QString::number(number(json, key))));
        const QJsonObject targets = json.value(QStringLiteral("targets")).toObject();
        QCOMPARE(targets.keys(),
                 (QStringList{QStringLiteral("events_held"), QStringLiteral("institutions"),
                              QStringLiteral("pupils")}));
        QCOMPARE(targets.value(QStringLiteral("pupils")).toDouble(), 200.0);
        // One cluster sets its own targets.
        QCOMPARE(number(json, QStringLiteral("clusters")), 1);
        QCOMPARE(number(json, QStringLiteral("target_clusters.pupils")), 1);
        QCOMPARE(number(json, QStringLiteral("actual_in_target_clusters.pupils")), 105);
    }

    void jsonOfEveryCluster()
    {
        const CliResult result = kpi({QStringLiteral("--all"), QStringLiteral("--period"),
                                      QStringLiteral("period 2"), QStringLiteral("--format=json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QJsonObject json = parseJson(result);
        checkShape(json);
        QCOMPARE(json.value(QStringLiteral("scope")).toString(), QStringLiteral("all"));
        QCOMPARE(json.value(QStringLiteral("period")).toString(), KpiFixture::period);
        QCOMPARE(number(json, QStringLiteral("institutions.total")), 10);
        QCOMPARE(number(json, QStringLiteral("institutions.by_type.school")), 4);
        QCOMPARE(number(json, QStringLiteral("pupils")), 180);
        QCOMPARE(number(json, QStringLiteral("teachers")), 26);
        QCOMPARE(number(json, QStringLiteral("researchers")), 6);
        QCOMPARE(number(json, QStringLiteral("events_held.total")), 7);
        QCOMPARE(number(json, QStringLiteral("events_held.by_kind.lab")), 2);
        const QJsonObject targets = json.value(QStringLiteral("targets")).toObject();
        QCOMPARE(targets.size(), 4);
        QCOMPARE(targets.value(QStringLiteral("institutions")).toDouble(), 15.0);
        QCOMPARE(targets.value(QStringLiteral("pupils")).toDouble(), 300.5);
        QCOMPARE(targets.value(QStringLiteral("teachers")).toDouble(), 10.0);
        QCOMPARE(targets.value(QStringLiteral("events_held")).toDouble(), 4.0);
        // Udine has no Period 2, Trieste no teachers target, Gorizia no events target: each
        // target says how many of the 3 clusters set it and what those clusters reached.
        QCOMPARE(number(json, QStringLiteral("clusters")), 3);
        for (const auto &[key, clusters, actual] :
             {std::tuple{QStringLiteral("institutions"), 2, 9},
              std::tuple{QStringLiteral("pupils"), 2, 180},
              std::tuple{QStringLiteral("teachers"), 1, 4},
              std::tuple{QStringLiteral("events_held"), 1, 5}}) {
            QCOMPARE(number(json, QStringLiteral("target_clusters.") + key), clusters);
            QCOMPARE(number(json, QStringLiteral("actual_in_target_clusters.") + key), actual);
        }

        // A free range, Italian dates: no period, no targets, the same counts.
        const CliResult range =
            kpi({QStringLiteral("--all"), QStringLiteral("--from"), QStringLiteral("01/03/2021"),
                 QStringLiteral("--to"), QStringLiteral("2021-08-31"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QVERIFY2(range.exitCode == 0, qPrintable(range.describe()));
        const QJsonObject free = parseJson(range);
        checkShape(free);
        QVERIFY(free.value(QStringLiteral("period")).isNull());
        QVERIFY(free.value(QStringLiteral("targets")).toObject().isEmpty());
        QCOMPARE(free.value(QStringLiteral("from")).toString(), QStringLiteral("2021-03-01"));
        QCOMPARE(number(free, QStringLiteral("pupils")), 180);
    }

    void table()
    {
        CliResult result = kpi({QStringLiteral("--cluster"), KpiFixture::trieste,
                                QStringLiteral("--period"), KpiFixture::period});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QStringList lines = result.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("Trieste · Period 2 (01/03/2021 – 31/08/2021)"));
        QVERIFY(lines.at(2).startsWith(QLatin1String("KPI ")));
        QVERIFY(lines.at(2).endsWith(QLatin1String("Actual  Target  Progress")));
        QVERIFY2(lines.at(3).startsWith(QLatin1String("Institutions involved ")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).endsWith(QLatin1String("     6      10     60.0%")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(4).endsWith(QLatin1String("   105     200     52.5%")),
                 qPrintable(lines.at(4)));
        QVERIFY2(lines.at(5).endsWith(QLatin1String("    22")), qPrintable(lines.at(5)));
        QVERIFY(lines.contains(
            QStringLiteral("  School") +
            QString(lines.at(2).indexOf(QLatin1String("Actual")) - 8, QLatin1Char(' ')) +
            QStringLiteral("     2")));

        // Numbers as Italian writes them.
        result = kpi({QStringLiteral("--cluster"), KpiFixture::trieste, QStringLiteral("--period"),
                      KpiFixture::period, QStringLiteral("--language"), QStringLiteral("it")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        lines = result.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.at(4).endsWith(QLatin1String("52,5%")), qPrintable(lines.at(4)));
        QVERIFY2(result.out.contains(QLatin1String("\n  Scuola ")), qPrintable(result.out));
    }

    // Every cluster: a target that only some clusters set never gives a percentage of every
    // cluster's actual; the progress is that of those clusters, marked, and the note says so.
    void tableOfEveryClusterComparesLikeWithLike()
    {
        const CliResult result =
            kpi({QStringLiteral("--all"), QStringLiteral("--period"), KpiFixture::period});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QStringList lines = result.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("All clusters · Period 2 (01/03/2021 – 31/08/2021)"));
        // 26 teachers in every cluster, 4 of them in Gorizia, the one cluster with a target of
        // 10: 40%, not 260%.
        QVERIFY2(lines.at(5).startsWith(QLatin1String("Teachers reached ")),
                 qPrintable(lines.at(5)));
        QVERIFY2(lines.at(5).endsWith(QLatin1String("    26      10    40.0%*")),
                 qPrintable(lines.at(5)));
        QVERIFY(!result.out.contains(QLatin1String("260")));
        QVERIFY2(lines.at(3).endsWith(QLatin1String("    10      15    60.0%*")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.contains(QStringLiteral("* Teachers reached: Target set by 1 of 3 "
                                               "clusters; progress counts that cluster only: 4 of "
                                               "the target of 10.")),
                 qPrintable(result.out));
        QVERIFY2(lines.contains(QStringLiteral("* Institutions involved: Target set by 2 of 3 "
                                               "clusters; progress counts those clusters only: 9 "
                                               "of the target of 15.")),
                 qPrintable(result.out));

        // In Italian too.
        const CliResult italian =
            kpi({QStringLiteral("--all"), QStringLiteral("--period"), KpiFixture::period,
                 QStringLiteral("--language"), QStringLiteral("it")});
        QVERIFY2(italian.exitCode == 0, qPrintable(italian.describe()));
        QVERIFY2(italian.out.contains(QStringLiteral("40,0%*")), qPrintable(italian.out));
        QVERIFY2(italian.out.contains(QStringLiteral("Obiettivo fissato da 1 cluster su 3")),
                 qPrintable(italian.out));

        // One cluster: nothing to mark.
        const CliResult one = kpi({QStringLiteral("--cluster"), KpiFixture::gorizia,
                                   QStringLiteral("--period"), KpiFixture::period});
        QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        QVERIFY(!one.out.contains(QLatin1Char('*')));
    }

    void csv()
    {
        CliResult result =
            kpi({QStringLiteral("--cluster"), KpiFixture::gorizia, QStringLiteral("--period"),
                 KpiFixture::period, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QList<QByteArray> lines = result.outBytes.split('\n');
        QCOMPARE(lines.size(), 1 + 8 + 9 + 8 + 1); // header, KPIs, types, kinds, final CRLF
        QCOMPARE(lines.at(0), QByteArray("key,KPI,Actual,Target,Progress,Note\r"));
        QCOMPARE(lines.at(1), QByteArray("institutions,Institutions involved,3,5,0.6,\r"));
        QCOMPARE(lines.at(2), QByteArray("pupils,Pupils reached,75,100.5,0.7463,\r"));
        QCOMPARE(lines.at(3), QByteArray("teachers,Teachers reached,4,10,0.4,\r"));
        QCOMPARE(lines.at(8), QByteArray("events_held,Events held,2,,,\r"));
        QCOMPARE(lines.at(16), QByteArray("institutions.by_type.government,"
                                          "Governmental institution,1,,,\r"));
        QCOMPARE(lines.at(22), QByteArray("events_held.by_kind.visit,Visit,1,,,\r"));

        result = kpi({QStringLiteral("--cluster"), KpiFixture::gorizia, QStringLiteral("--period"),
                      KpiFixture::period, QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--language"), QStringLiteral("it")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.outBytes.startsWith("\xEF\xBB\xBFkey;"));
        QVERIFY(result.outBytes.contains("\r\npupils;"));
        QVERIFY(result.outBytes.contains(";75;100,5;0,7463;\r\n"));
    }

    void outFiles()
    {
        const QStringList scope{QStringLiteral("--cluster"), KpiFixture::trieste,
                                QStringLiteral("--period"), KpiFixture::period};
        const QByteArray csv =
            kpi(scope + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}).outBytes;
        const QByteArray json =
            kpi(scope + QStringList{QStringLiteral("--format"), QStringLiteral("json")}).outBytes;
        for (const auto &[name, expected] : {std::pair{QStringLiteral("kpi.csv"), csv},
                                             std::pair{QStringLiteral("kpi.json"), json},
                                             std::pair{QStringLiteral("kpi.xlsx"), QByteArray()}}) {
            const QString file = path(name);
            const CliResult result = kpi(scope + QStringList{QStringLiteral("--out"), file});
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
            QVERIFY2(result.out.contains(file), qPrintable(result.out));
            QVERIFY(result.err.isEmpty());
            if (!expected.isEmpty())
                QCOMPARE(fileBytes(file), expected);
            else
                QVERIFY(fileBytes(file).startsWith("PK\x03\x04"));
        }
        // --format may repeat what the file name says.
        CliResult result =
            kpi(scope + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--out"), path(QStringLiteral("again.json"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));

        // A file that cannot be written is refused, naming it.
        for (const QString &file :
             {path(QStringLiteral("missing/kpi.xlsx")), path(QStringLiteral("missing/kpi.csv"))}) {
            result = kpi(scope + QStringList{QStringLiteral("--out"), file});
            QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
            QVERIFY2(result.err.contains(file), qPrintable(result.err));
            QVERIFY(result.out.isEmpty());
            QVERIFY(!QFileInfo::exists(file));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mention");

        const QStringList period{QStringLiteral("--period"), KpiFixture::period};
        const QStringList trieste{QStringLiteral("--cluster"), KpiFixture::trieste};
        const QStringList all{QStringLiteral("--all")};
        const QStringList range{QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                                QStringLiteral("--to"), QStringLiteral("2021-12-31")};
        QTest::newRow("neither --cluster nor --all") << period << 2 << QStringLiteral("--all");
        QTest::newRow("both --cluster and --all")
            << trieste + all + period << 2 << QStringLiteral("--cluster");
        QTest::newRow("empty cluster name")
            << QStringList{QStringLiteral("--cluster="), QStringLiteral("--period"),
                           KpiFixture::period}
            << 2 << QStringLiteral("--cluster");
        QTest::newRow("neither period nor dates") << trieste << 2 << QStringLiteral("--period");
        QTest::newRow("period and dates")
            << trieste + period + range << 2 << QStringLiteral("--period");
        QTest::newRow("only --from")
            << trieste + QStringList{QStringLiteral("--from"), QStringLiteral("2021-01-01")} << 2
            << QStringLiteral("--to");
        QTest::newRow("only --to")
            << all + QStringList{QStringLiteral("--to"), QStringLiteral("2021-01-01")} << 2
            << QStringLiteral("--from");
        QTest::newRow("--from not a date")
            << trieste + QStringList{QStringLiteral("--from"), QStringLiteral("2021-13-01"),
                                     QStringLiteral("--to"), QStringLiteral("2021-12-31")}
            << 2 << QStringLiteral("--from");
        QTest::newRow("--to impossible")
            << trieste + QStringList{QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                                     QStringLiteral("--to"), QStringLiteral("31/02/2021")}
            << 2 << QStringLiteral("--to");
        QTest::newRow("--from after --to")
            << all + QStringList{QStringLiteral("--from"), QStringLiteral("2021-06-01"),
                                 QStringLiteral("--to"), QStringLiteral("2021-05-31")}
            << 2 << QStringLiteral("--from");
        QTest::newRow("unknown format")
            << trieste + period + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
            << 2 << QStringLiteral("--format");
        QTest::newRow("unknown file type")
            << trieste + period + QStringList{QStringLiteral("--out"), QStringLiteral("kpi.txt")}
            << 2 << QStringLiteral("--out");
        QTest::newRow("format against file")
            << trieste + period +
                   QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--out"), QStringLiteral("kpi.csv")}
            << 2 << QStringLiteral("--format");
        QTest::newRow("unknown option") << trieste + period + QStringList{QStringLiteral("--bogus")}
                                        << 2 << QStringLiteral("bogus");
        QTest::newRow("stray argument") << trieste + period + QStringList{QStringLiteral("extra")}
                                        << 2 << QStringLiteral("extra");
        // Refused by the data: the database is read.
        QTest::newRow("unknown cluster")
            << QStringList{QStringLiteral("--cluster"), QStringLiteral("Nowhere")} + period << 1
            << QStringLiteral("Nowhere");
        QTest::newRow("unknown period")
            << trieste + QStringList{QStringLiteral("--period"), QStringLiteral("Period 9")} << 1
            << QStringLiteral("Period 9");
        QTest::newRow("period of different dates")
            << all + QStringList{QStringLiteral("--period"), KpiFixture::year} << 1
            << KpiFixture::year;
    }
    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mention);
        // Wrong usage is found before any database is opened, so point at one that is absent.
        const QString absent = path(QStringLiteral("absent.sqlite"));
        const CliResult result = kpi(arguments, exitCode == 2 ? absent : QString());
        QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
        QVERIFY2(result.err.contains(mention), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFileInfo::exists(absent));
    }
};

QTEST_GUILESS_MAIN(TestKpiCli)
#include "tst_kpicli.moc"
