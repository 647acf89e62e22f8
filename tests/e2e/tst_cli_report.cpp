#include "models/clusters/ClusterRepository.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `lecdesk report` and `lecdesk chart`, run as the real binary: the files they write, read back
// with independent tools, and the exit status and message of every refusal.
class TestCliReport : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_folder;
    QString m_database;
    const QString m_demo = QStringLiteral("Demo Cluster (fictional)");

    QString path(const QString &name) const { return m_folder.filePath(name); }

    // Runs lecdesk on the test database; environment changes apply on top of a clean one.
    Result run(QStringList arguments, const QHash<QString, QString> &environmentChanges = {},
               const QStringList &unset = {}) const
    {
        arguments.prepend(m_database);
        arguments.prepend(QStringLiteral("--database"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const QString home = m_folder.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        for (auto it = environmentChanges.cbegin(); it != environmentChanges.cend(); ++it)
            environment.insert(it.key(), it.value());
        for (const QString &name : unset)
            environment.remove(name);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_folder.path());
        process.start(QStringLiteral(LECDESK_BINARY), arguments);
        Result result;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
            result.err = QStringLiteral("lecdesk did not finish: ") + process.errorString();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QString describe(const Result &result)
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
            .arg(result.exitCode)
            .arg(result.out, result.err);
    }

    static QString pdfText(const QString &file)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-layout"), file, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

    static QByteArray head(const QString &file, int bytes)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.read(bytes) : QByteArray();
    }

    QStringList demoScope() const
    {
        return {QStringLiteral("--cluster"), m_demo, QStringLiteral("--period"),
                QStringLiteral("Period 2")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_database = m_folder.filePath(QStringLiteral("lec.sqlite"));
        // The demo as made in October 2022, so that its events fill the test's "Period 2".
        qputenv("LECDESK_TODAY", "2022-10-15");
        const Result demo = run({QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        // The command line has no command for periods yet: the period is written directly.
        Database database;
        QVERIFY2(database.open(m_database), qPrintable(database.errorMessage()));
        const std::optional<Cluster> cluster =
            ClusterRepository(database.connection()).findByName(m_demo).value();
        QVERIFY(cluster);
        ReportingPeriod period;
        period.clusterId = cluster->id;
        period.name = QStringLiteral("Period 2");
        period.start = QDate(2021, 1, 1);
        period.end = QDate(2022, 9, 30);
        period.targets = {{QStringLiteral("pupils"), 3000}};
        ReportingPeriodRepository periods(database.connection());
        QVERIFY2(periods.save(period), qPrintable(periods.errorMessage()));
    }

    void reportInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("firstDay");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1 January 2021");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("1 gennaio 2021");
    }

    void reportInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, firstDay);
        const QString file = path(QStringLiteral("report-%1.pdf").arg(language));
        const Result result =
            run(QStringList{QStringLiteral("report")} + demoScope() +
                QStringList{QStringLiteral("--out"), file, QStringLiteral("--language"), language});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.out.contains(file), qPrintable(describe(result)));
        QCOMPARE(head(file, 5), QByteArray("%PDF-"));
        const QString text = pdfText(file);
        QVERIFY2(text.contains(m_demo), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("Period 2")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(firstDay), qPrintable(text.left(400)));
    }

    // Every cluster, for any days; and drawing without a display needs no QT_QPA_PLATFORM.
    void reportOfEveryClusterWithoutADisplay()
    {
        const QString file = path(QStringLiteral("all.pdf"));
        const Result result =
            run({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--from"),
                 QStringLiteral("2021-01-01"), QStringLiteral("--to"), QStringLiteral("30/06/2022"),
                 QStringLiteral("--out"), file},
                {},
                {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                 QStringLiteral("WAYLAND_DISPLAY")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QString text = pdfText(file);
        QVERIFY2(text.contains(QStringLiteral("All clusters")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("30 June 2022")), qPrintable(text.left(400)));
    }

    void reportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // what the message must name
        const QString out = QStringLiteral("--out");
        const QString pdf = QStringLiteral("r.pdf");
        const QString cluster = QStringLiteral("--cluster");
        const QString period = QStringLiteral("--period");
        QTest::newRow("no cluster")
            << QStringList{period, QStringLiteral("Period 2"), out, pdf} << QStringLiteral("--all");
        QTest::newRow("cluster and all") << QStringList{cluster,
                                                        m_demo,
                                                        QStringLiteral("--all"),
                                                        period,
                                                        QStringLiteral("Period 2"),
                                                        out,
                                                        pdf}
                                         << QStringLiteral("--all");
        QTest::newRow("no period")
            << QStringList{cluster, m_demo, out, pdf} << QStringLiteral("--period");
        QTest::newRow("period and dates") << QStringList{cluster,
                                                         m_demo,
                                                         period,
                                                         QStringLiteral("Period 2"),
                                                         QStringLiteral("--from"),
                                                         QStringLiteral("2021-01-01"),
                                                         out,
                                                         pdf}
                                          << QStringLiteral("--from");
        QTest::newRow("from without to")
            << QStringList{cluster, m_demo, QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                           out,     pdf}
            << QStringLiteral("--to");
        QTest::newRow("not a date") << QStringList{cluster,
                                                   m_demo,
                                                   QStringLiteral("--from"),
                                                   QStringLiteral("2021-13-45"),
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("2021-12-31"),
                                                   out,
                                                   pdf}
                                    << QStringLiteral("--from");
        QTest::newRow("days reversed") << QStringList{cluster,
                                                      m_demo,
                                                      QStringLiteral("--from"),
                                                      QStringLiteral("2022-01-01"),
                                                      QStringLiteral("--to"),
                                                      QStringLiteral("2021-12-31"),
                                                      out,
                                                      pdf}
                                       << QStringLiteral("--from");
        QTest::newRow("no out") << QStringList{cluster, m_demo, period, QStringLiteral("Period 2")}
                                << QStringLiteral("--out");
        QTest::newRow("not a pdf") << QStringList{cluster, m_demo,
                                                  period,  QStringLiteral("Period 2"),
                                                  out,     QStringLiteral("r.docx")}
                                   << QStringLiteral("--out");
        QTest::newRow("unknown option") << QStringList{cluster,
                                                       m_demo,
                                                       period,
                                                       QStringLiteral("Period 2"),
                                                       out,
                                                       pdf,
                                                       QStringLiteral("--colour")}
                                        << QStringLiteral("colour");
    }

    void reportUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Result result = run(QStringList{QStringLiteral("report")} + arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(named), qPrintable(describe(result)));
        QVERIFY(!QFile::exists(path(QStringLiteral("r.pdf"))));
    }

    void reportRefusals()
    {
        // An unknown period or cluster: the data refuses, exit 1, naming it.
        Result result = run({QStringLiteral("report"), QStringLiteral("--cluster"), m_demo,
                             QStringLiteral("--period"), QStringLiteral("Period 9"),
                             QStringLiteral("--out"), path(QStringLiteral("r.pdf"))});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("Period 9")), qPrintable(describe(result)));
        result = run({QStringLiteral("report"), QStringLiteral("--cluster"),
                      QStringLiteral("Nowhere LEC"), QStringLiteral("--period"),
                      QStringLiteral("Period 2"), QStringLiteral("--out"),
                      path(QStringLiteral("r.pdf"))});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("Nowhere LEC")), qPrintable(describe(result)));
        // A folder that does not exist: --out and the path are named, nothing is left behind.
        const QString missing = path(QStringLiteral("no/such/folder/r.pdf"));
        result = run(QStringList{QStringLiteral("report")} + demoScope() +
                     QStringList{QStringLiteral("--out"), missing});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("--out")), qPrintable(describe(result)));
        QVERIFY2(result.err.contains(missing), qPrintable(describe(result)));
        QVERIFY(!QFile::exists(missing));
    }

    void helpNamesTheOptions()
    {
        Result result = run({QStringLiteral("report"), QStringLiteral("--help")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        for (const char *option : {"--cluster", "--all", "--period", "--from", "--to", "--out"})
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
        result = run({QStringLiteral("chart"), QStringLiteral("--help")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        for (const char *option : {"--size", "--dpi", "--out", "institutions, reach, events"})
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
        result = run({QStringLiteral("--help")});
        QVERIFY(result.out.contains(QStringLiteral("report (--cluster NAME | --all)")));
        QVERIFY(result.out.contains(QStringLiteral("chart institutions|reach|events")));
    }

    void chartPng()
    {
        const QString file = path(QStringLiteral("events.png"));
        const Result result = run(
            QStringList{QStringLiteral("chart"), QStringLiteral("events")} + demoScope() +
            QStringList{QStringLiteral("--out"), file, QStringLiteral("--size"),
                        QStringLiteral("900x560"), QStringLiteral("--dpi"), QStringLiteral("120")});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(900, 560));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 120);
        QVERIFY(
            image.text(QStringLiteral("Title")).startsWith(QStringLiteral("Events held by kind")));
    }

    void chartSvgAndPdf_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("svg") << QStringLiteral("institutions") << QStringLiteral("c.svg")
                             << QStringLiteral("en")
                             << QStringLiteral("Institutions involved by type");
        QTest::newRow("pdf") << QStringLiteral("reach") << QStringLiteral("c.pdf")
                             << QStringLiteral("en")
                             << QStringLiteral("People reached, month by month (accumulated)");
        // The period's days in Italian come from the locale, whatever the translations hold.
        QTest::newRow("pdf-it") << QStringLiteral("events") << QStringLiteral("c-it.pdf")
                                << QStringLiteral("it") << QStringLiteral("30 settembre 2022");
    }

    void chartSvgAndPdf()
    {
        QFETCH(QString, chart);
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(QString, title);
        const Result result = run(QStringList{QStringLiteral("chart"), chart} + demoScope() +
                                  QStringList{QStringLiteral("--out"), path(file),
                                              QStringLiteral("--language"), language});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QString text;
        if (file.endsWith(QLatin1String(".svg"))) {
            QFile svg(path(file));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(svg.readAll());
            QVERIFY(text.contains(QStringLiteral("<svg")));
            // A CSS generic family, never Qt's "Sans Serif" alone.
            QVERIFY(text.contains(QStringLiteral("sans-serif\"")));
            QVERIFY(!text.contains(QStringLiteral("font-family=\"Sans Serif\"")));
        } else {
            QCOMPARE(head(path(file), 5), QByteArray("%PDF-"));
            text = pdfText(path(file));
        }
        QVERIFY2(text.contains(title), qPrintable(text.left(600)));
    }

    void chartUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QString out = QStringLiteral("--out");
        const QString png = QStringLiteral("c.png");
        QTest::newRow("unknown chart")
            << QStringList{QStringLiteral("partners"), out, png} << QStringLiteral("partners");
        QTest::newRow("no chart") << QStringList{out, png} << QStringLiteral("KPI");
        QTest::newRow("size without height")
            << QStringList{QStringLiteral("events"), out, png, QStringLiteral("--size"),
                           QStringLiteral("12x")}
            << QStringLiteral("--size");
        QTest::newRow("size too small")
            << QStringList{QStringLiteral("events"), out, png, QStringLiteral("--size"),
                           QStringLiteral("50x50")}
            << QStringLiteral("--size");
        QTest::newRow("dpi not a number")
            << QStringList{QStringLiteral("events"), out, png, QStringLiteral("--dpi"),
                           QStringLiteral("many")}
            << QStringLiteral("--dpi");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("events"), out, QStringLiteral("c.gif")}
            << QStringLiteral("--out");
        QTest::newRow("no out") << QStringList{QStringLiteral("events")} << QStringLiteral("--out");
    }

    void chartUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QStringList all{QStringLiteral("chart")};
        // The scope goes after the chart's name, when there is one.
        const bool namedChart =
            !arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-'));
        if (namedChart)
            all.append(arguments.takeFirst());
        const Result result = run(all + demoScope() + arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(named), qPrintable(describe(result)));
        QVERIFY(!QFile::exists(path(QStringLiteral("c.png"))));
    }

    void chartRefusals()
    {
        const QString file = path(QStringLiteral("refused.png"));
        // An unknown period.
        Result result = run({QStringLiteral("chart"), QStringLiteral("events"),
                             QStringLiteral("--cluster"), m_demo, QStringLiteral("--period"),
                             QStringLiteral("Period 9"), QStringLiteral("--out"), file});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("Period 9")), qPrintable(describe(result)));
        // Days in which nothing was held: no empty axes, a message.
        result = run({QStringLiteral("chart"), QStringLiteral("events"),
                      QStringLiteral("--cluster"), m_demo, QStringLiteral("--from"),
                      QStringLiteral("2010-01-01"), QStringLiteral("--to"),
                      QStringLiteral("2010-12-31"), QStringLiteral("--out"), file});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("No held event")),
                 qPrintable(describe(result)));
        QVERIFY(!QFile::exists(file));
        // A folder that does not exist.
        const QString missing = path(QStringLiteral("no/such/folder/c.svg"));
        result = run(QStringList{QStringLiteral("chart"), QStringLiteral("reach")} + demoScope() +
                     QStringList{QStringLiteral("--out"), missing});
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(QStringLiteral("--out")), qPrintable(describe(result)));
        QVERIFY2(result.err.contains(missing), qPrintable(describe(result)));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
