#include "app/cli/CommandLine.h"
#include "app/cli/CommandTable.h"
#include "tests/e2e/CliRunner.h"

#include <QFile>
#include <QHash>
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
