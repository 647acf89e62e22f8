#pragma once

#include "models/csv/CsvImport.h"
#include "models/partners/Partner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ClusterRepository;
class PartnerRepository;

struct PartnerImportRow : CsvImportRow
{
    Partner partner;       // filled as far as the row allows; clusterId set when the cluster exists
    bool typeRead = false; // partner.type is the file's, not a default (the preview shows it)
};

// What an import would do, computed before anything is written.
struct PartnerImportPlan : CsvImportPlan<PartnerImportRow>
{
    QList<Partner> validPartners() const { return validValues(&PartnerImportRow::partner); }
};

// The partner CSV format of INTERFACES.md: English or Italian headers (case-insensitive), types and
// school levels as keys or Italian labels, dates YYYY-MM-DD or DD/MM/YYYY.
class PartnerCsv
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCsv)

public:
    using Dialect = CsvDialect;

    // target: the cluster of rows that name none (the --cluster option or the cluster open in the
    // window), or of every row when it overrides the file. Rows are checked against
    // PartnerValidator, the clusters that exist, and the names already in the cluster or earlier in
    // the file.
    static PartnerImportPlan plan(const CsvTable &table, const ClusterRepository &clusters,
                                  const PartnerRepository &partners,
                                  const CsvTargetCluster &target);
    static PartnerImportPlan planFile(const QString &path, const ClusterRepository &clusters,
                                      const PartnerRepository &partners,
                                      const CsvTargetCluster &target);

    static QByteArray write(const QList<Partner> &partners, const QString &clusterName,
                            Dialect dialect = Dialect::English);
};
