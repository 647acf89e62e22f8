#pragma once

#include "CsvReader.h"
#include "Partner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ClusterRepository;
class PartnerRepository;

// A problem with one row of an import file: line number, column (as named in the file's header,
// empty for the whole row) and the reason, translated.
struct CsvRowError
{
    int line = 0;
    QString column;
    QString message;
};

struct PartnerImportRow
{
    int line = 0;
    QStringList fields;  // the raw fields, for a preview
    Partner partner;     // filled as far as the row allows; clusterId set when the cluster exists
    QString clusterName; // the cluster the row goes into
    QList<CsvRowError> errors;
    QStringList warnings; // e.g. an unusual but acceptable value

    bool isValid() const { return errors.isEmpty(); }
};

// What an import would do, computed before anything is written.
struct PartnerImportPlan
{
    QString fileError; // the file as a whole cannot be read (then rows is empty)
    QStringList header;
    QStringList warnings; // file-level, e.g. columns that are ignored
    QList<PartnerImportRow> rows;

    bool canImport(bool skipInvalid) const;
    int validCount() const;
    int invalidCount() const;
    QList<Partner> validPartners() const;
    QList<CsvRowError> allErrors() const;
};

// The partner CSV format of INTERFACES.md: English or Italian headers (case-insensitive), types and
// school levels as keys or Italian labels, dates YYYY-MM-DD or DD/MM/YYYY.
class PartnerCsv
{
    Q_DECLARE_TR_FUNCTIONS(PartnerCsv)

public:
    enum class Dialect {
        English, // English headers and keys, comma, ISO dates
        Italian, // Italian headers and labels, semicolon, DD/MM/YYYY
    };

    // defaultClusterName is used for rows without a cluster column (the --cluster option or the
    // cluster open in the window). Rows are checked against PartnerValidator, the clusters that
    // exist, and the names already in the cluster or earlier in the file.
    static PartnerImportPlan plan(const CsvTable &table, const ClusterRepository &clusters,
                                  const PartnerRepository &partners,
                                  const QString &defaultClusterName);
    static PartnerImportPlan planFile(const QString &path, const ClusterRepository &clusters,
                                      const PartnerRepository &partners,
                                      const QString &defaultClusterName);

    static QByteArray write(const QList<Partner> &partners, const QString &clusterName,
                            Dialect dialect = Dialect::English);
};
