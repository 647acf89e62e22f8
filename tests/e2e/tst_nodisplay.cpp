#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// The real lecdesk binary started for its window on a machine with no display: one sentence
// that says so and names `lecdesk --help`, and an ordinary failure, not Qt's abort.
class TestNoDisplay : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        QProcess::ExitStatus exitStatus = QProcess::CrashExit;
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_folder;

    // No DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM; HOME inside the temporary folder.
    Run runWithoutDisplay(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const QString home = m_folder.filePath(QStringLiteral("home"));
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_folder.path());
        process.start(QStringLiteral(LECDESK_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("lecdesk did not finish: ") + process.errorString();
            return run;
        }
        run.exitStatus = process.exitStatus();
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString database() const { return m_folder.filePath(QStringLiteral("lecdesk.sqlite")); }

private slots:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void windowWithoutDisplayExplains()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--database"), database()});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 QStringLiteral("The LEC Desk window needs a display and none was found (DISPLAY "
                                "and WAYLAND_DISPLAY are not set); “lecdesk --help” lists the "
                                "commands that work without one.\n"));
        QVERIFY2(!run.err.contains(QLatin1String("xcb")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // Nothing was opened, so nothing was created.
        QVERIFY(!QFile::exists(database()));
    }

    void windowWithoutDisplayExplainsInItalian()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--language"), QStringLiteral("it"),
                                           QStringLiteral("--database"), database()});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 QStringLiteral("La finestra di LEC Desk ha bisogno di uno schermo e non ne è "
                                "stato trovato nessuno (DISPLAY e WAYLAND_DISPLAY non sono "
                                "impostate); “lecdesk --help” elenca i comandi che funzionano "
                                "senza.\n"));
    }

    // What the sentence promises: the help needs no display.
    void helpWithoutDisplayWorks()
    {
        const Run run = runWithoutDisplay({QStringLiteral("--help")});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Usage: lecdesk")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_nodisplay.moc"
