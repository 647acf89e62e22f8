#include "app/cli/CliSupport.h"
#include "app/cli/CommandLine.h"
#include "app/cli/CommandTable.h"
#include "tests/e2e/CliRunner.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The command table is the one list of lecdesk's commands: each entry must show in
// "lecdesk --help" and in docs/cli.md, answer "--help" of its own, and tell main() whether it
// draws. Adding a command to the table and forgetting one of these fails here.
class TestCliTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY(!Cli::commands().isEmpty());
    }

    void entriesAreWellFormed()
    {
        QStringList seen;
        for (const Cli::Command &command : Cli::commands()) {
            const QString name = command.words.join(u' ');
            QVERIFY2(command.words.size() == 1 || command.words.size() == 2, qPrintable(name));
            QVERIFY2(command.handler, qPrintable(name));
            QVERIFY2(command.summary && *command.summary, qPrintable(name));
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.append(name);
        }
        // A word is a command or starts a group, never both: "lecdesk GROUP" lists the group.
        for (const Cli::Command &command : Cli::commands()) {
            if (command.words.size() > 1)
                QVERIFY2(!seen.contains(command.words.constFirst()),
                         qPrintable(command.words.constFirst()));
        }
    }

    void everyCommandIsInTheHelp()
    {
        const CliResult result = runLecdesk(m_folder.path(), {QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n');
        for (const Cli::Command &command : Cli::commands()) {
            QStringList entry = command.synopsis.split(u'\n');
            entry.first() = QStringLiteral("  ") +
                            (command.words + QStringList{entry.constFirst()}).join(u' ').trimmed();
            for (qsizetype i = 1; i < entry.size(); ++i)
                entry[i] = QStringLiteral("      ") + entry.at(i);
            entry.append(QStringLiteral("      ") + QString::fromUtf8(command.summary));
            const qsizetype first = lines.indexOf(entry.constFirst());
            QVERIFY2(first >= 0, qPrintable(entry.constFirst()));
            QCOMPARE(lines.mid(first, entry.size()), entry);
        }
    }

    void everyCommandIsDocumented()
    {
        QFile file(QStringLiteral(LECDESK_CLI_DOC));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString documentation = QString::fromUtf8(file.readAll());
        for (const Cli::Command &command : Cli::commands()) {
            const QString name = command.words.join(u' ');
            // A row of the table of commands, and a section of its own.
            QVERIFY2(documentation.contains(QStringLiteral("| `lecdesk %1").arg(name)),
                     qPrintable(name));
            QVERIFY2(documentation.contains(QStringLiteral("\n## `%1`\n").arg(name)),
                     qPrintable(name));
        }
    }

    // docs/cli.md names exactly the commands that may create the database file.
    void databaseCreatingCommandsAreDocumented()
    {
        QFile file(QStringLiteral(LECDESK_CLI_DOC));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString marker = QStringLiteral("create the database file when there is none yet:");
        QString sentence;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.contains(marker))
                sentence = line.mid(line.indexOf(marker) + marker.size());
        }
        QVERIFY2(!sentence.isEmpty(), qPrintable(marker));
        QStringList documented;
        static const QRegularExpression quoted(QStringLiteral("`([a-z ]+)`"));
        for (auto it = quoted.globalMatch(sentence); it.hasNext();)
            documented.append(it.next().captured(1));
        QStringList creating;
        for (const Cli::Command &command : Cli::commands()) {
            if (command.createsDatabase)
                creating.append(command.words.join(u' '));
        }
        QVERIFY(!creating.isEmpty());
        QCOMPARE(documented, creating);
    }

    void suggestions()
    {
        QCOMPARE(Cli::editDistance(QStringLiteral("partner"), QStringLiteral("partners")), 1);
        QCOMPARE(Cli::editDistance(QStringLiteral("reprot"), QStringLiteral("report")), 1);
        QCOMPARE(Cli::editDistance(QStringLiteral("KPI"), QStringLiteral("kpi")), 0);
        QCOMPARE(Cli::editDistance(QString(), QStringLiteral("kpi")), 3);
        QCOMPARE(Cli::editDistance(QStringLiteral("list"), QStringLiteral("import")), 5);

        const QStringList options{QStringLiteral("--cluster"), QStringLiteral("--all"),
                                  QStringLiteral("--period"),  QStringLiteral("--from"),
                                  QStringLiteral("--to"),      QStringLiteral("--out")};
        QCOMPARE(Cli::closestMatch(QStringLiteral("--clustr"), options),
                 QStringLiteral("--cluster"));
        QCOMPARE(Cli::closestMatch(QStringLiteral("--Period"), options),
                 QStringLiteral("--period"));
        // Begun: the only option that starts so.
        QCOMPARE(Cli::closestMatch(QStringLiteral("--clu"), options), QStringLiteral("--cluster"));
        // Too short to guess, or too far from everything.
        QCOMPARE(Cli::closestMatch(QStringLiteral("-x"), options), QString());
        QCOMPARE(Cli::closestMatch(QStringLiteral("--bogus"), options), QString());
        QCOMPARE(Cli::closestMatch(QStringLiteral("frobnicate"),
                                   {QStringLiteral("demo"), QStringLiteral("cluster"),
                                    QStringLiteral("partners"), QStringLiteral("report")}),
                 QString());
        QCOMPARE(Cli::didYouMean(QString()), QString());
        QCOMPARE(Cli::didYouMean(QStringLiteral("kpi")), QStringLiteral(" Did you mean “kpi”?"));
        QCOMPARE(Cli::alternatives({QStringLiteral(".pdf")}), QStringLiteral(".pdf"));
        QCOMPARE(Cli::alternatives({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}),
                 QStringLiteral("a, b or c"));
    }

    void everyCommandHasItsOwnHelp()
    {
        for (const Cli::Command &command : Cli::commands()) {
            const CliResult result =
                runLecdesk(m_folder.path(), command.words + QStringList{QStringLiteral("--help")});
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
            QVERIFY2(result.out.startsWith(
                         QStringLiteral("Usage: lecdesk %1").arg(command.words.join(u' '))),
                     qPrintable(result.describe()));
            QVERIFY2(result.err.isEmpty(), qPrintable(result.describe()));
        }
    }

    void everyGroupListsItsSubcommands()
    {
        QStringList groups;
        QHash<QString, QStringList> subcommands;
        for (const Cli::Command &command : Cli::commands()) {
            if (command.words.size() < 2)
                continue;
            if (!groups.contains(command.words.constFirst()))
                groups.append(command.words.constFirst());
            subcommands[command.words.constFirst()].append(command.words.at(1));
        }
        QVERIFY(!groups.isEmpty());
        for (const QString &group : std::as_const(groups)) {
            const CliResult result = runLecdesk(m_folder.path(), {group, QStringLiteral("--help")});
            QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
            QVERIFY2(result.out.startsWith(QStringLiteral("Usage: lecdesk %1 %2 …\n")
                                               .arg(group, subcommands.value(group).join(u'|'))),
                     qPrintable(result.describe()));
        }
    }

    void drawingCommandsGetAnApplication()
    {
        for (const Cli::Command &command : Cli::commands()) {
            // Global options may stand before the command.
            const QStringList arguments =
                QStringList{QStringLiteral("lecdesk"), QStringLiteral("--language"),
                            QStringLiteral("it")} +
                command.words + QStringList{QStringLiteral("--help")};
            QVERIFY(CommandLine::isCommand(arguments));
            QCOMPARE(CommandLine::drawsDocuments(arguments), command.drawsDocuments);
        }
        QVERIFY(CommandLine::drawsDocuments({QStringLiteral("lecdesk"), QStringLiteral("chart")}));
        QVERIFY(!CommandLine::drawsDocuments({QStringLiteral("lecdesk"), QStringLiteral("kpi")}));
        QVERIFY(!CommandLine::drawsDocuments({QStringLiteral("lecdesk")}));
    }

private:
    QTemporaryDir m_folder;
};

QTEST_GUILESS_MAIN(TestCliTable)
#include "tst_cli_table.moc"
