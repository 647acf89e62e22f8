// partners import, partners export.
#include "app/cli/CommandHandlers.h"
#include "app/cli/ImportExport.h"
#include "models/partners/PartnerCsv.h"
#include "models/partners/PartnerRepository.h"

namespace Cli {

int partnersImport(const Invocation &invocation, const QStringList &arguments)
{
    return runImport<PartnerImportPlan>(
        invocation,
        {.command = QStringLiteral("partners import FILE.csv"),
         .description =
             CommandLine::tr("Imports partners from a CSV file (see docs/file-formats.md)."),
         .plan =
             [](const Database &database, const QString &file, const QString &defaultCluster) {
                 return PartnerCsv::planFile(file, ClusterRepository(database.connection()),
                                             PartnerRepository(database.connection()),
                                             defaultCluster);
             },
         .save =
             [](const Database &database, const PartnerImportPlan &plan, QString *errorMessage) {
                 PartnerRepository partners(database.connection());
                 QList<Partner> valid = plan.validPartners();
                 if (partners.saveAll(valid))
                     return true;
                 *errorMessage = partners.errorMessage();
                 return false;
             },
         .importedMessage =
             [](int count, const QString &cluster, bool dryRun) {
                 return dryRun
                            ? CommandLine::tr("Would import %n partner(s) into “%1”.", nullptr,
                                              count)
                                  .arg(cluster)
                            : CommandLine::tr("Imported %n partner(s) into “%1”.", nullptr, count)
                                  .arg(cluster);
             }},
        arguments);
}

int partnersExport(const Invocation &invocation, const QStringList &arguments)
{
    return runExport(
        invocation,
        {.command = QStringLiteral("partners export FILE.csv"),
         .description = CommandLine::tr(
             "Exports the partners of a cluster to a CSV file: English headers, commas "
             "and ISO dates, or Italian headers, semicolons and DD/MM/YYYY with "
             "--language it."),
         .file = {CommandLine::tr("FILE.csv"),
                  CommandLine::tr("The CSV file to write; an existing file is replaced.")},
         .produce =
             [&invocation](const Database &database, const Cluster &cluster,
                           const QString &file) -> std::optional<std::pair<QByteArray, QString>> {
             const std::optional<QList<Partner>> partners =
                 readOrReport(PartnerRepository(database.connection()).forCluster(cluster.id));
             if (!partners)
                 return std::nullopt;
             return std::pair(PartnerCsv::write(*partners, cluster.name, invocation.csvDialect()),
                              CommandLine::tr("Exported %n partner(s) of “%1” to %2.", nullptr,
                                              int(partners->size()))
                                  .arg(cluster.name, file));
         }},
        arguments);
}

} // namespace Cli
