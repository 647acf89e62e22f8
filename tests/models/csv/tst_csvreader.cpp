#include "models/csv/CsvReader.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static CsvTable parseOk(const QByteArray &bytes)
    {
        QString error;
        const std::optional<CsvTable> table = CsvReader::parse(bytes, &error);
        if (!table)
            qWarning("unexpected error: %s", qPrintable(error));
        return table.value_or(CsvTable{});
    }

    static QString parseError(const QByteArray &bytes)
    {
        QString error;
        const std::optional<CsvTable> table = CsvReader::parse(bytes, &error);
        return table ? QString() : error;
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void simpleFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("CRLF") << QByteArray("name,type\r\nAlpha,school\r\nBeta,museum\r\n");
        QTest::newRow("LF") << QByteArray("name,type\nAlpha,school\nBeta,museum\n");
        QTest::newRow("CR") << QByteArray("name,type\rAlpha,school\rBeta,museum\r");
        QTest::newRow("no final line break") << QByteArray("name,type\nAlpha,school\nBeta,museum");
        QTest::newRow("mixed") << QByteArray("name,type\r\nAlpha,school\nBeta,museum\r\n");
    }
    void simpleFile()
    {
        QFETCH(QByteArray, bytes);
        const CsvTable table = parseOk(bytes);
        QCOMPARE(table.delimiter, QLatin1Char(','));
        QCOMPARE(table.header, QStringList({QStringLiteral("name"), QStringLiteral("type")}));
        QCOMPARE(table.headerLine, 1);
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(0).line, 2);
        QCOMPARE(table.records.at(0).fields,
                 QStringList({QStringLiteral("Alpha"), QStringLiteral("school")}));
        QCOMPARE(table.records.at(1).line, 3);
        QCOMPARE(table.records.at(1).fields,
                 QStringList({QStringLiteral("Beta"), QStringLiteral("museum")}));
    }

    void headerIsTrimmedFieldsAreNot()
    {
        const CsvTable table = parseOk(" name , type \n Alpha , school \n");
        QCOMPARE(table.header, QStringList({QStringLiteral("name"), QStringLiteral("type")}));
        QCOMPARE(table.records.at(0).fields,
                 QStringList({QStringLiteral(" Alpha "), QStringLiteral(" school ")}));
    }

    void quoting()
    {
        const CsvTable table = parseOk("a,b,c,d\n"
                                       "\"x, y\",\"say \"\"hi\"\"\",\"\",plain\n"
                                       "\"\"\"\",5\" floppy, \"spaced\" ,\n");
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(0).fields,
                 QStringList({QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QString(),
                              QStringLiteral("plain")}));
        // A quote inside an unquoted field is kept; spaces around a quoted field are tolerated.
        QCOMPARE(table.records.at(1).fields,
                 QStringList({QStringLiteral("\""), QStringLiteral("5\" floppy"),
                              QStringLiteral("spaced"), QString()}));
    }

    void quotedLineBreaksKeepLineNumbers_data()
    {
        QTest::addColumn<QByteArray>("newline");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
    }
    void quotedLineBreaksKeepLineNumbers()
    {
        QFETCH(QByteArray, newline);
        QByteArray bytes = "name,notes\n"
                           "Alpha,\"one\n"
                           "two\n"
                           "three\"\n"
                           "Beta,single\n"
                           "\n"
                           "Gamma,\"a\n"
                           "\n"
                           "b\"\n"
                           "Delta,end\n";
        bytes.replace("\n", newline);
        const CsvTable table = parseOk(bytes);
        QCOMPARE(table.records.size(), 4);
        QCOMPARE(table.records.at(0).line, 2);
        QCOMPARE(table.records.at(0).fields.at(1), QStringLiteral("one\ntwo\nthree"));
        QCOMPARE(table.records.at(1).line, 5);
        QCOMPARE(table.records.at(2).line, 7);
        QCOMPARE(table.records.at(2).fields.at(1), QStringLiteral("a\n\nb"));
        QCOMPARE(table.records.at(3).line, 10);
    }

    void blankLinesAreSkipped()
    {
        const CsvTable table =
            parseOk("\n\nname;type\n\n;;\nAlpha;school\n   \n;\nBeta;museum\n\n");
        QCOMPARE(table.headerLine, 3);
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(0).line, 6);
        QCOMPARE(table.records.at(1).line, 9);
    }

    void byteOrderMark()
    {
        const CsvTable table = parseOk("\xEF\xBB\xBFname,città\nAlpha,Trieste\n");
        QCOMPARE(table.header.at(0), QStringLiteral("name"));
        QCOMPARE(table.header.at(1), QStringLiteral("città"));
        QCOMPARE(table.records.at(0).line, 2);
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QStringList>("firstRecord");
        QTest::newRow("comma") << QByteArray("a,b\n1;2,3\n") << QChar(QLatin1Char(','))
                               << QStringList{QStringLiteral("1;2"), QStringLiteral("3")};
        QTest::newRow("semicolon") << QByteArray("a;b\n1,5;3\n") << QChar(QLatin1Char(';'))
                                   << QStringList{QStringLiteral("1,5"), QStringLiteral("3")};
        QTest::newRow("commas inside quotes do not count")
            << QByteArray("\"x, y, z\";b\n1;2\n") << QChar(QLatin1Char(';'))
            << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("only the header line counts")
            << QByteArray("a,b\n1;2;3;4;5,6\n") << QChar(QLatin1Char(','))
            << QStringList{QStringLiteral("1;2;3;4;5"), QStringLiteral("6")};
        QTest::newRow("single column") << QByteArray("name\nAlpha\n") << QChar(QLatin1Char(','))
                                       << QStringList{QStringLiteral("Alpha")};
    }
    void delimiterDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QFETCH(QStringList, firstRecord);
        const CsvTable table = parseOk(bytes);
        QCOMPARE(table.delimiter, delimiter);
        QCOMPARE(table.records.at(0).fields, firstRecord);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unbalanced quote")
            << QByteArray("name,notes\nAlpha,ok\nBeta,\"never closed\nGamma,x\nDelta,y\n")
            << QStringLiteral("Line 3:");
        QTest::newRow("unbalanced quote after a multi-line field")
            << QByteArray("name,notes\nAlpha,\"a\nb\"\nBeta,\"open\n") << QStringLiteral("Line 4:");
        QTest::newRow("text after closing quote")
            << QByteArray("name,notes\nAlpha,\"quoted\"trailing\n") << QStringLiteral("Line 2:");
        QTest::newRow("Latin-1 byte")
            << QByteArray("name\nAlpha\nCitt\xE0\nBeta\n") << QStringLiteral("Line 3 is not UTF-8");
        QTest::newRow("truncated sequence at the end")
            << QByteArray("name\nAlpha\nCitt\xC3") << QStringLiteral("Line 3 is not UTF-8");
        QTest::newRow("bad byte inside a quoted multi-line field")
            << QByteArray("name,notes\nAlpha,\"one\ntw\xFFo\"\n") << QStringLiteral("Line 3 is");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\0a\0", 6) << QStringLiteral("UTF-16");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only a byte-order mark")
            << QByteArray("\xEF\xBB\xBF") << QStringLiteral("empty");
        QTest::newRow("only blank lines")
            << QByteArray("\r\n\r\n ;  \r\n") << QStringLiteral("empty");
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString error = parseError(bytes);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void headerOnly()
    {
        const CsvTable table = parseOk("name,type\r\n");
        QCOMPARE(table.header.size(), 2);
        QVERIFY(table.records.isEmpty());
    }

    void readFile()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("partners.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name;type\nAlpha;school\n");
        file.close();
        QString error;
        const std::optional<CsvTable> table = CsvReader::readFile(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->delimiter, QLatin1Char(';'));
        QCOMPARE(table->records.size(), 1);
    }

    void readFileRefusals()
    {
        QTemporaryDir folder;
        QString error;
        QVERIFY(!CsvReader::readFile(folder.filePath(QStringLiteral("missing.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!CsvReader::readFile(folder.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    }

    void oversizedFileIsRefusedUnread()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,type\n");
        // A sparse file: the size counts, the disk holds almost nothing.
        QVERIFY(file.resize(CsvReader::maxFileSize + 3 * 1024 * 1024));
        file.close();
        QString error;
        QVERIFY(!CsvReader::readFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("28.0 MB")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("25 MB")), qPrintable(error));
    }

    void fileAtTheLimitIsRead()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("limit.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes("name,type\nAlpha,school\n");
        bytes.append(QByteArray(CsvReader::maxFileSize - bytes.size(), '\n'));
        file.write(bytes);
        file.close();
        QString error;
        const std::optional<CsvTable> table = CsvReader::readFile(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->records.size(), 1);
    }

    void writerQuotesOnlyWhenNeeded()
    {
        const QByteArray csv =
            CsvWriter::write({QStringLiteral("name"), QStringLiteral("notes")},
                             {{QStringLiteral("plain"), QStringLiteral("a,b")},
                              {QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")},
                              {QStringLiteral("semi;colon"), QString()}});
        QCOMPARE(csv, QByteArray("name,notes\r\n"
                                 "plain,\"a,b\"\r\n"
                                 "\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                                 "semi;colon,\r\n"));
        const QByteArray semicolons =
            CsvWriter::write({QStringLiteral("a")}, {{QStringLiteral("x;y")}}, QLatin1Char(';'));
        QCOMPARE(semicolons, QByteArray("a\r\n\"x;y\"\r\n"));
    }

    void writerRoundTrip_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QChar(QLatin1Char(','));
        QTest::newRow("semicolon") << QChar(QLatin1Char(';'));
    }
    void writerRoundTrip()
    {
        QFETCH(QChar, delimiter);
        const QStringList header{QStringLiteral("name"), QStringLiteral("città"),
                                 QStringLiteral("notes")};
        const QList<QStringList> rows{
            {QStringLiteral("Università, \"Golfo\""), QStringLiteral("Trieste"),
             QStringLiteral("line 1\nline 2; still\n\nline 4")},
            {QStringLiteral("Škola € 😀"), QString(), QStringLiteral("\"\"")},
            {QStringLiteral("a;b,c"), QStringLiteral("x"), QStringLiteral("trailing\n")},
        };
        const QByteArray bytes = CsvWriter::write(header, rows, delimiter);
        const CsvTable table = parseOk(bytes);
        QCOMPARE(table.delimiter, delimiter);
        QCOMPARE(table.header, header);
        QCOMPARE(table.records.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(table.records.at(i).fields, rows.at(i));
        QCOMPARE(table.records.at(1).line, 6); // the first row spans lines 2 to 5
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
