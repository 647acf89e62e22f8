// kpi.
#include "app/cli/CliSupport.h"
#include "app/cli/CommandHandlers.h"
#include "app/cli/KpiScopeOptions.h"
#include "models/kpi/KpiJson.h"
#include "models/kpi/KpiTable.h"
#include "models/kpi/KpiXlsx.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Cli {

int kpi(const Invocation &invocation, const QStringList &arguments)
{
    const KpiScopeOptions options(QCommandLineOption(
        QStringLiteral("out"),
        CommandLine::tr("Write the KPIs to this file instead of printing them: .csv, .xlsx or "
                        ".json."),
        CommandLine::tr("file")));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandLine::tr("What to print: table (the default), csv or json."),
        CommandLine::tr("format"));
    const Parsed parsed = invocation.parse(
        QStringLiteral("kpi"),
        CommandLine::tr("Computes the KPIs of a cluster, or of every cluster, for a reporting "
                        "period or any date range, with the targets of a named period."),
        options.list() + QList<QCommandLineOption>{format}, {}, arguments);
    if (!parsed.parser)
        return parsed.exitCode;
    const QCommandLineParser &parser = *parsed.parser;
    const QCommandLineOption &out = options.out;

    // Everything about the usage is checked before the database is opened.
    int exitCode = CommandLine::Success;
    if (!readKpiScope(parser, options, nullptr, &exitCode))
        return exitCode;
    const QStringList formats{QStringLiteral("table"), QStringLiteral("csv"),
                              QStringLiteral("json")};
    QString chosenFormat = parser.value(format).trimmed().toLower();
    if (parser.isSet(format) && !formats.contains(chosenFormat))
        return usageError(CommandLine::tr("“%1”, given with --format, is not a format: use %2.")
                              .arg(parser.value(format), alternatives(formats)) +
                          didYouMean(closestMatch(chosenFormat, formats)));
    const QString file = parser.value(out);
    if (parser.isSet(out)) {
        // The file's extension says the format; --format may repeat it, not contradict it.
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (const int check = checkOutSuffix(
                file, {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("json")});
            check != CommandLine::Success)
            return check;
        if (parser.isSet(format) && chosenFormat != suffix)
            return usageError(
                CommandLine::tr("--format %1 does not match the file %2.").arg(chosenFormat, file));
        chosenFormat = suffix;
    } else if (chosenFormat.isEmpty()) {
        chosenFormat = QStringLiteral("table");
    }

    const std::optional<KpiSnapshot> snapshot =
        readKpiSnapshot(invocation, parser, options, &exitCode);
    if (!snapshot)
        return exitCode;

    const KpiTable table(*snapshot);
    QByteArray bytes;
    if (chosenFormat == QLatin1String("json")) {
        bytes = QJsonDocument(KpiJson::toJson(*snapshot)).toJson(QJsonDocument::Indented);
    } else if (chosenFormat == QLatin1String("csv")) {
        bytes = table.toCsv(invocation.csvDialect());
    } else if (chosenFormat == QLatin1String("table")) {
        bytes = table.toText().toUtf8();
    } else {
        QString errorMessage;
        if (!KpiXlsx::write(table, file, &errorMessage)) {
            printError(errorMessage);
            return CommandLine::Refused;
        }
    }
    if (!parser.isSet(out)) {
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return CommandLine::Success;
    }
    if (!bytes.isEmpty() && !writeFile(file, bytes))
        return CommandLine::Refused;
    printOut(CommandLine::tr("Wrote %1 (%2).").arg(file, table.title()));
    return CommandLine::Success;
}

} // namespace Cli
