#include "models/clusters/ClusterRepository.h"
#include "models/events/EventRepository.h"
#include "models/partners/PartnerRepository.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/storage/Database.h"
#include "tests/e2e/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// (line, column) of every "FILE:LINE: column 'X': reason" or "FILE:LINE: reason" on stderr.
QList<std::pair<int, QString>> reportedRows(const CliResult &result, const QString &file)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.*):(\d+): (?:\S+ '([^']*)': )?(.*)$)"));
    QList<std::pair<int, QString>> rows;
    for (const QString &line : result.errLines()) {
        const QRegularExpressionMatch match = pattern.match(line);
        if (match.hasMatch() && match.captured(1) == file)
            rows.append({match.captured(2).toInt(), match.captured(3)});
    }
    return rows;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    using Result = CliResult;

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_database;

    QString path(const QString &name) const { return m_folder->filePath(name); }

    Result run(QStringList arguments, const QString &database = QString()) const
    {
        arguments.prepend(database.isEmpty() ? m_database : database);
        arguments.prepend(QStringLiteral("--database"));
        return runRaw(arguments);
    }

    Result runRaw(const QStringList &arguments) const
    {
        return runLecdesk(m_folder->path(), arguments);
    }

    static QString describe(const Result &result) { return result.describe(); }

    int partnerCount(const QString &cluster, const QString &database = QString()) const
    {
        Database db;
        if (!db.open(database.isEmpty() ? m_database : database))
            return -1;
        const ClusterRepository clusters(db.connection());
        const std::optional<Cluster> found = clusters.findByName(cluster).value();
        return found ? clusters.partnerCount(found->id).value() : -2;
    }

    void addCluster(const QString &name)
    {
        const Result result = run({QStringLiteral("cluster"), QStringLiteral("add"), name});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    }

    // Trieste and Gorizia, and in Trieste a partner that the bad file repeats.
    void prepareForBadFile()
    {
        addCluster(QStringLiteral("Trieste"));
        addCluster(QStringLiteral("Gorizia"));
        writeFile(path(QStringLiteral("existing.csv")), "name,type\nExisting Partner,other\n");
        const Result result = run({QStringLiteral("partners"), QStringLiteral("import"),
                                   QStringLiteral("existing.csv"), QStringLiteral("--cluster"),
                                   QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    }

    int eventCount(const QString &cluster, const QString &database = QString()) const
    {
        Database db;
        if (!db.open(database.isEmpty() ? m_database : database))
            return -1;
        const std::optional<Cluster> found =
            ClusterRepository(db.connection()).findByName(cluster).value();
        return found ? int(EventRepository(db.connection()).forCluster(found->id).value().size())
                     : -2;
    }

    Result importEvents(const QString &file, const QStringList &options = {},
                        const QString &database = QString()) const
    {
        return run(QStringList{QStringLiteral("events"), QStringLiteral("import"), file} + options,
                   database);
    }

    // A cluster with the partners of partners-good.csv, which the event files name.
    void prepareForEvents(const QString &database = QString())
    {
        Result result =
            run({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("Trieste")},
                database);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        result = run({QStringLiteral("partners"), QStringLiteral("import"),
                      TestSupport::dataFile(QStringLiteral("partners-good.csv"))},
                     database);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    }

    // Besides Trieste: Gorizia, and in Trieste an event that the bad file repeats.
    void prepareForBadEvents()
    {
        prepareForEvents();
        addCluster(QStringLiteral("Gorizia"));
        writeFile(path(QStringLiteral("existing.csv")),
                  "title,kind,start,status,cluster\nExisting event,lab,2022-01-10 10:00,planned,"
                  "Trieste\n");
        const Result result = importEvents(QStringLiteral("existing.csv"));
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        TestSupport::fixToday();
        QVERIFY2(QFile::exists(QStringLiteral(LECDESK_BINARY)), LECDESK_BINARY);
    }

    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_database = path(QStringLiteral("lecdesk.sqlite"));
    }

    void cleanup()
    {
        // A test that made a folder read-only gives it back, so that it can be removed.
        const QString readOnly = path(QStringLiteral("readonly"));
        if (QFileInfo::exists(readOnly))
            QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_folder.reset();
    }

    void helpAndVersion()
    {
        Result result = runRaw({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("partners import FILE.csv")));
        QVERIFY(result.out.contains(QLatin1String("cluster list")));
        QVERIFY(result.err.isEmpty());

        result = runRaw({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QLatin1String("lecdesk 0.")), qPrintable(result.out));

        result =
            run({QStringLiteral("partners"), QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("--skip-invalid")));
        QVERIFY(result.out.contains(QLatin1String("--dry-run")));
        // Asking for help opens no database.
        QVERIFY(!QFileInfo::exists(m_database));
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("not yet a command") << QStringList{QStringLiteral("events")};
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("group without subcommand") << QStringList{QStringLiteral("cluster")};
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("partners"), QStringLiteral("delete")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("cluster"), QStringLiteral("list"), QStringLiteral("--bogus")};
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("partners"), QStringLiteral("import")};
        QTest::newRow("missing export file")
            << QStringList{QStringLiteral("partners"), QStringLiteral("export")};
        QTest::newRow("missing cluster name")
            << QStringList{QStringLiteral("cluster"), QStringLiteral("add")};
        QTest::newRow("missing option value")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--cluster")};
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("partners"), QStringLiteral("import"),
                           QStringLiteral("a.csv"), QStringLiteral("b.csv")};
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--language"), QStringLiteral("fr"),
                           QStringLiteral("cluster"), QStringLiteral("list")};
        QTest::newRow("language without value") << QStringList{
            QStringLiteral("cluster"), QStringLiteral("list"), QStringLiteral("--language")};
    }
    void wrongUsage()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY(!result.err.isEmpty());
        QVERIFY(result.out.isEmpty());
        // Wrong usage is found before the database is touched.
        QVERIFY(!QFileInfo::exists(m_database));
    }

    void databaseOptionWithoutValue()
    {
        const Result result = runRaw(
            {QStringLiteral("cluster"), QStringLiteral("list"), QStringLiteral("--database")});
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY(result.err.contains(QLatin1String("--database")));
    }

    void clusterAddAndList()
    {
        // No database yet: listing creates none.
        Result result = run({QStringLiteral("cluster"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_database));

        // An empty database: nothing on standard output, a hint on standard error, status 0.
        Database empty;
        QVERIFY2(empty.open(m_database), qPrintable(empty.errorMessage()));
        empty.close();
        result = run({QStringLiteral("cluster"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.contains(QLatin1String("cluster add")));

        result = run({QStringLiteral("cluster"), QStringLiteral("add"),
                      QStringLiteral("Trieste Education Cluster"), QStringLiteral("--region"),
                      QStringLiteral("Friuli Venezia Giulia"), QStringLiteral("--country"),
                      QStringLiteral("Italia"), QStringLiteral("--coordinator"),
                      QStringLiteral("Science Centre")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        // Global options may come last.
        result = runRaw({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("Wien"),
                         QStringLiteral("--country=Österreich"), QStringLiteral("--database"),
                         m_database});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));

        result = run({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("wien")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY(result.err.contains(QLatin1String("wien"), Qt::CaseInsensitive));

        writeFile(path(QStringLiteral("one.csv")), "name,type\nA,school\nB,museum\n");
        result =
            run({QStringLiteral("partners"), QStringLiteral("import"), QStringLiteral("one.csv"),
                 QStringLiteral("--cluster"), QStringLiteral("wien")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));

        result = run({QStringLiteral("cluster"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith(QLatin1String("Trieste Education Cluster  Friuli Venezia "
                                                     "Giulia  Italia")));
        QVERIFY(lines.at(2).startsWith(QLatin1String("Wien")));
        QVERIFY(lines.at(2).contains(QStringLiteral("Österreich")));
        // Aligned: every column starts at the same place on every line, counts end together.
        const qsizetype regionColumn = lines.at(1).indexOf(QLatin1String("Friuli"));
        QCOMPARE(lines.at(0).indexOf(QLatin1String("Region")), regionColumn);
        QCOMPARE(lines.at(2).indexOf(QStringLiteral("Österreich")),
                 lines.at(1).indexOf(QLatin1String("Italia")));
        QCOMPARE(lines.at(0).size(), lines.at(1).size());
        QCOMPARE(lines.at(1).size(), lines.at(2).size());
        QVERIFY(lines.at(1).endsWith(QLatin1String(" 0")));
        QVERIFY(lines.at(2).endsWith(QLatin1String(" 2")));
    }

    // Only the commands that write create a database, and only in a folder that exists: a
    // misspelt --database never passes for an empty database, nor leaves folders behind.
    void onlyWritingCommandsCreateTheDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("writes");
        const QStringList allPeriod{QStringLiteral("--all"), QStringLiteral("--from"),
                                    QStringLiteral("2021-01-01"), QStringLiteral("--to"),
                                    QStringLiteral("2021-12-31")};
        QTest::newRow("cluster list")
            << QStringList{QStringLiteral("cluster"), QStringLiteral("list")} << false;
        QTest::newRow("partners export")
            << QStringList{QStringLiteral("partners"), QStringLiteral("export"),
                           QStringLiteral("p.csv")}
            << false;
        QTest::newRow("events export")
            << QStringList{QStringLiteral("events"), QStringLiteral("export"),
                           QStringLiteral("e.csv")}
            << false;
        QTest::newRow("events ics")
            << QStringList{QStringLiteral("events"), QStringLiteral("ics"), QStringLiteral("e.ics")}
            << false;
        QTest::newRow("kpi") << QStringList{QStringLiteral("kpi")} + allPeriod << false;
        QTest::newRow("report") << QStringList{QStringLiteral("report")} + allPeriod +
                                       QStringList{QStringLiteral("--out"), QStringLiteral("r.pdf")}
                                << false;
        QTest::newRow("chart") << QStringList{QStringLiteral("chart"), QStringLiteral("reach")} +
                                      allPeriod +
                                      QStringList{QStringLiteral("--out"), QStringLiteral("c.png")}
                               << false;
        QTest::newRow("partners import dry run")
            << QStringList{QStringLiteral("partners"), QStringLiteral("import"),
                           TestSupport::dataFile(QStringLiteral("partners-good.csv")),
                           QStringLiteral("--dry-run")}
            << false;
        QTest::newRow("cluster add")
            << QStringList{QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("T")}
            << true;
        QTest::newRow("demo") << QStringList{QStringLiteral("demo")} << true;
    }
    void onlyWritingCommandsCreateTheDatabase()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, writes);
        // A folder that does not exist: refused by every command, and never made.
        const QString typo = path(QStringLiteral("typo/dir"));
        const QString inTypo = typo + QStringLiteral("/db.sqlite");
        Result result = run(arguments, inTypo);
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(inTypo), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("typo"))));
        if (writes)
            QVERIFY2(result.err.contains(QStringLiteral("The folder %1 does not exist").arg(typo)),
                     qPrintable(result.err));
        else
            QVERIFY2(
                result.err.startsWith(QStringLiteral("There is no database at %1.").arg(inTypo)),
                qPrintable(result.err));

        // A folder that exists: a command that writes creates the file there, one that reads
        // does not.
        result = run(arguments);
        QVERIFY2(result.exitCode == (writes ? 0 : 1), qPrintable(describe(result)));
        QCOMPARE(QFileInfo::exists(m_database), writes);
        if (!writes)
            QVERIFY2(result.err.contains(QLatin1String("There is no database at ")),
                     qPrintable(result.err));
    }

    // Without --database, the per-user database: its folder is made by the first command that
    // writes; before that, a read says there is no database.
    void perUserDatabase()
    {
        Result result = runRaw({QStringLiteral("cluster"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.startsWith(QLatin1String("There is no database at ")),
                 qPrintable(result.err));
        result = runRaw({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("T")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        result = runRaw({QStringLiteral("cluster"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY(result.out.contains(QLatin1String("\nT ")));
    }

    // One message for a cluster that does not exist, with the command that lists them, whatever
    // the command.
    void noSuchClusterIsOneMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList nowhere{QStringLiteral("--cluster"), QStringLiteral("Nowhere")};
        const QStringList range{QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                                QStringLiteral("--to"), QStringLiteral("2021-12-31")};
        QTest::newRow("partners export")
            << QStringList{QStringLiteral("partners"), QStringLiteral("export"),
                           QStringLiteral("p.csv")} +
                   nowhere;
        QTest::newRow("partners import")
            << QStringList{QStringLiteral("partners"), QStringLiteral("import"),
                           TestSupport::dataFile(QStringLiteral("partners-good.csv"))} +
                   nowhere;
        QTest::newRow("events ics") << QStringList{QStringLiteral("events"), QStringLiteral("ics"),
                                                   QStringLiteral("e.ics")} +
                                           nowhere;
        QTest::newRow("kpi") << QStringList{QStringLiteral("kpi")} + nowhere + range;
        QTest::newRow("report") << QStringList{QStringLiteral("report")} + nowhere + range +
                                       QStringList{QStringLiteral("--out"),
                                                   QStringLiteral("r.pdf")};
        QTest::newRow("chart") << QStringList{QStringLiteral("chart"), QStringLiteral("events")} +
                                      nowhere + range +
                                      QStringList{QStringLiteral("--out"), QStringLiteral("c.svg")};
    }
    void noSuchClusterIsOneMessage()
    {
        QFETCH(QStringList, arguments);
        addCluster(QStringLiteral("Trieste"));
        const Result result = run(arguments);
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.errLines().contains(QStringLiteral("There is no cluster called "
                                                           "“Nowhere”. “lecdesk cluster list” "
                                                           "shows the clusters.")),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(QLatin1String("named")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // Rows of an import file that name a cluster that does not exist say where the clusters are
    // listed, once after the rows.
    void importRowsOfAnUnknownClusterPointToTheList()
    {
        addCluster(QStringLiteral("Trieste"));
        writeFile(path(QStringLiteral("elsewhere.csv")),
                  "name,type,cluster\nA,school,Atlantide\nB,school,Atlantide\nC,school,Trieste\n");
        const Result result = run({QStringLiteral("partners"), QStringLiteral("import"),
                                   QStringLiteral("elsewhere.csv")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        const QStringList lines = result.errLines();
        QCOMPARE(lines.count(QStringLiteral("“lecdesk cluster list” shows the clusters.")), 1);
        QVERIFY2(lines.contains(QStringLiteral("elsewhere.csv:2: column 'cluster': There is no "
                                               "cluster called “Atlantide”.")),
                 qPrintable(result.err));
    }

    // A misspelt command or option gets the one it most likely meant suggested (exit 2).
    void didYouMean_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("group") << QStringList{QStringLiteral("partner"), QStringLiteral("import"),
                                              QStringLiteral("x.csv")}
                               << QStringLiteral("Unknown command “partner”. Did you mean "
                                                 "“partners import”?");
        QTest::newRow("group and subcommand")
            << QStringList{QStringLiteral("clusters"), QStringLiteral("lst")}
            << QStringLiteral("Unknown command “clusters”. Did you mean “cluster list”?");
        QTest::newRow("group, no such subcommand")
            << QStringList{QStringLiteral("partner"), QStringLiteral("list")}
            << QStringLiteral("Unknown command “partner”. Did you mean “partners”? “list” is not "
                              "a subcommand of “partners”; use one of: import, export.");
        QTest::newRow("subcommand")
            << QStringList{QStringLiteral("events"), QStringLiteral("exprot")}
            << QStringLiteral("“exprot” is not a subcommand of “events”; use one of: import, "
                              "export, ics. Did you mean “events export”?");
        QTest::newRow("command") << QStringList{QStringLiteral("kpis"), QStringLiteral("--all")}
                                 << QStringLiteral("Unknown command “kpis”. Did you mean “kpi”?");
        QTest::newRow("swapped letters")
            << QStringList{QStringLiteral("reprot")}
            << QStringLiteral("Unknown command “reprot”. Did you mean “report”?");
        QTest::newRow("option") << QStringList{QStringLiteral("kpi"), QStringLiteral("--clustr"),
                                               QStringLiteral("T")}
                                << QStringLiteral("Unknown option “--clustr”. Did you mean "
                                                  "“--cluster”?");
        QTest::newRow("option begun")
            << QStringList{QStringLiteral("partners"), QStringLiteral("import"),
                           QStringLiteral("x.csv"), QStringLiteral("--skip")}
            << QStringLiteral("Unknown option “--skip”. Did you mean “--skip-invalid”?");
        QTest::newRow("global option")
            << QStringList{QStringLiteral("cluster"), QStringLiteral("list"),
                           QStringLiteral("--langauge"), QStringLiteral("it")}
            << QStringLiteral("Unknown option “--langauge”. Did you mean “--language”?");
        QTest::newRow("global option first")
            << QStringList{QStringLiteral("--databse"), QStringLiteral("x.sqlite"),
                           QStringLiteral("cluster"), QStringLiteral("list")}
            << QStringLiteral("Unknown option “--databse”. Did you mean “--database”?");
        QTest::newRow("chart") << QStringList{QStringLiteral("chart"), QStringLiteral("reahc"),
                                              QStringLiteral("--all")}
                               << QStringLiteral("There is no chart “reahc”; choose one of: "
                                                 "institutions, reach, events. Did you mean "
                                                 "“reach”?");
        QTest::newRow("format") << QStringList{QStringLiteral("kpi"),      QStringLiteral("--all"),
                                               QStringLiteral("--period"), QStringLiteral("P"),
                                               QStringLiteral("--format"), QStringLiteral("jsno")}
                                << QStringLiteral("“jsno”, given with --format, is not a format: "
                                                  "use table, csv or json. Did you mean “json”?");
        QTest::newRow("nothing near") << QStringList{QStringLiteral("frobnicate")}
                                      << QStringLiteral("Unknown command “frobnicate”.");
        QTest::newRow("no option near")
            << QStringList{QStringLiteral("cluster"), QStringLiteral("list"),
                           QStringLiteral("--bogus")}
            << QStringLiteral("Unknown option “--bogus”.");
    }
    void didYouMean()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = runRaw(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QCOMPARE(result.errLines().value(0), message);
        QCOMPARE(result.errLines().value(1),
                 QStringLiteral("Run “lecdesk --help” for the commands and their options."));
        QVERIFY(result.out.isEmpty());
    }

    // Messages about an option's value are sentences that name the option, what it expects and
    // what was given.
    void optionValueMessagesAreSentences_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList scope{QStringLiteral("--all"), QStringLiteral("--period"),
                                QStringLiteral("P")};
        QTest::newRow("report --out")
            << QStringList{QStringLiteral("report")} + scope +
                   QStringList{QStringLiteral("--out"), QStringLiteral("rapporto.txt")}
            << QStringLiteral("The file given with --out must end in .pdf, but “rapporto.txt” "
                              "does not.");
        QTest::newRow("chart --out")
            << QStringList{QStringLiteral("chart"), QStringLiteral("reach")} + scope +
                   QStringList{QStringLiteral("--out"), QStringLiteral("chart.jpg")}
            << QStringLiteral("The file given with --out must end in .png, .svg or .pdf, but "
                              "“chart.jpg” does not.");
        QTest::newRow("kpi --out")
            << QStringList{QStringLiteral("kpi")} + scope +
                   QStringList{QStringLiteral("--out"), QStringLiteral("kpi")}
            << QStringLiteral("The file given with --out must end in .csv, .xlsx or .json, but "
                              "“kpi” does not.");
        QTest::newRow("--size out of range")
            << QStringList{QStringLiteral("chart"), QStringLiteral("reach")} + scope +
                   QStringList{QStringLiteral("--out"), QStringLiteral("c.png"),
                               QStringLiteral("--size"), QStringLiteral("50x50")}
            << QStringLiteral("The size “50x50” given with --size is out of range: the width and "
                              "the height must each be from 100 to 20000 pixels.");
        QTest::newRow("--size not a size")
            << QStringList{QStringLiteral("chart"), QStringLiteral("reach")} + scope +
                   QStringList{QStringLiteral("--out"), QStringLiteral("c.png"),
                               QStringLiteral("--size"), QStringLiteral("12x")}
            << QStringLiteral("“12x”, given with --size, is not a size: give the width and height "
                              "in pixels, as in 1600x1000.");
        QTest::newRow("--dpi")
            << QStringList{QStringLiteral("chart"), QStringLiteral("reach")} + scope +
                   QStringList{QStringLiteral("--out"), QStringLiteral("c.png"),
                               QStringLiteral("--dpi"), QStringLiteral("7")}
            << QStringLiteral("“7”, given with --dpi, is not a resolution: give a whole number "
                              "from 36 to 1200.");
        QTest::newRow("--from")
            << QStringList{QStringLiteral("kpi"),    QStringLiteral("--all"),
                           QStringLiteral("--from"), QStringLiteral("31/02/2021"),
                           QStringLiteral("--to"),   QStringLiteral("2021-12-31")}
            << QStringLiteral("The date given with --from cannot be used: “31/02/2021” is not a "
                              "valid date: that day does not exist.");
    }
    void optionValueMessagesAreSentences()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QCOMPARE(result.errLines().value(0), message);
        QVERIFY(!QFileInfo::exists(m_database));
    }

    void demo()
    {
        Result result = run({QStringLiteral("demo")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        result = run({QStringLiteral("cluster"), QStringLiteral("list")});
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const int partners = lines.at(1).section(QLatin1Char(' '), -1).toInt();
        QVERIFY2(partners >= 55 && partners <= 70, qPrintable(lines.at(1)));

        // Again: the demo cluster exists and is left alone.
        result = run({QStringLiteral("demo")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(run({QStringLiteral("cluster"), QStringLiteral("list")}).out,
                 lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));

        // Never into a cluster with real data.
        addCluster(QStringLiteral("Trieste"));
        result =
            run({QStringLiteral("demo"), QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), 0);

        result =
            run({QStringLiteral("demo"), QStringLiteral("--cluster"), QStringLiteral("Prova")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(partnerCount(QStringLiteral("Prova")), partners);
    }

    // LECDESK_TODAY dates the demo; a value that is no date is said to be ignored.
    void todayCanBeSet()
    {
        QVERIFY(run({QStringLiteral("demo")}).exitCode == 0);
        Database db;
        QVERIFY(db.open(m_database));
        const std::optional<Cluster> demo =
            ClusterRepository(db.connection())
                .findByName(QStringLiteral("Demo Cluster (fictional)"))
                .value();
        QVERIFY(demo);
        QDate latest;
        for (const Event &event : EventRepository(db.connection()).forCluster(demo->id).value()) {
            if (event.status == EventStatus::Held)
                latest = std::max(latest, event.lastDate());
        }
        QVERIFY2(latest < TestSupport::today() && latest >= TestSupport::today().addDays(-14),
                 qPrintable(latest.toString(Qt::ISODate)));
        db.close();

        qputenv("LECDESK_TODAY", "20/11/2026");
        const Result result = run({QStringLiteral("cluster"), QStringLiteral("list")});
        TestSupport::fixToday();
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral(
                     "LECDESK_TODAY is “20/11/2026”, not a date written as YYYY-MM-DD")),
                 qPrintable(result.err));
    }

    void importGoodFile()
    {
        addCluster(QStringLiteral("Trieste"));
        const QString file = TestSupport::dataFile(QStringLiteral("partners-good.csv"));
        // With one cluster in the database --cluster may be left out.
        const Result result = run({QStringLiteral("partners"), QStringLiteral("import"), file});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY(result.err.isEmpty());
        QVERIFY(result.out.contains(QLatin1String("5")));
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), 5);

        // The same file again: every row is now a duplicate, nothing more is imported.
        const Result again = run({QStringLiteral("partners"), QStringLiteral("import"), file});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(reportedRows(again, file).size(), 5);
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), 5);
    }

    void importNeedsAClusterWhenThereAreSeveral()
    {
        addCluster(QStringLiteral("Trieste"));
        addCluster(QStringLiteral("Gorizia"));
        const QString file = TestSupport::dataFile(QStringLiteral("partners-good.csv"));
        Result result = run({QStringLiteral("partners"), QStringLiteral("import"), file});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(reportedRows(result, file).size(), 5);
        QVERIFY(result.err.contains(QLatin1String("--cluster")));

        result = run({QStringLiteral("partners"), QStringLiteral("import"), file,
                      QStringLiteral("--cluster"), QStringLiteral("Atlantide")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("Atlantide")));
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), 0);
        QCOMPARE(partnerCount(QStringLiteral("Gorizia")), 0);
    }

    void badFileImportsNothingAndListsEveryBadRow()
    {
        prepareForBadFile();
        const QString file = TestSupport::dataFile(QStringLiteral("partners-bad.csv"));
        const Result result = run({QStringLiteral("partners"), QStringLiteral("import"), file,
                                   QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        const QList<std::pair<int, QString>> expected{
            {3, QStringLiteral("name")},
            {4, QStringLiteral("type")},
            {5, QStringLiteral("type")},
            {6, QStringLiteral("school_level")},
            {7, QStringLiteral("school_level")},
            {8, QStringLiteral("email")},
            {9, QStringLiteral("website")},
            {10, QStringLiteral("joined_on")},
            {11, QStringLiteral("joined_on")},
            {12, QStringLiteral("left_on")},
            {13, QString()},
            {14, QStringLiteral("name")},
            {15, QStringLiteral("name")},
            {16, QStringLiteral("cluster")},
            {19, QStringLiteral("contacts")},
            {21, QStringLiteral("type")},
        };
        QCOMPARE(reportedRows(result, file), expected);
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), 1);
        QCOMPARE(partnerCount(QStringLiteral("Gorizia")), 0);
    }

    void skipInvalidImportsTheRest()
    {
        prepareForBadFile();
        const QString file = TestSupport::dataFile(QStringLiteral("partners-bad.csv"));
        const Result result = run({QStringLiteral("partners"), QStringLiteral("import"),
                                   QStringLiteral("--skip-invalid"), file,
                                   QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(reportedRows(result, file).size(), 16);
        QVERIFY(result.out.contains(QLatin1String("16")));
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), 1 + 2);
        QCOMPARE(partnerCount(QStringLiteral("Gorizia")), 1);
    }

    void dryRunWritesNothing()
    {
        prepareForBadFile();
        const QString file = TestSupport::dataFile(QStringLiteral("partners-bad.csv"));
        const QByteArray before = fileBytes(m_database);
        QVERIFY(!before.isEmpty());

        Result result = run({QStringLiteral("partners"), QStringLiteral("import"), file,
                             QStringLiteral("--cluster"), QStringLiteral("Trieste"),
                             QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(reportedRows(result, file).size(), 16);
        // Without --skip-invalid a dry run answers as the real import would.
        result = run({QStringLiteral("partners"), QStringLiteral("import"), file,
                      QStringLiteral("--cluster"), QStringLiteral("Trieste"),
                      QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 1);
        result = run({QStringLiteral("partners"), QStringLiteral("import"),
                      TestSupport::dataFile(QStringLiteral("partners-good.csv")),
                      QStringLiteral("--cluster"), QStringLiteral("Gorizia"),
                      QStringLiteral("--dry-run")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));

        QCOMPARE(fileBytes(m_database), before);
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), 1);
        QCOMPARE(partnerCount(QStringLiteral("Gorizia")), 0);

        // A dry run does not even create a database.
        const QString absent = path(QStringLiteral("absent.sqlite"));
        result = run({QStringLiteral("partners"), QStringLiteral("import"), file,
                      QStringLiteral("--dry-run")},
                     absent);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFileInfo::exists(absent));
    }

    void fileProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("header only") << QByteArray("name,type\n") << QStringLiteral("no partners");
        QTest::newRow("not UTF-8")
            << QByteArray("name,type\nA,school\nCitt\xE0,school\n") << QStringLiteral("Line 3");
        QTest::newRow("unbalanced quote")
            << QByteArray("name,type,notes\nA,school,\"open\nB,school,x\n")
            << QStringLiteral("Line 2");
        QTest::newRow("no type column") << QByteArray("name\nA\n") << QStringLiteral("“type”");
    }
    void fileProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        addCluster(QStringLiteral("Trieste"));
        writeFile(path(QStringLiteral("in.csv")), bytes);
        const Result result =
            run({QStringLiteral("partners"), QStringLiteral("import"), QStringLiteral("in.csv")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.startsWith(QLatin1String("in.csv: ")), qPrintable(result.err));
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), 0);
    }

    void missingAndOversizedFiles()
    {
        addCluster(QStringLiteral("Trieste"));
        Result result = run(
            {QStringLiteral("partners"), QStringLiteral("import"), QStringLiteral("missing.csv")});
        QCOMPARE(result.exitCode, 1);

        QFile huge(path(QStringLiteral("huge.csv")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write("name,type\n");
        QVERIFY(huge.resize(qint64(40) * 1024 * 1024));
        huge.close();
        result =
            run({QStringLiteral("partners"), QStringLiteral("import"), QStringLiteral("huge.csv")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("40.0 MB")), qPrintable(result.err));
    }

    void exportImportRoundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("English") << QStringLiteral("en") << QByteArray("name,type,school_level,");
        QTest::newRow("Italian") << QStringLiteral("it")
                                 << QByteArray("\xEF\xBB\xBFnome;tipo;livello scolastico;");
    }
    void exportImportRoundTrip()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, header);
        QVERIFY(run({QStringLiteral("demo"), QStringLiteral("--cluster"), QStringLiteral("LEC")})
                    .exitCode == 0);
        const QString first = path(QStringLiteral("first.csv"));
        // One cluster: --cluster may be left out.
        Result result = run({QStringLiteral("partners"), QStringLiteral("export"), first,
                             QStringLiteral("--language"), language});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QByteArray exported = fileBytes(first);
        QVERIFY2(exported.startsWith(header), exported.left(80).constData());
        QVERIFY(exported.contains("Università") || exported.contains("universit"));

        // Into another database with a cluster of the same name, and out again.
        const QString other = path(QStringLiteral("other.sqlite"));
        QCOMPARE(
            run({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("LEC")}, other)
                .exitCode,
            0);
        result = run({QStringLiteral("partners"), QStringLiteral("import"), first}, other);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(partnerCount(QStringLiteral("LEC"), other), partnerCount(QStringLiteral("LEC")));
        const QString second = path(QStringLiteral("second.csv"));
        result = run({QStringLiteral("--language"), language, QStringLiteral("partners"),
                      QStringLiteral("export"), QStringLiteral("--cluster"), QStringLiteral("lec"),
                      second},
                     other);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(fileBytes(second), exported);
    }

    void exportRefusals()
    {
        const QString file = path(QStringLiteral("out.csv"));
        Result result = run({QStringLiteral("partners"), QStringLiteral("export"), file});
        QCOMPARE(result.exitCode, 1); // no cluster at all

        addCluster(QStringLiteral("Trieste"));
        addCluster(QStringLiteral("Gorizia"));
        result = run({QStringLiteral("partners"), QStringLiteral("export"), file});
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY(result.err.contains(QLatin1String("--cluster")));

        result = run({QStringLiteral("partners"), QStringLiteral("export"), file,
                      QStringLiteral("--cluster"), QStringLiteral("Atlantide")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFileInfo::exists(file));

        result = run({QStringLiteral("partners"), QStringLiteral("export"),
                      path(QStringLiteral("no/such/folder/out.csv")), QStringLiteral("--cluster"),
                      QStringLiteral("Trieste")});
        QCOMPARE(result.exitCode, 1);

        result = run({QStringLiteral("partners"), QStringLiteral("export"), file,
                      QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(fileBytes(file).split('\n').size(), 2); // the header and the final line end
    }

    void notADatabaseIsLeftUntouched()
    {
        const QByteArray bytes("name,type\nThis is a CSV file, not a database\n");
        writeFile(m_database, bytes);
        const QStringList commands[] = {
            {QStringLiteral("cluster"), QStringLiteral("list")},
            {QStringLiteral("demo")},
            {QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("X")},
        };
        for (const QStringList &command : commands) {
            const Result result = run(command);
            QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
            QVERIFY2(result.err.contains(m_database), qPrintable(result.err));
            QVERIFY2(result.err.contains(QLatin1String("SQLite")), qPrintable(result.err));
            QVERIFY(result.out.isEmpty());
            QCOMPARE(fileBytes(m_database), bytes);
        }
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("lecdesk.sqlite")});
    }

    void newerDatabaseIsLeftUntouched()
    {
        addCluster(QStringLiteral("Trieste"));
        QCOMPARE(
            TestSupport::RawSqlite(m_database).exec({QStringLiteral("PRAGMA user_version = 999")}),
            QString());
        const QByteArray before = fileBytes(m_database);

        Result result = run({QStringLiteral("cluster"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QLatin1String("999")), qPrintable(result.err));
        result = run({QStringLiteral("partners"), QStringLiteral("import"),
                      TestSupport::dataFile(QStringLiteral("partners-good.csv"))});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(fileBytes(m_database), before);
    }

    // A database that cannot be read (here a table another program renamed away) stops every
    // command with exit 1 and the reason; no command takes the failure for an empty list.
    void unreadableDatabaseIsSaidNotTakenForEmpty()
    {
        addCluster(QStringLiteral("Trieste"));
        Result result = run({QStringLiteral("partners"), QStringLiteral("import"),
                             TestSupport::dataFile(QStringLiteral("partners-good.csv")),
                             QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(TestSupport::RawSqlite(m_database)
                     .exec({QStringLiteral("ALTER TABLE partners RENAME TO partners_hidden")}),
                 QString());

        const QString file = path(QStringLiteral("partners.csv"));
        result = run({QStringLiteral("partners"), QStringLiteral("export"), file});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.startsWith(QLatin1String("The database cannot be read: ")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("no such table")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(file)); // no empty export

        result = run({QStringLiteral("cluster"), QStringLiteral("list")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("no such table")), qPrintable(result.err));

        // An import cannot be checked for duplicates against partners it cannot read.
        result = run({QStringLiteral("partners"), QStringLiteral("import"),
                      TestSupport::dataFile(QStringLiteral("partners-good.csv"))});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QLatin1String("cannot be checked against the database")),
                 qPrintable(result.err));
        QCOMPARE(TestSupport::RawSqlite(m_database)
                     .exec({QStringLiteral("ALTER TABLE partners_hidden RENAME TO partners")}),
                 QString());
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), 5); // nothing was written meanwhile
    }

    void readOnlyFolderIsRefused()
    {
        const QString folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString database = folder + QStringLiteral("/lecdesk.sqlite");
        QCOMPARE(
            run({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("T")}, database)
                .exitCode,
            0);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        {
            // Permissions mean nothing to root: probe instead of guessing from the user id.
            QFile probe(folder + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.close();
                probe.remove();
                QSKIP("The folder is still writable (running as root?); permissions cannot be "
                      "tested here.");
            }
        }
        const QByteArray before = fileBytes(database);
        const Result result = run({QStringLiteral("cluster"), QStringLiteral("list")}, database);
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY(result.err.contains(folder));
        QCOMPARE(fileBytes(database), before);
    }

    void eventsHelp()
    {
        Result result = runRaw({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *command :
             {"events import FILE.csv", "events export FILE.csv",
              "events ics FILE.ics [--cluster NAME] [--from DATE] [--to DATE]"})
            QVERIFY2(result.out.contains(QLatin1String(command)), command);
        result = run({QStringLiteral("events"), QStringLiteral("ics"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("--from")));
        result = run({QStringLiteral("events"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("import|export|ics")));
        QVERIFY(!QFileInfo::exists(m_database));
    }

    void eventsWrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("events"), QStringLiteral("delete")};
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("events"), QStringLiteral("import")};
        QTest::newRow("missing ics file")
            << QStringList{QStringLiteral("events"), QStringLiteral("ics")};
        QTest::newRow("bad --from")
            << QStringList{QStringLiteral("events"), QStringLiteral("ics"), QStringLiteral("a.ics"),
                           QStringLiteral("--from"), QStringLiteral("2022-13-01")};
        QTest::newRow("impossible --to")
            << QStringList{QStringLiteral("events"), QStringLiteral("ics"), QStringLiteral("a.ics"),
                           QStringLiteral("--to"), QStringLiteral("31/02/2022")};
        QTest::newRow("--from after --to") << QStringList{
            QStringLiteral("events"),    QStringLiteral("ics"),        QStringLiteral("a.ics"),
            QStringLiteral("--from"),    QStringLiteral("2022-05-01"), QStringLiteral("--to"),
            QStringLiteral("01/03/2022")};
        QTest::newRow("--from on export") << QStringList{
            QStringLiteral("events"), QStringLiteral("export"), QStringLiteral("a.csv"),
            QStringLiteral("--from"), QStringLiteral("2022-05-01")};
    }
    void eventsWrongUsage()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY(!result.err.isEmpty());
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_database));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("a.ics"))));
    }

    void eventsImportGoodFile()
    {
        prepareForEvents();
        const QString file = TestSupport::dataFile(QStringLiteral("events-good.csv"));
        // With one cluster in the database --cluster may be left out.
        const Result result = importEvents(file);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(result.out.contains(QLatin1String("5")));
        QCOMPARE(eventCount(QStringLiteral("Trieste")), 5);

        // The same file again: every row is now a duplicate, nothing more is imported.
        const Result again = importEvents(file);
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(reportedRows(again, file).size(), 5);
        QCOMPARE(eventCount(QStringLiteral("Trieste")), 5);

        // The Italian file as well.
        const Result italian =
            importEvents(TestSupport::dataFile(QStringLiteral("events-italian.csv")));
        QVERIFY2(italian.exitCode == 0, qPrintable(describe(italian)));
        QCOMPARE(eventCount(QStringLiteral("Trieste")), 13);
    }

    void eventsBadFileImportsNothingAndListsEveryBadRow()
    {
        prepareForBadEvents();
        const QString file = TestSupport::dataFile(QStringLiteral("events-bad.csv"));
        const Result result =
            importEvents(file, {QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        const QList<std::pair<int, QString>> expected{
            {3, QStringLiteral("title")},        {4, QStringLiteral("kind")},
            {5, QStringLiteral("kind")},         {6, QStringLiteral("start")},
            {7, QStringLiteral("start")},        {8, QStringLiteral("start")},
            {9, QStringLiteral("start")},        {10, QStringLiteral("end")},
            {11, QStringLiteral("status")},      {12, QStringLiteral("status")},
            {13, QStringLiteral("pupils")},      {14, QStringLiteral("teachers")},
            {15, QStringLiteral("parents")},     {16, QStringLiteral("pupils")},
            {17, QStringLiteral("organiser")},   {18, QStringLiteral("partners")},
            {19, QStringLiteral("partners")},    {20, QStringLiteral("audience")},
            {21, QStringLiteral("online_link")}, {22, QString()},
            {23, QStringLiteral("title")},       {24, QStringLiteral("title")},
            {25, QStringLiteral("cluster")},     {28, QStringLiteral("end")},
        };
        QCOMPARE(reportedRows(result, file), expected);
        QVERIFY(result.err.contains(file + QStringLiteral(":18: column 'partners': There is no "
                                                          "partner called “Ghost Museum” in "
                                                          "cluster “Trieste”.")));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(eventCount(QStringLiteral("Trieste")), 1);
        QCOMPARE(eventCount(QStringLiteral("Gorizia")), 0);
    }

    void eventsSkipInvalidImportsTheRest()
    {
        prepareForBadEvents();
        const QString file = TestSupport::dataFile(QStringLiteral("events-bad.csv"));
        const Result result =
            importEvents(file, {QStringLiteral("--skip-invalid"), QStringLiteral("--cluster"),
                                QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(reportedRows(result, file).size(), 24);
        QVERIFY(result.out.contains(QLatin1String("24")));
        QCOMPARE(eventCount(QStringLiteral("Trieste")), 1 + 1);
        QCOMPARE(eventCount(QStringLiteral("Gorizia")), 1);
    }

    void eventsDryRunWritesNothing()
    {
        prepareForBadEvents();
        const QByteArray before = fileBytes(m_database);
        const QString bad = TestSupport::dataFile(QStringLiteral("events-bad.csv"));
        // Without --skip-invalid a dry run answers as the real import would.
        Result result = importEvents(bad, {QStringLiteral("--dry-run"), QStringLiteral("--cluster"),
                                           QStringLiteral("Trieste")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(reportedRows(result, bad).size(), 24);
        result = importEvents(bad, {QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid"),
                                    QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        result = importEvents(
            TestSupport::dataFile(QStringLiteral("events-good.csv")),
            {QStringLiteral("--dry-run"), QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY(result.out.contains(QLatin1String("Dry run")));
        QCOMPARE(fileBytes(m_database), before);
        QCOMPARE(eventCount(QStringLiteral("Trieste")), 1);

        const QString absent = path(QStringLiteral("absent.sqlite"));
        result = importEvents(bad, {QStringLiteral("--dry-run")}, absent);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFileInfo::exists(absent));
    }

    void importsRefuseRowsThatWouldChangeALockedPeriod()
    {
        prepareForEvents();
        {
            Database database;
            QVERIFY2(database.open(m_database), qPrintable(database.errorMessage()));
            ReportingPeriod period;
            period.clusterId = ClusterRepository(database.connection())
                                   .findByName(QStringLiteral("Trieste"))
                                   .value()
                                   ->id;
            period.name = QStringLiteral("Period 1");
            period.start = QDate(2019, 10, 1);
            period.end = QDate(2020, 12, 31);
            period.locked = true;
            ReportingPeriodRepository periods(database.connection());
            QVERIFY2(periods.save(period), qPrintable(periods.errorMessage()));
        }
        const int partnersBefore = partnerCount(QStringLiteral("Trieste"));
        const QString events = path(QStringLiteral("locked-events.csv"));
        writeFile(events, "title,kind,start,status,pupils\n"
                          "Held in the period,lab,2020-03-10,held,25\n"
                          "Planned in the period,lab,2020-03-11,planned,\n"
                          "Held after it,lab,2021-01-01,held,30\n");
        // The dry run already says what the import will refuse, row by row.
        for (const QStringList &options :
             {QStringList{QStringLiteral("--dry-run")}, QStringList()}) {
            const Result result = importEvents(events, options);
            QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
            QCOMPARE(reportedRows(result, events),
                     (QList<std::pair<int, QString>>{{2, QStringLiteral("start")}}));
            QVERIFY2(result.err.contains(QStringLiteral(
                         "“Held in the period” counts towards the reporting period “Period 1” "
                         "(01/10/2019 to 31/12/2020), which is locked")),
                     qPrintable(result.err));
            QCOMPARE(eventCount(QStringLiteral("Trieste")), 0);
        }
        Result result = importEvents(events, {QStringLiteral("--skip-invalid")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(eventCount(QStringLiteral("Trieste")), 2);

        const QString partners = path(QStringLiteral("locked-partners.csv"));
        writeFile(partners, "name,type,joined_on\n"
                            "Scuola Tardiva,school,2020-05-01\n"
                            "Scuola Nuova,school,2021-02-01\n");
        result = run({QStringLiteral("partners"), QStringLiteral("import"), partners});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QCOMPARE(reportedRows(result, partners),
                 (QList<std::pair<int, QString>>{{2, QStringLiteral("joined_on")}}));
        QCOMPARE(partnerCount(QStringLiteral("Trieste")), partnersBefore);
    }

    void eventsExportImportRoundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("English") << QStringLiteral("en") << QByteArray("title,kind,start,end,");
        QTest::newRow("Italian") << QStringLiteral("it")
                                 << QByteArray("\xEF\xBB\xBFtitolo;tipo;inizio;fine;");
    }
    void eventsExportImportRoundTrip()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, header);
        prepareForEvents();
        for (const char *name : {"events-good.csv", "events-italian.csv"}) {
            const Result result = importEvents(TestSupport::dataFile(QLatin1String(name)));
            QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        }
        const QString first = path(QStringLiteral("first.csv"));
        Result result = run({QStringLiteral("events"), QStringLiteral("export"), first,
                             QStringLiteral("--language"), language});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY(result.out.contains(QLatin1String("13")));
        const QByteArray exported = fileBytes(first);
        QVERIFY2(exported.startsWith(header), exported.left(80).constData());
        QCOMPARE(exported.count("Trieste\r\n"), 13);

        // Into another database with the same cluster and partners, and out again.
        const QString other = path(QStringLiteral("other.sqlite"));
        prepareForEvents(other);
        result = importEvents(first, {}, other);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(eventCount(QStringLiteral("Trieste"), other), 13);
        const QString second = path(QStringLiteral("second.csv"));
        result = run({QStringLiteral("--language"), language, QStringLiteral("events"),
                      QStringLiteral("export"), QStringLiteral("--cluster"),
                      QStringLiteral("trieste"), second},
                     other);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(fileBytes(second), exported);
    }

    void eventsIcs()
    {
        prepareForEvents();
        for (const char *name : {"events-good.csv", "events-italian.csv"})
            QCOMPARE(importEvents(TestSupport::dataFile(QLatin1String(name))).exitCode, 0);
        const QString all = path(QStringLiteral("all.ics"));
        Result result = run({QStringLiteral("events"), QStringLiteral("ics"), all});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QByteArray ics = fileBytes(all);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 13);
        QVERIFY(ics.contains("SUMMARY:STEAM Academy: astronomy\r\n"));
        QVERIFY(ics.contains("LOCATION:Via del Faro 3\\, Trieste\r\n"));

        // Events that take place on at least one day of the range, dates in either format: the
        // course of 4-8 April overlaps 8 April.
        const QString spring = path(QStringLiteral("spring.ics"));
        result =
            run({QStringLiteral("events"), QStringLiteral("ics"), spring, QStringLiteral("--from"),
                 QStringLiteral("08/04/2022"), QStringLiteral("--to"), QStringLiteral("2022-05-15"),
                 QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(fileBytes(spring).count("BEGIN:VEVENT"), 4);
        result = run({QStringLiteral("events"), QStringLiteral("ics"), spring,
                      QStringLiteral("--from"), QStringLiteral("2022-11-01")});
        QCOMPARE(fileBytes(spring).count("BEGIN:VEVENT"), 2);
        // Titles in the language asked for, falling back to the other.
        result = run({QStringLiteral("--language"), QStringLiteral("it"), QStringLiteral("events"),
                      QStringLiteral("ics"), spring, QStringLiteral("--to"),
                      QStringLiteral("2021-12-31")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QCOMPARE(fileBytes(spring).count("BEGIN:VEVENT"), 2);
        QVERIFY(fileBytes(spring).contains("SUMMARY:Incontro dei docenti\r\n"));
        QVERIFY(fileBytes(spring).contains("SUMMARY:Teachers' meeting\r\n"));
        QVERIFY(fileBytes(spring).contains("STATUS:CANCELLED\r\n"));
    }

    void italianMessages()
    {
        prepareForBadFile();
        const QString file = TestSupport::dataFile(QStringLiteral("partners-bad.csv"));
        const Result english = run({QStringLiteral("partners"), QStringLiteral("import"), file,
                                    QStringLiteral("--cluster"), QStringLiteral("Trieste")});
        const Result italian = run({QStringLiteral("partners"), QStringLiteral("import"), file,
                                    QStringLiteral("--cluster"), QStringLiteral("Trieste"),
                                    QStringLiteral("--language"), QStringLiteral("it")});
        QCOMPARE(italian.exitCode, 1);
        // Same rows and columns whatever the language: the column names come from the file.
        QCOMPARE(reportedRows(italian, file), reportedRows(english, file));

        const Result unknown =
            run({QStringLiteral("--language"), QStringLiteral("it"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        // Meaningful once the Italian catalogue translates this message.
        QTranslator catalogue;
        const QString translated = catalogue.load(QStringLiteral(":/i18n/lecdesk_it"))
                                       ? catalogue.translate("CommandLine", "Unknown command “%1”.")
                                       : QString();
        if (translated.isEmpty())
            QSKIP("The Italian catalogue does not translate the CLI messages yet.");
        QVERIFY2(unknown.err.contains(translated.arg(QStringLiteral("frobnicate"))),
                 qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
