#include "models/clusters/ClusterRepository.h"
#include "models/partners/PartnerCsv.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerValidator.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::TempDatabase;

namespace {

const QString trieste = QStringLiteral("Trieste");
const QString gorizia = QStringLiteral("Gorizia");

PartnerImportPlan planBytes(TempDatabase &db, const QByteArray &bytes,
                            const QString &defaultCluster)
{
    QString error;
    const std::optional<CsvTable> table = CsvReader::parse(bytes, &error);
    if (!table) {
        PartnerImportPlan plan;
        plan.fileError = error;
        return plan;
    }
    return PartnerCsv::plan(*table, ClusterRepository(db.database().connection()),
                            PartnerRepository(db.database().connection()), defaultCluster);
}

PartnerImportPlan planFile(TempDatabase &db, const QString &path, const QString &defaultCluster)
{
    return PartnerCsv::planFile(path, ClusterRepository(db.database().connection()),
                                PartnerRepository(db.database().connection()), defaultCluster);
}

QString describe(const PartnerImportPlan &plan)
{
    QStringList lines{plan.fileError};
    for (const CsvRowError &error : plan.allErrors())
        lines.append(QStringLiteral("%1 [%2] %3").arg(error.line).arg(error.column, error.message));
    return lines.join(QLatin1Char('\n'));
}

const PartnerImportRow *rowNamed(const PartnerImportPlan &plan, const QString &name)
{
    for (const PartnerImportRow &row : plan.rows) {
        if (row.partner.name == name)
            return &row;
    }
    return nullptr;
}

// Partners compared without the ids the database gives them.
Partner withoutIds(Partner partner)
{
    partner.id.clear();
    partner.clusterId.clear();
    for (ContactPerson &contact : partner.contacts)
        contact.id.clear();
    return partner;
}

QList<Partner> sortedWithoutIds(QList<Partner> partners)
{
    for (Partner &partner : partners)
        partner = withoutIds(partner);
    std::sort(partners.begin(), partners.end(),
              [](const Partner &a, const Partner &b) { return a.name < b.name; });
    return partners;
}

// One partner of every type, with every field used, including text that needs CSV quoting.
QList<Partner> samplePartners()
{
    QList<Partner> partners;
    int index = 0;
    for (PartnerType type : PartnerVocabulary::types()) {
        Partner partner;
        partner.name =
            QStringLiteral("Partner %1 “%2”").arg(index).arg(PartnerVocabulary::key(type));
        partner.type = type;
        partner.city = index % 2 ? QStringLiteral("Città; di prova") : QStringLiteral("Trieste");
        partner.address = QStringLiteral("Via del Faro %1, scala \"B\"").arg(index + 1);
        partner.website = QStringLiteral("https://p%1.example.org/chi-siamo").arg(index);
        partner.email = QStringLiteral("info@p%1.example.org").arg(index);
        partner.phone = QStringLiteral("+39 000 555 %1").arg(1000 + index);
        partner.joinedOn = QDate(2019, 10, 1).addDays(index * 97);
        if (index % 3 == 0)
            partner.leftOn = QDate(2022, 6, 30);
        partner.notes = index % 2
                            ? QStringLiteral("Prima riga\nseconda riga; con \"virgolette\", e "
                                             "virgole")
                            : QString();
        if (index % 3 != 2)
            partner.contacts.append({QString(), QStringLiteral("Giulia Marinelli"),
                                     QStringLiteral("Referente STEAM"),
                                     QStringLiteral("giulia@p%1.example.org").arg(index),
                                     QStringLiteral("+39 000 555 2000")});
        if (index % 3 == 0)
            partner.contacts.append({QString(), QStringLiteral("Marco Zorzut"), QString(),
                                     QString(), QStringLiteral("+39 000 555 2001")});
        partners.append(partner);
        ++index;
    }
    int levelIndex = 0;
    for (SchoolLevel level : PartnerVocabulary::schoolLevels()) {
        Partner school;
        school.name = QStringLiteral("Scuola %1").arg(++levelIndex);
        school.type = PartnerType::School;
        school.schoolLevel = level;
        partners.append(school);
    }
    return partners;
}

} // namespace

class TestPartnerCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::isolateUserFolders(); }

    void goodFile()
    {
        TempDatabase db;
        const QString clusterId = db.addCluster(trieste);
        const PartnerImportPlan plan =
            planFile(db, TestSupport::dataFile(QStringLiteral("partners-good.csv")), trieste);
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        QVERIFY(plan.warnings.isEmpty());
        QCOMPARE(plan.rows.size(), 5);
        QVERIFY2(plan.invalidCount() == 0, qPrintable(describe(plan)));
        QVERIFY(plan.canImport(false));

        const Partner &liceo = plan.rows.at(0).partner;
        QCOMPARE(plan.rows.at(0).line, 2);
        QCOMPARE(liceo.name, QStringLiteral("Liceo Scientifico Orizzonte"));
        QCOMPARE(liceo.type, PartnerType::School);
        QCOMPARE(liceo.schoolLevel, SchoolLevel::UpperSecondary);
        QCOMPARE(liceo.address, QStringLiteral("Via del Faro 3"));
        // Stored the way the editor stores it.
        QCOMPARE(liceo.website, QStringLiteral("https://www.orizzonte.example.org"));
        QCOMPARE(liceo.joinedOn, QDate(2019, 10, 15));
        QVERIFY(!liceo.leftOn.isValid());
        QCOMPARE(liceo.clusterId, clusterId);
        QCOMPARE(plan.rows.at(0).clusterName, trieste);

        const Partner &university = plan.rows.at(1).partner;
        QCOMPARE(university.name, QStringLiteral("Università Fittizia del Golfo"));
        QCOMPARE(university.address, QStringLiteral("Piazza dei Velieri 1, edificio A"));
        QCOMPARE(university.notes, QStringLiteral("Coordina il cluster; \"capofila\" dal 2019"));

        const Partner &museum = plan.rows.at(2).partner;
        QCOMPARE(museum.type, PartnerType::Museum);
        QCOMPARE(museum.joinedOn, QDate(2020, 3, 15));
        QCOMPARE(museum.leftOn, QDate(2022, 6, 30));
        // Keys are matched case-insensitively.
        QCOMPARE(plan.rows.at(3).partner.type, PartnerType::ResearchCentre);
        QCOMPARE(plan.rows.at(3).partner.joinedOn, QDate(2021, 1, 5));
        QCOMPARE(plan.rows.at(4).partner.type, PartnerType::LocalAuthority);

        QList<Partner> partners = plan.validPartners();
        PartnerRepository repository(db.database().connection());
        QVERIFY(repository.saveAll(partners));
        QCOMPARE(repository.forCluster(clusterId).value().size(), 5);
    }

    void italianFile()
    {
        TempDatabase db;
        db.addCluster(trieste);
        const PartnerImportPlan plan =
            planFile(db, TestSupport::dataFile(QStringLiteral("partners-italian.csv")), trieste);
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
        QVERIFY2(plan.invalidCount() == 0, qPrintable(describe(plan)));
        QCOMPARE(plan.rows.size(), 12);
        QCOMPARE(plan.header.at(3), QStringLiteral("Città"));

        struct Expected
        {
            int line;
            PartnerType type;
            SchoolLevel level;
        };
        const QList<Expected> expected{
            {2, PartnerType::School, SchoolLevel::Primary},
            {3, PartnerType::School, SchoolLevel::LowerSecondary},
            {5, PartnerType::University, SchoolLevel::None},
            {6, PartnerType::ResearchCentre, SchoolLevel::None},
            {7, PartnerType::Business, SchoolLevel::None},
            {8, PartnerType::NonProfit, SchoolLevel::None},
            {9, PartnerType::LocalAuthority, SchoolLevel::None},
            {10, PartnerType::Government, SchoolLevel::None},
            {11, PartnerType::Other, SchoolLevel::None},
            {12, PartnerType::Museum, SchoolLevel::None},
            {13, PartnerType::School, SchoolLevel::Vocational},
            {14, PartnerType::School, SchoolLevel::UpperSecondary},
        };
        for (const Expected &row : expected) {
            const auto found = std::find_if(plan.rows.cbegin(), plan.rows.cend(),
                                            [&](const auto &r) { return r.line == row.line; });
            QVERIFY2(found != plan.rows.cend(), qPrintable(QString::number(row.line)));
            QCOMPARE(found->partner.type, row.type);
            QCOMPARE(found->partner.schoolLevel, row.level);
        }
        const Partner &first = plan.rows.at(0).partner;
        QCOMPARE(first.city, trieste);
        QCOMPARE(first.joinedOn, QDate(2019, 10, 1));
        const Partner &lucciole = plan.rows.at(1).partner;
        QCOMPARE(lucciole.joinedOn, QDate(2022, 6, 15));
        QCOMPARE(lucciole.notes,
                 QStringLiteral("Nuovo membro.\nReferente: da definire; contattare a settembre"));
        const PartnerImportRow *office =
            rowNamed(plan, QStringLiteral("Ufficio Scolastico Fittizio"));
        QVERIFY(office);
        QCOMPARE(office->partner.leftOn, QDate(2021, 12, 31));
    }

    void badRows()
    {
        TempDatabase db;
        const QString triesteId = db.addCluster(trieste);
        const QString goriziaId = db.addCluster(gorizia);
        Partner existing;
        existing.name = QStringLiteral("Existing Partner");
        existing.type = PartnerType::Other;
        existing.clusterId = triesteId;
        PartnerRepository repository(db.database().connection());
        QVERIFY(repository.save(existing));

        const PartnerImportPlan plan =
            planFile(db, TestSupport::dataFile(QStringLiteral("partners-bad.csv")), trieste);
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        QCOMPARE(plan.rows.size(), 19);

        struct Expected
        {
            int line;
            QString column;
            QString fragment;
        };
        const QList<Expected> expected{
            {3, QStringLiteral("name"), QStringLiteral("name is required")},
            {4, QStringLiteral("type"), QStringLiteral("type is required")},
            {5, QStringLiteral("type"), QStringLiteral("“spaceship” is not a partner type")},
            {6, QStringLiteral("school_level"), QStringLiteral("“kindergarten”")},
            {7, QStringLiteral("school_level"), QStringLiteral("only given for schools")},
            {8, QStringLiteral("email"), QStringLiteral("not-an-email")},
            {9, QStringLiteral("website"), QStringLiteral("ftp://files.example.org")},
            {10, QStringLiteral("joined_on"), QStringLiteral("YYYY-MM-DD or DD/MM/YYYY")},
            {11, QStringLiteral("joined_on"), QStringLiteral("does not exist")},
            {12, QStringLiteral("left_on"), QStringLiteral("leave before it joined")},
            {13, QString(), QStringLiteral("but the header line has 11")},
            {14, QStringLiteral("name"), QStringLiteral("already on line 2")},
            {15, QStringLiteral("name"),
             QStringLiteral("A partner called “Existing Partner” already exists in cluster "
                            "“Trieste”")},
            {16, QStringLiteral("cluster"), QStringLiteral("no cluster called “Atlantide”")},
            {19, QStringLiteral("contacts"), QStringLiteral("not-mail")},
            {21, QStringLiteral("type"), QStringLiteral("“spaceship”")},
        };
        const QList<CsvRowError> errors = plan.allErrors();
        QCOMPARE(errors.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const CsvRowError &error = errors.at(i);
            const Expected &want = expected.at(i);
            QCOMPARE(error.line, want.line);
            QCOMPARE(error.column, want.column);
            QVERIFY2(error.message.contains(want.fragment), qPrintable(error.message));
        }

        QCOMPARE(plan.validCount(), 3);
        QCOMPARE(plan.invalidCount(), 16);
        QVERIFY(!plan.canImport(false));
        QVERIFY(plan.canImport(true));
        const QList<Partner> valid = plan.validPartners();
        QCOMPARE(valid.at(0).name, QStringLiteral("Good School"));
        QCOMPARE(valid.at(1).name, QStringLiteral("Multi-line note"));
        QCOMPARE(valid.at(1).notes, QStringLiteral("first line\nsecond line"));
        QCOMPARE(plan.rows.at(15).line, 17);
        QCOMPARE(valid.at(2).name, QStringLiteral("Another Good"));
        QCOMPARE(valid.at(2).clusterId, goriziaId);
        QCOMPARE(rowNamed(plan, QStringLiteral("Another Good"))->clusterName, gorizia);
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileError");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<int>("validRows");
        QTest::newRow("missing name")
            << QByteArray("nome_x,type\nA,school\n")
            << QStringLiteral("“name” (in Italian “nome”) is missing") << QString() << 0;
        QTest::newRow("missing type")
            << QByteArray("name,city\nA,Trieste\n")
            << QStringLiteral("“type” (in Italian “tipo”) is missing") << QString() << 0;
        QTest::newRow("column twice")
            << QByteArray("name,type,Nome\nA,school,B\n")
            << QStringLiteral("“Nome” twice (columns 1 and 3)") << QString() << 0;
        QTest::newRow("header only")
            << QByteArray("name,type\n") << QStringLiteral("no partners") << QString() << 0;
        QTest::newRow("empty file") << QByteArray("") << QStringLiteral("empty") << QString() << 0;
        QTest::newRow("unknown column is ignored")
            << QByteArray("name,type,fax\nA,school,040 000\n") << QString()
            << QStringLiteral("“fax” is not a partner column") << 1;
        QTest::newRow("headers in any case, trimmed, without accents")
            << QByteArray(" NAME ;Tipo; CITTA ;Data Adesione;E-mail\nA;Università;Trieste;"
                          "1/2/2020;a@example.org\n")
            << QString() << QString() << 1;
        QTest::newRow("nameless empty column from a trailing delimiter")
            << QByteArray("name,type,\nA,school,\n") << QString() << QString() << 1;
        QTest::newRow("nameless column with data")
            << QByteArray("name,type,\nA,school,x\n") << QString()
            << QStringLiteral("Column 3 has no name") << 1;
    }
    void headerProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileError);
        QFETCH(QString, warning);
        QFETCH(int, validRows);
        TempDatabase db;
        db.addCluster(trieste);
        const PartnerImportPlan plan = planBytes(db, bytes, trieste);
        if (fileError.isEmpty()) {
            QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        } else {
            QVERIFY2(plan.fileError.contains(fileError), qPrintable(plan.fileError));
            QVERIFY(plan.rows.isEmpty());
            QVERIFY(!plan.canImport(true));
        }
        if (warning.isEmpty() && fileError.isEmpty()) {
            QVERIFY2(plan.warnings.isEmpty(), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
        } else if (!warning.isEmpty()) {
            QCOMPARE(plan.warnings.size(), 1);
            QVERIFY2(plan.warnings.constFirst().contains(warning),
                     qPrintable(plan.warnings.constFirst()));
        }
        QCOMPARE(plan.validCount(), validRows);
    }

    void italianLabelsAreAccentAndCaseTolerant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::newRow("università") << QStringLiteral("università") << int(PartnerType::University);
        QTest::newRow("Universita") << QStringLiteral("Universita") << int(PartnerType::University);
        QTest::newRow("UNIVERSITÀ") << QStringLiteral("UNIVERSITÀ") << int(PartnerType::University);
        QTest::newRow("Centro  di ricerca")
            << QStringLiteral("Centro  di ricerca") << int(PartnerType::ResearchCentre);
        QTest::newRow("research centre")
            << QStringLiteral("research centre") << int(PartnerType::ResearchCentre);
        QTest::newRow("Ente Locale")
            << QStringLiteral("Ente Locale") << int(PartnerType::LocalAuthority);
        QTest::newRow("NONPROFIT") << QStringLiteral("NONPROFIT") << int(PartnerType::NonProfit);
    }
    void italianLabelsAreAccentAndCaseTolerant()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        TempDatabase db;
        db.addCluster(trieste);
        const PartnerImportPlan plan =
            planBytes(db, QByteArray("name;tipo\nA;") + text.toUtf8() + '\n', trieste);
        QVERIFY2(plan.invalidCount() == 0, qPrintable(describe(plan)));
        QCOMPARE(int(plan.rows.at(0).partner.type), type);
    }

    void clusterResolution()
    {
        TempDatabase db;
        db.addCluster(trieste);
        const QString goriziaId = db.addCluster(gorizia);

        // No cluster column and no default: every row says how to name one.
        PartnerImportPlan plan = planBytes(db, "name,type\nA,school\nB,museum\n", QString());
        QCOMPARE(plan.invalidCount(), 2);
        QCOMPARE(plan.allErrors().at(1).line, 3);
        QVERIFY(plan.allErrors().at(0).column.isEmpty());
        QVERIFY2(plan.allErrors().at(0).message.contains(QStringLiteral("--cluster")),
                 qPrintable(plan.allErrors().at(0).message));

        // An unknown default cluster is not the fault of a column.
        plan = planBytes(db, "name,type\nA,school\n", QStringLiteral("Atlantide"));
        QCOMPARE(plan.invalidCount(), 1);
        QVERIFY(plan.allErrors().at(0).column.isEmpty());
        QVERIFY(plan.allErrors().at(0).message.contains(QStringLiteral("“Atlantide”")));

        // The column wins over the default; empty cells fall back to it; names are
        // case-insensitive; the same partner name may exist in two clusters.
        plan = planBytes(db,
                         "name,type,Cluster\nA,school,GORIZIA\nA,school,\nB,school,Atlantide\n"
                         "C,school,\n",
                         trieste);
        QCOMPARE(plan.rows.at(0).partner.clusterId, goriziaId);
        QCOMPARE(plan.rows.at(0).clusterName, gorizia);
        QCOMPARE(plan.rows.at(1).clusterName, trieste);
        QVERIFY(plan.rows.at(1).isValid());
        QCOMPARE(plan.rows.at(2).errors.at(0).column, QStringLiteral("Cluster"));
        QCOMPARE(plan.invalidCount(), 1);

        plan = planBytes(db, "name,type,cluster\nA,school,\n", QString());
        QCOMPARE(plan.allErrors().at(0).column, QStringLiteral("cluster"));
    }

    void duplicatesAreFoldedLikeNames()
    {
        TempDatabase db;
        const QString clusterId = db.addCluster(trieste);
        Partner existing;
        existing.name = QStringLiteral("Università del Golfo");
        existing.type = PartnerType::University;
        existing.clusterId = clusterId;
        QVERIFY(PartnerRepository(db.database().connection()).save(existing));

        const PartnerImportPlan plan = planBytes(
            db, "name,type\n  universita   DEL golfo ,university\nLiceo,school\nLICEO,school\n",
            trieste);
        QCOMPARE(plan.invalidCount(), 2);
        QVERIFY(plan.rows.at(0).errors.at(0).message.contains(
            QStringLiteral("“Università del Golfo” already exists in cluster “Trieste”")));
        QCOMPARE(plan.rows.at(2).errors.at(0).line, 4);
        QVERIFY(plan.rows.at(2).errors.at(0).message.contains(QStringLiteral("line 3")));
    }

    void contactsColumn()
    {
        TempDatabase db;
        db.addCluster(trieste);
        const PartnerImportPlan plan = planBytes(
            db,
            "name,type,contatti\n"
            "A,school,\"Giulia Marinelli | Dirigente scolastica | giulia@a.example.org | +39 000 "
            "555 0001\n\nMarco Zorzut|Referente STEAM\"\n"
            "B,school,Anna Sancin | x | y | z | extra\n"
            "C,school,| ruolo senza nome\n",
            trieste);
        const QList<ContactPerson> &contacts = plan.rows.at(0).partner.contacts;
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(0).name, QStringLiteral("Giulia Marinelli"));
        QCOMPARE(contacts.at(0).role, QStringLiteral("Dirigente scolastica"));
        QCOMPARE(contacts.at(0).email, QStringLiteral("giulia@a.example.org"));
        QCOMPARE(contacts.at(0).phone, QStringLiteral("+39 000 555 0001"));
        QCOMPARE(contacts.at(1).name, QStringLiteral("Marco Zorzut"));
        QCOMPARE(contacts.at(1).role, QStringLiteral("Referente STEAM"));
        QVERIFY(contacts.at(1).email.isEmpty());
        QVERIFY(plan.rows.at(0).isValid());
        QVERIFY(plan.rows.at(1).errors.at(0).message.contains(QStringLiteral("more than four")));
        QCOMPARE(plan.rows.at(2).errors.at(0).column, QStringLiteral("contatti"));
    }

    void tenThousandRows()
    {
        TempDatabase db;
        const QString clusterId = db.addCluster(trieste);
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name;tipo;livello scolastico;città;sito web;email;data adesione;note\r\n");
        const QList<QByteArray> types{"scuola", "università", "museo", "impresa", "associazione"};
        for (int i = 0; i < 10000; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray type = types.at(i % types.size());
            file.write("Istituto " + n + ';' + type + ';' + (i % 5 == 0 ? "primaria" : "") +
                       ";Trieste;www.p" + n + ".example.org;info@p" + n + ".example.org;" +
                       QByteArray::number(i % 28 + 1) + "/0" + QByteArray::number(i % 9 + 1) +
                       "/2021;\"nota " + n + "\nsu due righe\"\r\n");
        }
        file.close();

        const PartnerImportPlan plan = planFile(db, path, trieste);
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        QCOMPARE(plan.rows.size(), 10000);
        QCOMPARE(plan.validCount(), 10000);
        QCOMPARE(plan.rows.constLast().line, 2 + 9999 * 2);
        QList<Partner> partners = plan.validPartners();
        PartnerRepository repository(db.database().connection());
        QVERIFY2(repository.saveAll(partners), qPrintable(repository.errorMessage()));
        QCOMPARE(ClusterRepository(db.database().connection()).partnerCount(clusterId).value(),
                 10000);
        QCOMPARE(repository.forCluster(clusterId).value().size(), 10000);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("English") << int(PartnerCsv::Dialect::English);
        QTest::newRow("Italian") << int(PartnerCsv::Dialect::Italian);
    }
    void roundTrip()
    {
        QFETCH(int, dialect);
        TempDatabase source;
        const QString sourceId = source.addCluster(trieste);
        QList<Partner> partners = samplePartners();
        for (Partner &partner : partners)
            partner.clusterId = sourceId;
        PartnerRepository sourceRepository(source.database().connection());
        QVERIFY(sourceRepository.saveAll(partners));
        const QList<Partner> stored = sourceRepository.forCluster(sourceId).value();
        for (const Partner &partner : stored)
            QVERIFY(!PartnerValidator::hasErrors(PartnerValidator::validate(partner)));

        const QByteArray bytes = PartnerCsv::write(stored, trieste, PartnerCsv::Dialect(dialect));

        // Into a fresh database whose cluster has the same name: the file names it.
        TempDatabase target;
        const QString targetId = target.addCluster(trieste);
        const PartnerImportPlan plan = planBytes(target, bytes, QString());
        QVERIFY2(plan.fileError.isEmpty() && plan.invalidCount() == 0, qPrintable(describe(plan)));
        QVERIFY(plan.warnings.isEmpty());
        for (const Partner &partner : plan.validPartners())
            QCOMPARE(partner.clusterId, targetId);
        QCOMPARE(sortedWithoutIds(plan.validPartners()), sortedWithoutIds(stored));

        // And through the database once more.
        QList<Partner> imported = plan.validPartners();
        PartnerRepository targetRepository(target.database().connection());
        QVERIFY(targetRepository.saveAll(imported));
        QCOMPARE(sortedWithoutIds(targetRepository.forCluster(targetId).value()),
                 sortedWithoutIds(stored));
        QCOMPARE(PartnerCsv::write(targetRepository.forCluster(targetId).value(), trieste,
                                   PartnerCsv::Dialect(dialect)),
                 bytes);
    }

    void writeEnglish()
    {
        Partner b;
        b.name = QStringLiteral("beta");
        b.type = PartnerType::ResearchCentre;
        b.joinedOn = QDate(2020, 3, 5);
        Partner a;
        a.name = QStringLiteral("Alpha, school");
        a.type = PartnerType::School;
        a.schoolLevel = SchoolLevel::LowerSecondary;
        Partner c;
        c.name = QStringLiteral("Àrea");
        c.type = PartnerType::Other;
        const QByteArray bytes = PartnerCsv::write({b, c, a}, trieste);
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.at(0), QByteArray("name,type,school_level,city,address,website,email,phone,"
                                         "joined_on,left_on,notes,contacts,cluster\r"));
        // Sorted by name the way a person reads it.
        QCOMPARE(lines.at(1), QByteArray("\"Alpha, school\",school,lower_secondary,,,,,,,,,,"
                                         "Trieste\r"));
        QCOMPARE(lines.at(2), QByteArray("\xC3\x80rea,other,,,,,,,,,,,Trieste\r"));
        QCOMPARE(lines.at(3), QByteArray("beta,research_centre,,,,,,,2020-03-05,,,,Trieste\r"));
    }

    void writeItalian()
    {
        Partner a;
        a.name = QStringLiteral("Ateneo");
        a.type = PartnerType::University;
        a.joinedOn = QDate(2020, 3, 5);
        a.leftOn = QDate(2022, 12, 31);
        a.notes = QStringLiteral("uno; due");
        Partner b;
        b.name = QStringLiteral("Scuola");
        b.type = PartnerType::School;
        b.schoolLevel = SchoolLevel::UpperSecondary;
        const QByteArray bytes = PartnerCsv::write({b, a}, trieste, PartnerCsv::Dialect::Italian);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0),
                 QStringLiteral("nome;tipo;livello scolastico;città;indirizzo;sito web;email;"
                                "telefono;data adesione;data uscita;note;contatti;cluster"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("Ateneo;università;;;;;;;05/03/2020;31/12/2022;\"uno; due\";;"
                                "Trieste"));
        QCOMPARE(lines.at(2),
                 QStringLiteral("Scuola;scuola;secondaria di secondo grado;;;;;;;;;;Trieste"));
    }
};

QTEST_GUILESS_MAIN(TestPartnerCsv)
#include "tst_partnercsv.moc"
