#include "models/clusters/ClusterRepository.h"
#include "models/common/Translations.h"
#include "models/demo/DemoData.h"
#include "models/events/EventRepository.h"
#include "models/kpi/KpiCalculator.h"
#include "models/kpi/KpiReportData.h"
#include "models/partners/PartnerRepository.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/storage/Database.h"
#include "models/workspace/Workspace.h"
#include "tests/support/DialogTestSupport.h"
#include "tests/support/TestSupport.h"
#include "views/dashboard/KpiCharts.h"
#include "views/reports/KpiReport.h"
#include "views/reports/ReportDialog.h"
#include "views/shell/MainWindow.h"
#include "views/widgets/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using DialogTestSupport::whenDialogOpens;

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

    // The text in drawing order, lines joined: titles that wrap in a table cell read whole.
    static QString rawText(const QString &path)
    {
        int exitCode = 0;
        const QString text = tool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-raw"), path, QStringLiteral("-")}, &exitCode);
        return exitCode == 0 ? text.simplified() : QString();
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
        return KpiReportData::collect(m_db.database().connection(), *scope).value();
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
        // The demo as made in October 2022, so that its events fill the test's "Period 2".
        QVERIFY2(DemoData::create(db, DemoData::defaultClusterName(), &demo, &existed, &error,
                                  QDate(2022, 10, 15)),
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
        const QList<Partner> schools =
            calculator.institutions(snapshot.scope, PartnerType::School).value();
        QVERIFY(schools.size() > 3);
        for (const Partner &school : {schools.first(), schools.at(2), schools.last()})
            QVERIFY2(text.contains(school.name), qPrintable(school.name));
        const QString raw = rawText(pdf);
        for (const Event &event : {data->events.first(), data->events.last()})
            QVERIFY2(raw.contains(event.title(language)), qPrintable(event.title(language)));

        // The sections, in the language of the report.
        for (const char *heading : {"Key performance indicators", "Charts", "Events held by kind",
                                    "Institutions involved by type"})
            QVERIFY2(text.contains(reportText(heading)), heading);
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
        const EventKind firstKind = data->events.first().kind;
        const int events =
            pageWith(pdf, pages,
                     reportText("%1: %n event(s)", int(snapshot.values.eventsHeld(firstKind)))
                         .arg(EventVocabulary::label(firstKind)));
        QVERIFY(events > charts);
        screenshot(pdf, events, QStringLiteral("report-events-%1").arg(language));
        screenshot(pdf, pages, QStringLiteral("report-institutions-%1").arg(language));

        // Last, so that the checks above run in Italian too.
        if (language == QLatin1String("it")) {
            // Dates in Italian come from the locale, not from the translations.
            QVERIFY2(text.contains(QStringLiteral("30 settembre 2022")),
                     qPrintable(text.left(600)));
            // HARD-CODED ITALIAN: these fail until the lead merges /work/tr/it-report.py into
            // translations/lecdesk_it.ts.
            QVERIFY2(text.contains(QStringLiteral("Rapporto periodico")),
                     qPrintable(text.left(600)));
            QVERIFY2(text.contains(QStringLiteral("Indicatori chiave di prestazione")),
                     qPrintable(text.left(600)));
        }
    }

    void handMadeReport_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("it") << QStringLiteral("it");
    }

    // Every number worked out by hand from addCarso().
    void handMadeReport()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const bool italian = language == QLatin1String("it");
        const std::optional<KpiReportData> data =
            reportData(QStringLiteral("Carso LEC"), QStringLiteral("Year 1"));
        QVERIFY(data);
        const QString pdf = writeReport(*data, QStringLiteral("carso-%1.pdf").arg(language));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(pageCount(pdf) > 1);

        const QString page1 = pdfText(pdf, 1).simplified();
        for (const QString &expected :
             {QStringLiteral("Carso LEC"), QStringLiteral("Year 1"),
              italian ? QStringLiteral("1 gennaio 2021") : QStringLiteral("1 January 2021"),
              italian ? QStringLiteral("31 dicembre 2021") : QStringLiteral("31 December 2021"),
              reportText("Coordinated by %1")
                  .arg(QStringLiteral("Università del Carso (fittizia)")),
              QStringLiteral("Friuli Venezia Giulia, Italia")})
            QVERIFY2(page1.contains(expected),
                     qPrintable(expected + QStringLiteral(" in ") + page1));

        const QString text = pdfText(pdf).simplified();
        const auto label = [](const char *key) {
            return KpiCatalogue::find(QLatin1String(key))->label();
        };
        // A partner joining mid-period or on its last day counts; one that left the day before
        // it began does not. Only the three held events inside the year count.
        const QStringList rows{
            label("institutions") + QStringLiteral(" 4 5 80%"),
            label("pupils") + QStringLiteral(" 125 250 50%"),
            label("teachers") + QStringLiteral(" 9 – –"),
            label("parents") + QStringLiteral(" 10 – –"),
            label("researchers") + QStringLiteral(" 3 – –"),
            label("teacher_trainees") + QStringLiteral(" 0 – –"),
            label("others") + QStringLiteral(" 0 – –"),
            label("events_held") + QStringLiteral(" 3 4 75%"),
            reportText("Total: %n event(s)", 2) + QStringLiteral(" 65 5 0 3 0 0"),
            reportText("Total: %n event(s)", 1) + QStringLiteral(" 60 4 10 0 0 0"),
            reportText("Total") + QStringLiteral(" 3 125 9 10 3 0 0")};
        for (const QString &row : rows)
            QVERIFY2(text.contains(row), qPrintable(row));

        const QString raw = rawText(pdf);
        for (const char *name : {"Scuola Alfa", "Scuola Beta", "Museo Delta", "Comune di Epsilon"})
            QVERIFY2(raw.contains(QString::fromUtf8(name)), name);
        QVERIFY(!raw.contains(QStringLiteral("Università Gamma")));
        const QStringList held = italian ? QStringList{QStringLiteral("Laboratorio di robotica"),
                                                       QStringLiteral("Ponti di spaghetti"),
                                                       QStringLiteral("Visita al museo")}
                                         : QStringList{QStringLiteral("Robotics workshop"),
                                                       QStringLiteral("Spaghetti bridges"),
                                                       QStringLiteral("Museum visit")};
        for (const QString &title : held)
            QVERIFY2(raw.contains(title), qPrintable(title));
        for (const char *title : {"Cancelled lab", "Laboratorio annullato", "Science fair",
                                  "January course", "December webinar"})
            QVERIFY2(!raw.contains(QString::fromUtf8(title)), title);
        QVERIFY(raw.contains(
            reportText("Organised by %1").arg(QStringLiteral("Scuola Beta, Museo Delta"))));
        screenshot(pdf, 2, QStringLiteral("report-small-kpis-%1").arg(language));
    }

    // A period in which nothing counts still gives a report, which says so section by section.
    void emptyPeriod()
    {
        Translations::install(QStringLiteral("en"));
        const std::optional<KpiReportData> data =
            reportData(QStringLiteral("Carso LEC"), QString(), {2018, 1, 1}, {2018, 12, 31});
        QVERIFY(data);
        QVERIFY(data->snapshot.values.isEmpty());
        const QString pdf = writeReport(*data, QStringLiteral("empty.pdf"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(pageCount(pdf) > 1);
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(reportText("There is nothing to report for this period: no "
                                         "institution was a member and no event was held.")));
        QVERIFY(text.contains(reportText("The report covers a range of dates rather than a "
                                         "reporting period, so no targets apply.")));
        for (KpiCharts::Kind kind : KpiCharts::kinds())
            QVERIFY2(text.contains(KpiCharts::emptyMessage(kind, data->snapshot)),
                     qPrintable(KpiCharts::emptyMessage(kind, data->snapshot)));
        checkTitlePage(pdf, data->snapshot.scope);
    }

    // The roll-up names every cluster, and each institution's and event's cluster.
    void allClusters()
    {
        Translations::install(QStringLiteral("en"));
        const std::optional<KpiReportData> data =
            reportData(QString(), QString(), {2021, 1, 1}, {2021, 12, 31});
        QVERIFY(data);
        const KpiCalculator calculator(m_db.database().connection());
        const std::optional<KpiValues> carso =
            calculator
                .compute(*calculator.resolveScope(QStringLiteral("Carso LEC"), QString(),
                                                  {2021, 1, 1}, {2021, 12, 31}))
                .value();
        const std::optional<KpiValues> demo =
            calculator
                .compute(
                    *calculator.resolveScope(m_demoName, QString(), {2021, 1, 1}, {2021, 12, 31}))
                .value();
        QVERIFY(carso && demo);
        QCOMPARE(data->snapshot.values.eventsHeld(), carso->eventsHeld() + demo->eventsHeld());
        const QString pdf = writeReport(*data, QStringLiteral("all.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString page1 = pdfText(pdf, 1).simplified();
        QVERIFY2(page1.contains(KpiCatalogue::scopeName(data->snapshot.scope)), qPrintable(page1));
        QVERIFY2(page1.contains(QStringLiteral("Carso LEC")), qPrintable(page1));
        QVERIFY2(page1.contains(m_demoName), qPrintable(page1));
        const QString text = pdfText(pdf).simplified();
        checkKpiTable(text, data->snapshot);
        checkEventTotals(text, data->snapshot, data->events);
        QVERIFY(rawText(pdf).contains(
            QStringLiteral("Carso LEC · ") +
            reportText("Organised by %1").arg(QStringLiteral("Scuola Alfa"))));
    }

    // Only the demo cluster sets targets for "Period 2"; Carso's events add to the actual but
    // not to the progress, and the KPI table says so under each such KPI.
    void allClustersCompareLikeWithLike()
    {
        Translations::install(QStringLiteral("en"));
        const std::optional<KpiReportData> data = reportData(QString(), QStringLiteral("Period 2"));
        QVERIFY(data);
        const KpiSnapshot &snapshot = data->snapshot;
        QCOMPARE(snapshot.clusterCount, 2);
        const KpiDefinition &pupils = *KpiCatalogue::find(QStringLiteral("pupils"));
        QVERIFY(snapshot.isPartialTarget(pupils.key));
        QVERIFY(snapshot.actualForTarget(pupils) < pupils.value(snapshot.values));
        const QString pdf = writeReport(*data, QStringLiteral("all-period.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf).simplified();
        checkKpiTable(text, snapshot);
        // The progress of every cluster against the demo's target is printed nowhere.
        const QString misleading =
            QLocale().toString(double(pupils.value(snapshot.values)) * 100 / 3000, 'f', 0) +
            QLocale().percent();
        QVERIFY2(!text.contains(QStringLiteral(" 3,000 ") + misleading), qPrintable(misleading));
        QVERIFY2(text.contains(QStringLiteral("Target set by 1 of 2 clusters; progress counts "
                                              "that cluster only")),
                 qPrintable(text.left(3000)));
        QVERIFY2(text.contains(QStringLiteral("progress is the actual value of those clusters "
                                              "divided by the target")),
                 qPrintable(text.left(3000)));
    }

    void unwritablePath()
    {
        const std::optional<KpiReportData> data =
            reportData(QStringLiteral("Carso LEC"), QStringLiteral("Year 1"));
        QVERIFY(data);
        const QString path = m_out.filePath(QStringLiteral("no/such/folder/report.pdf"));
        QString error;
        QVERIFY(!KpiReport(*data).write(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    // The window's action asks for the scope, language and file, writes the report in the
    // language chosen and keeps its own.
    void writeReportAction()
    {
        Translations::install(QStringLiteral("en"));
        QStringList errors;
        Prompts::error() = [&errors](QWidget *, const QString &, const QString &text) {
            errors.append(text);
        };
        Workspace workspace(m_db.database().connection());
        MainWindow window(&workspace, m_db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("writeReportAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        const QString path = m_out.filePath(QStringLiteral("from-window.pdf"));
        QString periodShown;
        whenDialogOpens(QStringLiteral("reportDialog"), [&](QDialog *dialog) {
            auto *cluster = dialog->findChild<QComboBox *>(QStringLiteral("reportCluster"));
            cluster->setCurrentIndex(cluster->findText(QStringLiteral("Carso LEC")));
            auto *period = dialog->findChild<QComboBox *>(QStringLiteral("reportPeriod"));
            periodShown = period->currentData().toString();
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("reportLanguage"));
            language->setCurrentIndex(language->findData(QStringLiteral("it")));
            auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("reportFile"));
            file->selectAll();
            QTest::keyClicks(file, path);
            dialog->grab().save(screenshotFolder() + QStringLiteral("/report-dialog-en.png"));
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->click();
        });
        action->trigger();
        QCOMPARE(periodShown, QStringLiteral("Year 1"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(path));
        QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        const QString page1 = pdfText(path, 1).simplified();
        QVERIFY2(page1.contains(QStringLiteral("Carso LEC")), qPrintable(page1));
        QVERIFY2(page1.contains(QStringLiteral("31 dicembre 2021")), qPrintable(page1));
    }

    void reportDialogScreenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("it") << QStringLiteral("it");
    }

    void reportDialogScreenshots()
    {
        QFETCH(QString, language);
        Translations::install(language);
        Workspace workspace(m_db.database().connection());
        const QList<Cluster> clusters = workspace.clusters();
        QVERIFY(clusters.size() >= 2);
        ReportDialog dialog(clusters, clusters.first().id,
                            workspace.reportingPeriods(QString()).value(), KpiScopeChoice(),
                            language, m_out.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("reportFile"));
        QVERIFY(file->text().endsWith(QStringLiteral(".pdf")));
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.grab().save(screenshotFolder() +
                           QStringLiteral("/report-dialog-%1.png").arg(language));
        // Other days: the last before the first is refused as chosen.
        auto *period = dialog.findChild<QComboBox *>(QStringLiteral("reportPeriod"));
        period->setCurrentIndex(period->count() - 1);
        auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("reportFrom"));
        auto *to = dialog.findChild<QDateEdit *>(QStringLiteral("reportTo"));
        QVERIFY(from->isEnabled());
        from->setDate(QDate(2022, 5, 1));
        to->setDate(QDate(2022, 4, 1));
        QVERIFY(!ok->isEnabled());
        to->setDate(QDate(2022, 6, 1));
        QVERIFY(ok->isEnabled());
        const ReportRequest request = dialog.request();
        QVERIFY(request.periodName.isEmpty());
        QCOMPARE(request.from, QDate(2022, 5, 1));
        QCOMPARE(request.to, QDate(2022, 6, 1));
        QCOMPARE(request.language, language);
    }

    // The dialog starts from the dashboard's choice: a period by name, every cluster, or days.
    void reportDialogStartsFromTheDashboardsChoice()
    {
        Translations::install(QStringLiteral("en"));
        Workspace workspace(m_db.database().connection());
        const QList<Cluster> clusters = workspace.clusters();
        const QList<ReportingPeriod> periods = workspace.reportingPeriods(QString()).value();
        QString demoId;
        for (const Cluster &cluster : clusters) {
            if (cluster.name == m_demoName)
                demoId = cluster.id;
        }
        auto open = [&](const KpiScopeChoice &choice) {
            auto dialog = std::make_unique<ReportDialog>(clusters, demoId, periods, choice,
                                                         QStringLiteral("en"), m_out.path());
            return dialog;
        };
        KpiScopeChoice choice;
        choice.periodName = QStringLiteral("period 2"); // names match whatever their case
        std::unique_ptr<ReportDialog> dialog = open(choice);
        QCOMPARE(dialog->request().periodName, QStringLiteral("Period 2"));
        QCOMPARE(dialog->request().clusterName, m_demoName);

        choice.allClusters = true;
        dialog = open(choice);
        QCOMPARE(dialog->request().clusterName, QString());
        QCOMPARE(dialog->request().periodName, QStringLiteral("Period 2"));

        choice = {};
        choice.custom = true;
        choice.from = QDate(2022, 2, 1);
        choice.to = QDate(2022, 3, 31);
        dialog = open(choice);
        QCOMPARE(dialog->request().periodName, QString());
        QCOMPARE(dialog->request().from, choice.from);
        QCOMPARE(dialog->request().to, choice.to);

        // A period the cluster does not have: the one under way today, else the latest.
        choice = {};
        choice.periodName = QStringLiteral("No such period");
        dialog = open(choice);
        QVERIFY(!dialog->request().periodName.isEmpty());
    }

    void suggestedFileName()
    {
        Translations::install(QStringLiteral("en"));
        KpiScope scope;
        scope.clusterId = QStringLiteral("x");
        scope.clusterName = QStringLiteral("Trieste/Gorizia LEC");
        scope.periodName = QStringLiteral("Period 2");
        QCOMPARE(KpiReport::suggestedFileName(scope),
                 QStringLiteral("Trieste-Gorizia LEC - Period 2 - report.pdf"));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
