// What the change flow costs a write while a window is open: a PartnerTableModel shows a cluster
// of 10,000 partners, PartnerRepository writes (one transaction, announced after the commit) and
// the model reads the written partners back by id and updates its rows. Against the same rows
// written with plain SQLite (the C API) in one transaction, in the same run.
//
//   build/bench/bench_changeflow [PARTNERS] [ROUNDS] [SINGLE_EDIT_ROUNDS]

#include "bench/BenchSupport.h"
#include "models/clusters/ClusterRepository.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerTableModel.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace {

const PartnerType types[] = {PartnerType::School,         PartnerType::School,
                             PartnerType::School,         PartnerType::University,
                             PartnerType::ResearchCentre, PartnerType::Museum,
                             PartnerType::Business,       PartnerType::NonProfit,
                             PartnerType::LocalAuthority, PartnerType::Other};

// The i-th partner of the benchmark, as bench_partners makes them: one contact person each.
Partner benchPartner(const QString &clusterId, int i)
{
    const QStringList cities = {QStringLiteral("Trieste"), QStringLiteral("Udine"),
                                QStringLiteral("Gorizia"), QStringLiteral("Pordenone")};
    Partner partner;
    partner.clusterId = clusterId;
    partner.type = types[i % 10];
    partner.name = (partner.type == PartnerType::School ? QStringLiteral("Istituto %1")
                                                        : QStringLiteral("Ente %1"))
                       .arg(i);
    partner.city = cities.at(i % cities.size());
    partner.email = QStringLiteral("info%1@example.org").arg(i);
    partner.joinedOn = QDate(2019, 1, 1).addDays(i % 1400);
    if (i % 13 == 0)
        partner.leftOn = partner.joinedOn.addDays(400);
    partner.contacts = {
        {QString(), QStringLiteral("Contact %1").arg(i), QStringLiteral("Teacher"), {}, {}}};
    return partner;
}

// New partners first..first+count-1, with their ids (and their contacts') already given, so that
// both paths write the same rows.
QList<Partner> newPartners(const QString &clusterId, int first, int count)
{
    QList<Partner> partners;
    partners.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Partner partner = benchPartner(clusterId, i);
        partner.assignMissingIds();
        partners.append(partner);
    }
    return partners;
}

bool populate(const QString &path, int count, QString *clusterId)
{
    Database database;
    if (!database.open(path))
        return false;
    Cluster cluster;
    cluster.name = QStringLiteral("Benchmark cluster");
    if (!ClusterRepository(database.connection()).add(cluster))
        return false;
    *clusterId = cluster.id;
    QList<Partner> partners = newPartners(cluster.id, 0, count);
    return PartnerRepository(database.connection()).saveAll(partners);
}

// A fresh copy of the populated file for a round that changes it; the template stays as it was.
QString freshCopy(const QString &templatePath, const QString &roundPath)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(roundPath + suffix);
    QFile::copy(templatePath, roundPath);
    return roundPath;
}

// The plain SQLite path: the same pragmas as Database::open, one transaction, the statements
// prepared inside the timed part, every column bound.
class RawWriter
{
public:
    explicit RawWriter(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(m_db,
                     "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;"
                     " PRAGMA synchronous = NORMAL",
                     nullptr, nullptr, nullptr);
    }
    ~RawWriter() { sqlite3_close(m_db); }
    RawWriter(const RawWriter &) = delete;
    RawWriter &operator=(const RawWriter &) = delete;

    // INSERT (insert = true) or UPDATE every column of the partners and of their contacts.
    bool write(const QList<Partner> &partners, bool insert)
    {
        const char *partnerSql =
            insert
                ? "INSERT INTO partners (id, cluster_id, name, type, school_level, city, address,"
                  " website, email, phone, joined_on, left_on, notes, created_at, updated_at,"
                  " sync_state, deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                  " ?12, ?13, ?14, ?14, 'dirty', 0)"
                : "UPDATE partners SET cluster_id = ?2, name = ?3, type = ?4, school_level = ?5,"
                  " city = ?6, address = ?7, website = ?8, email = ?9, phone = ?10,"
                  " joined_on = ?11, left_on = ?12, notes = ?13, updated_at = ?14,"
                  " sync_state = 'dirty', deleted = 0 WHERE id = ?1";
        const char *contactSql =
            insert ? "INSERT INTO contacts (id, partner_id, position, name, role, email, phone,"
                     " created_at, updated_at, sync_state, deleted)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 'dirty', 0)"
                   : "UPDATE contacts SET partner_id = ?2, position = ?3, name = ?4, role = ?5,"
                     " email = ?6, phone = ?7, updated_at = ?8, sync_state = 'dirty',"
                     " deleted = 0 WHERE id = ?1";
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
        if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
        sqlite3_stmt *partnerStatement = nullptr;
        sqlite3_stmt *contactStatement = nullptr;
        sqlite3_prepare_v2(m_db, partnerSql, -1, &partnerStatement, nullptr);
        sqlite3_prepare_v2(m_db, contactSql, -1, &contactStatement, nullptr);
        bool ok = partnerStatement && contactStatement;
        for (const Partner &partner : partners) {
            if (!ok)
                break;
            const QList<QByteArray> values = {partner.id.toUtf8(),
                                              partner.clusterId.toUtf8(),
                                              partner.name.toUtf8(),
                                              PartnerVocabulary::key(partner.type).toUtf8(),
                                              PartnerVocabulary::key(partner.schoolLevel).toUtf8(),
                                              partner.city.toUtf8(),
                                              partner.address.toUtf8(),
                                              partner.website.toUtf8(),
                                              partner.email.toUtf8(),
                                              partner.phone.toUtf8(),
                                              partner.joinedOn.toString(Qt::ISODate).toUtf8(),
                                              partner.leftOn.toString(Qt::ISODate).toUtf8(),
                                              partner.notes.toUtf8(),
                                              now};
            for (int i = 0; i < values.size(); ++i) {
                const QByteArray &value = values.at(i);
                if ((i == 10 || i == 11) && value.isEmpty())
                    sqlite3_bind_null(partnerStatement, i + 1);
                else
                    sqlite3_bind_text(partnerStatement, i + 1, value.constData(), int(value.size()),
                                      SQLITE_TRANSIENT);
            }
            ok = sqlite3_step(partnerStatement) == SQLITE_DONE;
            sqlite3_reset(partnerStatement);
            for (qsizetype position = 0; ok && position < partner.contacts.size(); ++position) {
                const ContactPerson &contact = partner.contacts.at(position);
                const QList<QByteArray> contactValues = {
                    contact.id.toUtf8(),          partner.id.toUtf8(),
                    QByteArray::number(position), contact.name.toUtf8(),
                    contact.role.toUtf8(),        contact.email.toUtf8(),
                    contact.phone.toUtf8(),       now};
                for (int i = 0; i < contactValues.size(); ++i)
                    sqlite3_bind_text(contactStatement, i + 1, contactValues.at(i).constData(),
                                      int(contactValues.at(i).size()), SQLITE_TRANSIENT);
                ok = sqlite3_step(contactStatement) == SQLITE_DONE;
                sqlite3_reset(contactStatement);
            }
        }
        sqlite3_finalize(partnerStatement);
        sqlite3_finalize(contactStatement);
        if (!ok) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            return false;
        }
        return sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private:
    sqlite3 *m_db = nullptr;
};

// A window's state: the database open and the model showing the cluster.
struct OpenWindow
{
    Database database;
    std::unique_ptr<PartnerTableModel> model;

    bool open(const QString &path, const QString &clusterId, bool withModel)
    {
        if (!database.open(path))
            return false;
        if (withModel) {
            model = std::make_unique<PartnerTableModel>(database.connection());
            model->setClusterId(clusterId);
        }
        return true;
    }
};

// Each round prepares what it needs (a fresh copy of the file, the open window) untimed and
// returns the milliseconds of its timed part, or a negative number when it failed. The two paths
// take turns, round by round, so that a change of the machine's load falls on both alike.
struct Medians
{
    double a = 0;
    double b = 0;
    bool ok = true;
};

Medians interleaved(int rounds, const std::function<double()> &a, const std::function<double()> &b)
{
    std::vector<double> timesA;
    std::vector<double> timesB;
    Medians medians;
    for (int i = 0; i < rounds; ++i) {
        timesA.push_back(a());
        timesB.push_back(b());
        medians.ok = medians.ok && timesA.back() >= 0 && timesB.back() >= 0;
    }
    std::sort(timesA.begin(), timesA.end());
    std::sort(timesB.begin(), timesB.end());
    medians.a = timesA.at(timesA.size() / 2);
    medians.b = timesB.at(timesB.size() / 2);
    return medians;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// LEC Desk: saveAll of the partners into a fresh copy, with the model open (or not); timed until
// saveAll returns, when the model (which follows the announcement synchronously) shows them.
double lecDeskWrite(const QString &templatePath, const QString &roundPath, const QString &clusterId,
                    const QList<Partner> &toWrite, bool withModel, bool insert)
{
    OpenWindow window;
    if (!window.open(freshCopy(templatePath, roundPath), clusterId, withModel))
        return -1;
    const int rowsBefore = withModel ? window.model->rowCount() : 0;
    QList<Partner> partners = toWrite;
    PartnerRepository repository(window.database.connection());
    QElapsedTimer timer;
    timer.start();
    if (!repository.saveAll(partners))
        return -1;
    const double ms = elapsedMs(timer);
    if (withModel) {
        const int expected = rowsBefore + (insert ? int(toWrite.size()) : 0);
        if (window.model->rowCount() != expected)
            return -1;
        const std::optional<Partner> last = window.model->record(toWrite.constLast().id);
        if (!last || last->city != toWrite.constLast().city)
            return -1;
    }
    return ms;
}

double rawWrite(const QString &templatePath, const QString &roundPath,
                const QList<Partner> &toWrite, bool insert)
{
    RawWriter writer(freshCopy(templatePath, roundPath));
    QElapsedTimer timer;
    timer.start();
    if (!writer.write(toWrite, insert))
        return -1;
    return elapsedMs(timer);
}

void printRow(const char *what, const Medians &m)
{
    std::printf("%-44s %9.2f ms %9.2f ms %7.2f%s\n", what, m.a, m.b, m.a / m.b,
                m.ok ? "" : "  (a round failed)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 10000;
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 7;
    const int singleRounds = arguments.size() > 3 ? arguments.at(3).toInt() : 201;

    QTemporaryDir folder;
    const QString templatePath = folder.filePath(QStringLiteral("template.sqlite"));
    const QString roundPath = folder.filePath(QStringLiteral("round.sqlite"));
    QString clusterId;
    if (!populate(templatePath, count, &clusterId)) {
        std::fprintf(stderr, "cannot build the benchmark database\n");
        return 1;
    }

    // The edit: 1,000 of the cluster's partners (every tenth) move to another city and their
    // contact person gets another role, read as the window has them.
    QList<Partner> edited;
    {
        OpenWindow window;
        if (!window.open(templatePath, clusterId, true))
            return 1;
        for (int row = 0; row < window.model->rowCount() && edited.size() < 1000; row += 10) {
            Partner partner = window.model->recordAt(row);
            partner.city = QStringLiteral("Monfalcone");
            partner.contacts.first().role = QStringLiteral("Head teacher");
            edited.append(partner);
        }
    }
    const QList<Partner> thousandNew = newPartners(clusterId, count, 1000);
    const QList<Partner> tenThousandNew = newPartners(clusterId, count, 10000);

    std::printf("partners in the open cluster: %d; medians of %d rounds, LEC Desk and plain "
                "SQLite in turns\n",
                count, rounds);
    std::printf("%-44s %12s %12s %7s\n", "", "LEC Desk", "plain SQLite", "ratio");
    struct Phase
    {
        const char *name;
        const QList<Partner> *partners;
        bool insert;
        bool withModel;
    };
    const Phase phases[] = {
        {"add 1,000, model open", &thousandNew, true, true},
        {"add 1,000, no model", &thousandNew, true, false},
        {"add 10,000, model open", &tenThousandNew, true, true},
        {"add 10,000, no model", &tenThousandNew, true, false},
        {"edit 1,000, model open", &edited, false, true},
        {"edit 1,000, no model", &edited, false, false},
    };
    for (const Phase &phase : phases) {
        const Medians m = interleaved(
            rounds,
            [&] {
                return lecDeskWrite(templatePath, roundPath, clusterId, *phase.partners,
                                    phase.withModel, phase.insert);
            },
            [&] { return rawWrite(templatePath, roundPath, *phase.partners, phase.insert); });
        printRow(phase.name, m);
    }

    // One partner edited at a time, as a coordinator does in the window: PartnerRepository::save
    // with the model open, until the model shows the new city; against one plain UPDATE of the
    // partner and its contact in a transaction. Both on the same file, in turns.
    {
        OpenWindow window;
        if (!window.open(freshCopy(templatePath, roundPath), clusterId, true))
            return 1;
        RawWriter writer(roundPath);
        PartnerRepository repository(window.database.connection());
        int round = 0;
        const Medians m = interleaved(
            singleRounds,
            [&] {
                Partner partner = window.model->recordAt((round * 37) % count);
                partner.city = QStringLiteral("Città %1").arg(round);
                QElapsedTimer timer;
                timer.start();
                if (!repository.save(partner))
                    return -1.0;
                const double ms = elapsedMs(timer);
                const std::optional<Partner> shown = window.model->record(partner.id);
                return shown && shown->city == partner.city ? ms : -1.0;
            },
            [&] {
                Partner partner = window.model->recordAt((round * 37 + 1) % count);
                partner.city = QStringLiteral("Città %1").arg(round);
                ++round;
                QElapsedTimer timer;
                timer.start();
                return writer.write({partner}, false) ? elapsedMs(timer) : -1.0;
            });
        std::printf("single edits: medians of %d rounds\n", singleRounds);
        printRow("edit 1 partner, model open (save + follow)", m);
    }
    return 0;
}
