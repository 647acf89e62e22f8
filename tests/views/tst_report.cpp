#include "ClusterRepository.h"
#include "Database.h"
#include "DemoData.h"
#include "EventRepository.h"
#include "KpiCalculator.h"
#include "KpiCharts.h"
#include "KpiReport.h"
#include "KpiReportData.h"
#include "PartnerRepository.h"
#include "ReportingPeriodRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// The periodic report written for the demo cluster and for a small hand-made cluster, in English
// and Italian, read back with pdftotext and pdfinfo and rendered with pdftoppm to be looked at.
class TestReport : public QObject
{
    Q_OBJECT

private:
    TestSupport::TempDatabase m_db;
    QString m_demoName;
    QTemporaryDir m_out;
    const QDate m_preparedOn{2022, 10, 14};

    static QString tool(const QString &program, const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000)) {
            *exitCode = -1;
            return {};
        }
        *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The text of the PDF, or of one page of it, as pdftotext lays it out.
    static QString pdfText(const QString &path, int page = 0)
    {
        QStringList arguments{QStringLiteral("-layout")};
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                      << QString::number(page);
        arguments << path << QStringLiteral("-");
        int exitCode = 0;
        const QString text = tool(QStringLiteral("pdftotext"), arguments, &exitCode);
        return exitCode == 0 ? text : QString();
    }

    static int pageCount(const QString &path)
    {
        int exitCode = 0;
        const QString info = tool(QStringLiteral("pdfinfo"), {path}, &exitCode);
        static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                              QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = pages.match(info);
        return exitCode == 0 && match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    static QString screenshotFolder() { return QStringLiteral(LECDESK_SCREENSHOT_DIR); }

    // One page rendered small, for people to look at.
    static void screenshot(const QString &pdf, int page, const QString &name)
    {
        QDir().mkpath(screenshotFolder());
        int exitCode = 0;
        tool(QStringLiteral("pdftoppm"),
             {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
              QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
              QString::number(page), QStringLiteral("-singlefile"), pdf,
              screenshotFolder() + QLatin1Char('/') + name},
             &exitCode);
        QCOMPARE(exitCode, 0);
        const QImage image(screenshotFolder() + QLatin1Char('/') + name + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        // A4 at 60 dpi.
        QCOMPARE(image.size(), QSize(496, 702));
    }

    // The first page whose text contains needle, or 0.
    static int pageWith(const QString &pdf, int pages, const QString &needle)
    {
        for (int page = 1; page <= pages; ++page) {
            if (pdfText(pdf, page).simplified().contains(needle))
                return page;
        }
        return 0;
    }

    std::optional<KpiReportData> reportData(const QString &cluster, const QString &period,
                                            QDate from = {}, QDate to = {})
    {
        const KpiCalculator calculator(m_db.database().connection());
        const std::optional<KpiScope> scope = calculator.resolveScope(cluster, period, from, to);
        if (!scope)
            return std::nullopt;
        QString error;
        return KpiReportData::collect(m_db.database().connection(), *scope, &error);
    }

    QString writeReport(const KpiReportData &data, const QString &name)
    {
        KpiReport report(data);
        report.setPreparedOn(m_preparedOn);
        const QString path = m_out.filePath(name);
        QString error;
        if (!report.write(path, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

    static QString reportText(const char *source, int n = -1)
    {
        return QCoreApplication::translate("KpiReport", source, nullptr, n);
    }

    static QString number(qint64 value) { return QLocale().toString(value); }

    // What the title page says, in the current language.
    void checkTitlePage(const QString &pdf, const KpiScope &scope)
    {
        const QString page1 = pdfText(pdf, 1).simplified();
        QVERIFY2(page1.contains(KpiReport::documentTitle()), qPrintable(page1));
        QVERIFY2(page1.contains(KpiCatalogue::scopeName(scope)), qPrintable(page1));
        const QLocale locale;
        const QString format = QStringLiteral("d MMMM yyyy");
        QVERIFY2(page1.contains(locale.toString(scope.from, format)), qPrintable(page1));
        QVERIFY2(page1.contains(locale.toString(scope.to, format)), qPrintable(page1));
        QVERIFY2(page1.contains(reportText("Prepared with LEC Desk on %1")
                                    .arg(locale.toString(m_preparedOn, format))),
                 qPrintable(page1));
        if (!scope.periodName.isEmpty())
            QVERIFY2(page1.contains(scope.periodName), qPrintable(page1));
    }

    // Every KPI of the catalogue with its value (and target and progress, when given).
    static void checkKpiTable(const QString &text, const KpiSnapshot &snapshot)
    {
        for (const KpiDefinition &kpi : KpiCatalogue::all()) {
            QString row = kpi.label() + QLatin1Char(' ') + number(kpi.value(snapshot.values));
            if (const std::optional<double> target = snapshot.target(kpi.key)) {
                row += QLatin1Char(' ') + number(qint64(*target));
                const double progress = *snapshot.progress(kpi);
                row += QLatin1Char(' ') + QLocale().toString(progress * 100, 'f', 0) +
                       QLocale().percent();
            }
            QVERIFY2(text.contains(row), qPrintable(row));
        }
    }

    // The per-kind total rows and the overall total row of "Events held by kind".
    static void checkEventTotals(const QString &text, const KpiSnapshot &snapshot,
                                 const QList<Event> &events)
    {
        for (EventKind kind : EventVocabulary::kinds()) {
            const qint64 count = snapshot.values.eventsHeld(kind);
            if (count == 0)
                continue;
            QString row = reportText("Total: %n event(s)", int(count));
            for (Figure figure : EventVocabulary::figures()) {
                qint64 sum = 0;
                for (const Event &event : events) {
                    if (event.kind == kind)
                        sum += event.figure(figure).value_or(0);
                }
                row += QLatin1Char(' ') + number(sum);
            }
            QVERIFY2(text.contains(row), qPrintable(row));
        }
        QString overall =
            reportText("Total") + QLatin1Char(' ') + number(snapshot.values.eventsHeld());
        for (Figure figure : EventVocabulary::figures())
            overall += QLatin1Char(' ') + number(snapshot.values.reached(figure));
        QVERIFY2(text.contains(overall), qPrintable(overall));
    }

    // No page ends with a heading: the last line before the footer is never one.
    static void checkNoOrphanHeadings(const QString &pdf, int pages, const QStringList &headings)
    {
        for (int page = 2; page <= pages; ++page) {
            QStringList lines = pdfText(pdf, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (QString &line : lines)
                line = line.simplified();
            lines.removeAll(QString());
            QVERIFY(lines.size() >= 2);
            const QString footer = lines.takeLast();
            QVERIFY2(footer.endsWith(reportText("page %1 of %2").arg(page).arg(pages)),
                     qPrintable(footer));
            QVERIFY2(
                !headings.contains(lines.constLast()),
                qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(lines.last())));
        }
    }

    // Adds "Carso LEC": five partners and seven events around the year 2021, whose KPIs are
    // worked out by hand in handMadeFixture().
    void addCarso()
    {
        const QSqlDatabase db = m_db.database().connection();
        Cluster carso;
        carso.name = QStringLiteral("Carso LEC");
        carso.region = QStringLiteral("Friuli Venezia Giulia");
        carso.country = QStringLiteral("Italia");
        carso.coordinator = QStringLiteral("Università del Carso (fittizia)");
        ClusterRepository clusters(db);
        QVERIFY2(clusters.add(carso), qPrintable(clusters.errorMessage()));

        const auto partner = [&](const char *name, PartnerType type, const char *city, QDate joined,
                                 QDate left = {}) {
            Partner p;
            p.clusterId = carso.id;
            p.name = QString::fromUtf8(name);
            p.type = type;
            p.city = QString::fromUtf8(city);
            p.joinedOn = joined;
            p.leftOn = left;
            PartnerRepository partners(db);
            if (!partners.save(p))
                qFatal("%s", qPrintable(partners.errorMessage()));
            return p.id;
        };
        const QString alfa = partner("Scuola Alfa", PartnerType::School, "Trieste", {2020, 9, 1});
        // Joins in the middle of the period: counts.
        const QString beta = partner("Scuola Beta", PartnerType::School, "Muggia", {2021, 6, 15});
        // Left the day before the period began: does not count.
        partner("Università Gamma", PartnerType::University, "Trieste", {2019, 1, 1},
                {2020, 12, 31});
        // Joins on the last day: counts.
        const QString delta =
            partner("Museo Delta", PartnerType::Museum, "Gorizia", {2021, 12, 31});
        partner("Comune di Epsilon", PartnerType::LocalAuthority, "Duino", {2020, 1, 1});

        const auto event = [&](EventKind kind, EventStatus status, QDate start, const char *it,
                               const char *en, const QStringList &organisers,
                               std::array<std::optional<int>, figureCount> figures) {
            Event e;
            e.clusterId = carso.id;
            e.kind = kind;
            e.status = status;
            e.startDate = start;
            e.titleIt = QString::fromUtf8(it);
            e.titleEn = QString::fromUtf8(en);
            e.organiserIds = organisers;
            e.figures = figures;
            EventRepository events(db);
            if (!events.save(e))
                qFatal("%s", qPrintable(events.errorMessage()));
        };
        using E = EventKind;
        using S = EventStatus;
        // Held on the first day of the period.
        event(E::Workshop, S::Held, {2021, 1, 1}, "Laboratorio di robotica", "Robotics workshop",
              {alfa}, {40, 3, 0, 2, std::nullopt, std::nullopt});
        // Parents not recorded: count as 0.
        event(E::Workshop, S::Held, {2021, 3, 10}, "Ponti di spaghetti", "Spaghetti bridges",
              {beta, delta}, {25, 2, std::nullopt, 1, std::nullopt, std::nullopt});
        // Held on the last day of the period.
        event(E::Visit, S::Held, {2021, 12, 31}, "Visita al museo", "Museum visit", {delta},
              {60, 4, 10, 0, std::nullopt, std::nullopt});
        // Cancelled and planned events with figures, and held ones outside the period: none
        // counts.
        event(E::Lab, S::Cancelled, {2021, 5, 5}, "Laboratorio annullato", "Cancelled lab", {alfa},
              {99, 9, 9, 9, 9, 9});
        event(E::Event, S::Planned, {2021, 6, 1}, "Fiera della scienza", "Science fair", {alfa},
              {500, 0, 0, 0, 0, 0});
        event(E::Course, S::Held, {2022, 1, 1}, "Corso di gennaio", "January course", {alfa},
              {30, 0, 0, 0, 0, 0});
        event(E::Webinar, S::Held, {2020, 12, 31}, "Webinar di dicembre", "December webinar",
              {alfa}, {15, 0, 0, 0, 0, 0});

        ReportingPeriod year;
        year.clusterId = carso.id;
        year.name = QStringLiteral("Year 1");
        year.start = QDate(2021, 1, 1);
        year.end = QDate(2021, 12, 31);
        year.targets = {{QStringLiteral("institutions"), 5},
                        {QStringLiteral("pupils"), 250},
                        {QStringLiteral("events_held"), 4}};
        ReportingPeriodRepository periods(db);
        QVERIFY2(periods.save(year), qPrintable(periods.errorMessage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::isolateUserFolders();
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.errorMessage()));
        QVERIFY(m_out.isValid());
        const QSqlDatabase db = m_db.database().connection();
        Cluster demo;
        bool existed = false;
        QString error;
        QVERIFY2(DemoData::create(db, DemoData::defaultClusterName(), &demo, &existed, &error),
                 qPrintable(error));
        m_demoName = demo.name;
        ReportingPeriod period;
        period.clusterId = demo.id;
        period.name = QStringLiteral("Period 2");
        period.start = QDate(2021, 1, 1);
        period.end = QDate(2022, 9, 30);
        period.targets = {{QStringLiteral("institutions"), 60},
                          {QStringLiteral("pupils"), 3000},
                          {QStringLiteral("teachers"), 250},
                          {QStringLiteral("events_held"), 80}};
        ReportingPeriodRepository periods(db);
        QVERIFY2(periods.save(period), qPrintable(periods.errorMessage()));
        addCarso();
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void demoReport_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("it") << QStringLiteral("it");
    }

    void demoReport()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const std::optional<KpiReportData> data =
            reportData(m_demoName, QStringLiteral("Period 2"));
        QVERIFY(data);
        const KpiSnapshot &snapshot = data->snapshot;
        QVERIFY(snapshot.values.institutions() > 20);
        QVERIFY(snapshot.values.eventsHeld() > 20);
        const QString pdf = writeReport(*data, QStringLiteral("demo-%1.pdf").arg(language));
        QVERIFY(!pdf.isEmpty());

        const int pages = pageCount(pdf);
        QVERIFY2(pages > 4, qPrintable(QString::number(pages)));
        checkTitlePage(pdf, snapshot.scope);
        const QString text = pdfText(pdf).simplified();
        checkKpiTable(text, snapshot);
        checkEventTotals(text, snapshot, data->events);

        // The drill-down lists name the institutions and the events, titles in the language.
        const KpiCalculator calculator(m_db.database().connection());
        const QList<Partner> schools = calculator.institutions(snapshot.scope, PartnerType::School);
        QVERIFY(schools.size() > 3);
        for (const Partner &school : {schools.first(), schools.at(2), schools.last()})
            QVERIFY2(text.contains(school.name), qPrintable(school.name));
        const Event &event = data->events.first();
        QVERIFY2(text.contains(event.title(language)), qPrintable(event.title(language)));

        // The sections, in the language of the report.
        for (const char *heading : {"Key performance indicators", "Charts", "Events held by kind",
                                    "Institutions involved by type"})
            QVERIFY2(text.contains(reportText(heading)), heading);
        if (language == QLatin1String("it")) {
            // Dates in Italian come from the locale, not from the translations.
            QVERIFY2(text.contains(QStringLiteral("30 settembre 2022")),
                     qPrintable(text.left(600)));
            // HARD-CODED ITALIAN: these fail until the lead merges /work/tr/it-report.py into
            // translations/lecdesk_it.ts.
            QVERIFY2(text.contains(QStringLiteral("Rapporto periodico")),
                     qPrintable(text.left(600)));
            QVERIFY2(text.contains(QStringLiteral("Eventi svolti per tipo")),
                     qPrintable(text.left(600)));
        }

        QStringList headings{reportText("Key performance indicators"),
                             reportText("Charts"),
                             reportText("Events held by kind"),
                             reportText("Institutions involved by type"),
                             reportText("Institutions involved, by type"),
                             reportText("Events held, by kind"),
                             reportText("All kinds")};
        for (EventKind kind : EventVocabulary::kinds())
            headings.append(QCoreApplication::translate("KpiReport", "%1: %n event(s)", nullptr,
                                                        int(snapshot.values.eventsHeld(kind)))
                                .arg(EventVocabulary::label(kind)));
        for (PartnerType type : PartnerVocabulary::types())
            headings.append(QCoreApplication::translate("KpiReport", "%1: %n institution(s)",
                                                        nullptr,
                                                        int(snapshot.values.institutions(type)))
                                .arg(PartnerVocabulary::label(type)));
        checkNoOrphanHeadings(pdf, pages, headings);

        screenshot(pdf, 1, QStringLiteral("report-p1-%1").arg(language));
        screenshot(pdf, 2, QStringLiteral("report-kpis-%1").arg(language));
        const int charts = pageWith(pdf, pages, KpiCharts::title(KpiCharts::Kind::ReachByMonth));
        QVERIFY(charts > 2);
        screenshot(pdf, charts, QStringLiteral("report-charts-%1").arg(language));
        const int events = pageWith(
            pdf, pages,
            reportText("Total: %n event(s)", int(snapshot.values.eventsHeld(EventKind::Event))));
        QVERIFY(events > charts);
        screenshot(pdf, events, QStringLiteral("report-events-%1").arg(language));
        screenshot(pdf, pages, QStringLiteral("report-institutions-%1").arg(language));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
