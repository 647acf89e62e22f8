// report, chart: the commands that draw, so they run in a QApplication (see the table's
// drawsDocuments).
#include "app/cli/CliSupport.h"
#include "app/cli/CommandHandlers.h"
#include "app/cli/KpiScopeOptions.h"
#include "models/kpi/KpiReportData.h"
#include "models/storage/Database.h"
#include "views/dashboard/KpiCharts.h"
#include "views/reports/KpiReport.h"

#include <QRegularExpression>

namespace Cli {

namespace {

// --out: required, with one of the suffixes.
int checkOutput(const QCommandLineParser &parser, const QCommandLineOption &out,
                const QStringList &suffixes, const QString &command)
{
    const QString file = parser.value(out);
    if (file.isEmpty())
        return usageError(CommandLine::tr("“lecdesk %1” needs --out FILE.").arg(command));
    return checkOutSuffix(file, suffixes);
}

} // namespace

int report(const Invocation &invocation, const QStringList &arguments)
{
    const KpiScopeOptions options(
        QCommandLineOption(QStringLiteral("out"),
                           CommandLine::tr("The PDF file to write; an existing file is replaced."),
                           CommandLine::tr("FILE.pdf")));
    const Parsed parsed = invocation.parse(
        QStringLiteral("report"),
        CommandLine::tr("Writes the periodic report of a cluster, or of every cluster, for a "
                        "reporting period or any range of days: a PDF with the KPIs against their "
                        "targets, the charts, the events held by kind and the institutions "
                        "involved by type, in the language of --language."),
        options.list(), {}, arguments);
    if (!parsed.parser)
        return parsed.exitCode;
    const QCommandLineParser &parser = *parsed.parser;
    int exitCode = CommandLine::Success;
    // Every usage error is found before the database is opened.
    if (!readKpiScope(parser, options, nullptr, &exitCode))
        return exitCode;
    if (const int check =
            checkOutput(parser, options.out, {QStringLiteral("pdf")}, QStringLiteral("report"));
        check != CommandLine::Success)
        return check;

    const std::unique_ptr<Database> database = invocation.openDatabase();
    if (!database)
        return CommandLine::Refused;
    const std::optional<KpiScope> scope = readKpiScope(parser, options, database.get(), &exitCode);
    if (!scope)
        return exitCode;
    const Result<KpiReportData> data = KpiReportData::collect(database->connection(), *scope);
    if (!data) {
        printError(data.error());
        return CommandLine::Refused;
    }
    QString error;
    const QString file = parser.value(options.out);
    if (!KpiReport(*data).write(file, &error)) {
        printError(QStringLiteral("--out: ") + error);
        return CommandLine::Refused;
    }
    printOut(CommandLine::tr("Wrote the report of %1, %2, to %3.")
                 .arg(KpiCatalogue::scopeName(*scope), KpiCatalogue::periodText(*scope), file));
    return CommandLine::Success;
}

int chart(const Invocation &invocation, const QStringList &arguments)
{
    const KpiScopeOptions options(
        QCommandLineOption(QStringLiteral("out"),
                           CommandLine::tr("The image to write: .png, .svg or .pdf; an existing "
                                           "file is replaced."),
                           CommandLine::tr("FILE")));
    const QCommandLineOption size(
        QStringLiteral("size"), CommandLine::tr("Width and height in pixels (default: 1600x1000)."),
        CommandLine::tr("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 CommandLine::tr("The resolution the texts are drawn for: 96 for "
                                                 "a screen, 300 for print (default: 150)."),
                                 CommandLine::tr("N"), QStringLiteral("150"));
    QStringList kinds;
    for (KpiCharts::Kind kind : KpiCharts::kinds())
        kinds.append(KpiCharts::key(kind));
    const Parsed parsed = invocation.parse(
        QStringLiteral("chart KPI"),
        CommandLine::tr("Draws one KPI chart of a cluster, or of every cluster, for a reporting "
                        "period or any range of days, with the cluster and the period printed on "
                        "it."),
        options.list() + QList<QCommandLineOption>{size, dpi},
        {{QStringLiteral("KPI"),
          CommandLine::tr("The chart: %1.").arg(kinds.join(QStringLiteral(", ")))}},
        arguments);
    if (!parsed.parser)
        return parsed.exitCode;
    const QCommandLineParser &parser = *parsed.parser;

    const QString key = parser.positionalArguments().constFirst();
    const std::optional<KpiCharts::Kind> kind = KpiCharts::kindFromKey(key.toLower());
    if (!kind)
        return usageError(CommandLine::tr("There is no chart “%1”; choose one of: %2.")
                              .arg(key, kinds.join(QStringLiteral(", "))) +
                          didYouMean(closestMatch(key, kinds)));
    int exitCode = CommandLine::Success;
    if (!readKpiScope(parser, options, nullptr, &exitCode))
        return exitCode;
    if (const int check =
            checkOutput(parser, options.out, KpiCharts::fileSuffixes(), QStringLiteral("chart"));
        check != CommandLine::Success)
        return check;
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})[x×X](\\d{1,5})$"));
    const QRegularExpressionMatch sizeMatch = sizePattern.match(parser.value(size).trimmed());
    const QSize pixels = sizeMatch.hasMatch()
                             ? QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt())
                             : QSize();
    if (!sizeMatch.hasMatch())
        return usageError(CommandLine::tr("“%1”, given with --size, is not a size: give the "
                                          "width and height in pixels, as in 1600x1000.")
                              .arg(parser.value(size)));
    if (pixels.width() < 100 || pixels.height() < 100 || pixels.width() > 20000 ||
        pixels.height() > 20000)
        return usageError(CommandLine::tr("The size “%1” given with --size is out of range: the "
                                          "width and the height must each be from 100 to 20000 "
                                          "pixels.")
                              .arg(parser.value(size)));
    bool isNumber = false;
    const int resolution = parser.value(dpi).trimmed().toInt(&isNumber);
    if (!isNumber || resolution < 36 || resolution > 1200)
        return usageError(CommandLine::tr("“%1”, given with --dpi, is not a resolution: give a "
                                          "whole number from 36 to 1200.")
                              .arg(parser.value(dpi)));

    const std::optional<KpiSnapshot> snapshot =
        readKpiSnapshot(invocation, parser, options, &exitCode);
    if (!snapshot)
        return exitCode;
    const QString file = parser.value(options.out);
    QString error;
    if (!KpiCharts::hasData(*kind, *snapshot)) {
        printError(KpiCharts::emptyMessage(*kind, *snapshot));
        return CommandLine::Refused;
    }
    if (!KpiCharts::exportChart(*kind, *snapshot, file, pixels, resolution, &error)) {
        printError(QStringLiteral("--out: ") + error);
        return CommandLine::Refused;
    }
    printOut(CommandLine::tr("Drew “%1” to %2.").arg(KpiCharts::title(*kind), file));
    return CommandLine::Success;
}

} // namespace Cli
