// Opening a database of 10,000 partners and showing them sorted and filtered, against reading the
// same rows with plain SQLite (the C API) in the same run.
//
//   build/bench/bench_partners [PARTNERS] [ROUNDS]

#include "bench/BenchSupport.h"
#include "models/clusters/ClusterRepository.h"
#include "models/partners/PartnerFilterProxyModel.h"
#include "models/partners/PartnerRepository.h"
#include "models/partners/PartnerTableModel.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

namespace {

const PartnerType types[] = {PartnerType::School,         PartnerType::School,
                             PartnerType::School,         PartnerType::University,
                             PartnerType::ResearchCentre, PartnerType::Museum,
                             PartnerType::Business,       PartnerType::NonProfit,
                             PartnerType::LocalAuthority, PartnerType::Other};

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
    const QStringList cities = {QStringLiteral("Trieste"), QStringLiteral("Udine"),
                                QStringLiteral("Gorizia"), QStringLiteral("Pordenone")};
    QList<Partner> partners;
    partners.reserve(count);
    for (int i = 0; i < count; ++i) {
        Partner partner;
        partner.clusterId = cluster.id;
        partner.type = types[i % 10];
        partner.name = (partner.type == PartnerType::School ? QStringLiteral("Istituto %1")
                                                            : QStringLiteral("Ente %1"))
                           .arg((i * 7919) % count);
        partner.city = cities.at(i % cities.size());
        partner.email = QStringLiteral("info%1@example.org").arg(i);
        partner.joinedOn = QDate(2019, 1, 1).addDays(i % 1400);
        if (i % 13 == 0)
            partner.leftOn = partner.joinedOn.addDays(400);
        partner.contacts = {
            {QString(), QStringLiteral("Contact %1").arg(i), QStringLiteral("Teacher"), {}, {}}};
        partners.append(partner);
    }
    return PartnerRepository(database.connection()).saveAll(partners);
}

// What the window does: open, load the cluster, sort by name, filter by text and membership.
int lecDeskRound(const QString &path, const QString &clusterId)
{
    Database database;
    if (!database.open(path))
        return -1;
    PartnerTableModel model(database.connection());
    model.setClusterId(clusterId);
    PartnerFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PartnerTableModel::Name, Qt::AscendingOrder);
    proxy.setMembership(PartnerFilterProxyModel::Membership::Current);
    proxy.setSearchText(QStringLiteral("istituto"));
    return proxy.rowCount();
}

// The same rows, sorted and filtered by SQLite itself, read as text through the C API.
int rawRound(const QByteArray &path, const QByteArray &clusterId)
{
    const char *partnersSql =
        "SELECT id, cluster_id, name, type, school_level, city, address, website, email, phone,"
        " joined_on, left_on, notes FROM partners WHERE cluster_id = ?1 AND deleted = 0"
        " AND (left_on IS NULL OR left_on >= date('now'))"
        " AND lower(name || ' ' || city || ' ' || email) LIKE '%istituto%'"
        " ORDER BY name COLLATE NOCASE";
    const char *contactsSql = "SELECT c.partner_id, c.id, c.name, c.role, c.email, c.phone"
                              " FROM contacts c JOIN partners p ON p.id = c.partner_id"
                              " WHERE p.cluster_id = ?1 AND p.deleted = 0 AND c.deleted = 0";
    return rawSqliteRows(path, clusterId, {partnersSql, contactsSql});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 10000;
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 15;

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bench.sqlite"));
    QString clusterId;
    if (!populate(path, count, &clusterId)) {
        std::fprintf(stderr, "cannot build the benchmark database\n");
        return 1;
    }

    int shown = 0;
    int rawShown = 0;
    const double lecDesk = medianMilliseconds(
        rounds, [&] { return lecDeskRound(path, clusterId); }, &shown);
    const double raw = medianMilliseconds(
        rounds, [&] { return rawRound(path.toUtf8(), clusterId.toUtf8()); }, &rawShown);

    std::printf("partners in database:           %d\n", count);
    std::printf("rows shown (LEC Desk / SQLite):  %d / %d\n", shown, rawShown);
    std::printf("LEC Desk open+load+sort+filter: %8.2f ms (median of %d)\n", lecDesk, rounds);
    std::printf("plain SQLite read+sort+filter:  %8.2f ms (median of %d)\n", raw, rounds);
    std::printf("ratio LEC Desk / SQLite:        %8.2f\n", lecDesk / raw);
    return 0;
}
