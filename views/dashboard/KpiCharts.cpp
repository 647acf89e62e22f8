#include "views/dashboard/KpiCharts.h"

#include "models/common/AtomicFile.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QFileInfo>
#include <QFont>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// The reach lines of the chart (ARCHITECTURE.md names these four), with their colours.
const std::array<std::pair<Figure, const char *>, 4> reachLines = {{
    {Figure::Pupils, "#1f6fb2"},
    {Figure::Teachers, "#e07b00"},
    {Figure::Parents, "#2e9a4a"},
    {Figure::Researchers, "#8a4fbf"},
}};

QString chartTitle(const QString &title, const KpiScope &scope)
{
    return QStringLiteral("<p style=\"font-size:13pt; font-weight:600;\">%1</p>"
                          "<p style=\"font-size:9pt; color:#505050;\">%2 · %3</p>")
        .arg(title.toHtmlEscaped(), KpiCatalogue::scopeName(scope).toHtmlEscaped(),
             KpiCatalogue::periodText(scope).toHtmlEscaped());
}

// A value axis that ends a little beyond the largest value, so that bar labels fit.
QValueAxis *countAxis(qint64 largest)
{
    auto *axis = new QValueAxis;
    const double top = std::max<double>(1, double(largest) * 1.12);
    axis->setRange(0, top);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMinorTickCount(0);
    return axis;
}

// Horizontal bars, one per label, the first label at the top.
void addBars(QChart *chart, const QStringList &labels, const QList<qint64> &values,
             const QColor &colour)
{
    auto *set = new QBarSet(QString());
    set->setColor(colour);
    set->setBorderColor(colour);
    set->setLabelColor(QColor(0x20, 0x20, 0x20));
    QStringList reversedLabels;
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        set->append(double(values.at(i)));
        reversedLabels.append(labels.at(i));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12); // whole numbers are never shortened to 1.2e+04
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(reversedLabels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *axis =
        countAxis(values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend()));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->hide();
}

void addReachLines(QChart *chart, const KpiSnapshot &snapshot)
{
    const QList<MonthlyReach> &months = snapshot.months;
    const QLocale locale;
    qint64 largest = 0;
    for (const auto &[figure, colour] : reachLines) {
        auto *series = new QLineSeries;
        series->setName(EventVocabulary::label(figure));
        QPen pen{QColor(QLatin1String(colour))};
        pen.setWidthF(2.2);
        series->setPen(pen);
        series->setPointsVisible(months.size() <= 12);
        qint64 total = 0;
        for (qsizetype i = 0; i < months.size(); ++i) {
            total += months.at(i).reach[std::size_t(figure)];
            series->append(double(i), double(total));
        }
        largest = std::max(largest, total);
        chart->addSeries(series);
    }

    // Months along the bottom; with many months only every few are named, so none overlap.
    auto *monthsAxis = new QCategoryAxis;
    monthsAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype step = std::max<qsizetype>(1, (months.size() + 7) / 8);
    for (qsizetype i = 0; i < months.size(); i += step)
        monthsAxis->append(locale.toString(months.at(i).month, QStringLiteral("MMM yy")),
                           double(i));
    monthsAxis->setRange(0, std::max<double>(1, double(months.size() - 1)));
    monthsAxis->setGridLineVisible(false);
    chart->addAxis(monthsAxis, Qt::AlignBottom);
    QValueAxis *axis = countAxis(largest);
    chart->addAxis(axis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(monthsAxis);
        series->attachAxis(axis);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->show();
}

} // namespace

const QList<KpiCharts::Kind> &KpiCharts::kinds()
{
    static const QList<Kind> all = {Kind::InstitutionsByType, Kind::ReachByMonth,
                                    Kind::EventsByKind};
    return all;
}

QString KpiCharts::key(Kind kind)
{
    switch (kind) {
    case Kind::InstitutionsByType:
        return QStringLiteral("institutions");
    case Kind::ReachByMonth:
        return QStringLiteral("reach");
    case Kind::EventsByKind:
        return QStringLiteral("events");
    }
    return {};
}

std::optional<KpiCharts::Kind> KpiCharts::kindFromKey(const QString &key)
{
    for (Kind kind : kinds()) {
        if (KpiCharts::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString KpiCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::InstitutionsByType:
        return tr("Institutions involved by type");
    case Kind::ReachByMonth:
        return tr("People reached, month by month (accumulated)");
    case Kind::EventsByKind:
        return tr("Events held by kind");
    }
    return {};
}

bool KpiCharts::hasData(Kind kind, const KpiSnapshot &snapshot)
{
    if (kind == Kind::InstitutionsByType)
        return snapshot.values.institutions() > 0;
    if (kind == Kind::EventsByKind)
        return snapshot.values.eventsHeld() > 0;
    return std::any_of(reachLines.cbegin(), reachLines.cend(), [&snapshot](const auto &line) {
        return snapshot.values.reached(line.first) > 0;
    });
}

QString KpiCharts::emptyMessage(Kind kind, const KpiSnapshot &snapshot)
{
    const QString where = KpiCatalogue::scopeName(snapshot.scope);
    const QString when = KpiCatalogue::periodText(snapshot.scope);
    switch (kind) {
    case Kind::InstitutionsByType:
        return tr("No institution of %1 was a member during %2.").arg(where, when);
    case Kind::ReachByMonth:
        return tr("No held event of %1 with participation figures starts in %2.").arg(where, when);
    case Kind::EventsByKind:
        return tr("No held event of %1 starts in %2.").arg(where, when);
    }
    return {};
}

PartnerType KpiCharts::typeAtBar(int index)
{
    const QList<PartnerType> &types = PartnerVocabulary::types();
    return types.at(types.size() - 1 - std::clamp<qsizetype>(index, 0, types.size() - 1));
}

EventKind KpiCharts::kindAtBar(int index)
{
    const QList<EventKind> &kinds = EventVocabulary::kinds();
    return kinds.at(kinds.size() - 1 - std::clamp<qsizetype>(index, 0, kinds.size() - 1));
}

std::unique_ptr<QChart> KpiCharts::create(Kind kind, const KpiSnapshot &snapshot)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(chartTitle(title(kind), snapshot.scope));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 4, 8, 4));

    switch (kind) {
    case Kind::InstitutionsByType: {
        QStringList labels;
        QList<qint64> values;
        for (PartnerType type : PartnerVocabulary::types()) {
            labels.append(PartnerVocabulary::label(type));
            values.append(snapshot.values.institutions(type));
        }
        addBars(chart.get(), labels, values, QColor(0x2a, 0x6f, 0x97));
        break;
    }
    case Kind::EventsByKind: {
        QStringList labels;
        QList<qint64> values;
        for (EventKind eventKind : EventVocabulary::kinds()) {
            labels.append(EventVocabulary::label(eventKind));
            values.append(snapshot.values.eventsHeld(eventKind));
        }
        addBars(chart.get(), labels, values, QColor(0xc0, 0x5a, 0x2b));
        break;
    }
    case Kind::ReachByMonth:
        addReachLines(chart.get(), snapshot);
        break;
    }
    return chart;
}

void KpiCharts::render(QChart *chart, QPainter *painter, const QRectF &target, QSizeF size)
{
    // A chart draws itself only inside a scene; the scene borrows it for this one drawing.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, scene.sceneRect());
    scene.removeItem(chart);
}

QStringList KpiCharts::fileSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

QByteArray KpiCharts::svgWithGenericFontFamilies(const QByteArray &svg)
{
    // QSvgGenerator writes the family Qt was asked for, such as fontconfig's alias "Sans Serif",
    // which SVG viewers do not know: they fall back to their default font, often a serif one.
    static const QStringList generic{QStringLiteral("serif"),     QStringLiteral("sans-serif"),
                                     QStringLiteral("monospace"), QStringLiteral("cursive"),
                                     QStringLiteral("fantasy"),   QStringLiteral("system-ui")};
    // A family name of plain words may stand unquoted in CSS; any other is quoted.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z][A-Za-z0-9 -]*$"));
    static const QRegularExpression attribute(QStringLiteral("font-family=\"([^\"]*)\""));
    // The generic family a family belongs to, by its name: the charts draw in a sans-serif.
    const auto genericFamily = [](const QString &family) {
        const QString name = family.toLower();
        if (generic.contains(name))
            return name;
        if (name.contains(QLatin1String("mono")))
            return QStringLiteral("monospace");
        if (name.contains(QLatin1String("serif")) && !name.contains(QLatin1String("sans")))
            return QStringLiteral("serif");
        return QStringLiteral("sans-serif");
    };
    const QString text = QString::fromUtf8(svg);
    QString result;
    qsizetype done = 0;
    for (QRegularExpressionMatchIterator it = attribute.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString asked = match.captured(1).trimmed();
        QStringList families;
        if (!asked.isEmpty() && !generic.contains(asked.toLower())) {
            // The family the text was drawn with: what the alias stood for on this machine.
            const QString drawn = QFontInfo(QFont(asked)).family();
            const QString family = drawn.isEmpty() ? asked : drawn;
            // fontconfig's aliases are no family a viewer has: the generic family says it all.
            static const QStringList aliases{QStringLiteral("sans serif"), QStringLiteral("sans"),
                                             QStringLiteral("serif"), QStringLiteral("mono"),
                                             QStringLiteral("monospace")};
            if (!generic.contains(family.toLower()) && !aliases.contains(family.toLower()))
                families.append(plain.match(family).hasMatch()
                                    ? family
                                    : QLatin1Char('\'') + family + QLatin1Char('\''));
        }
        families.append(genericFamily(families.isEmpty() ? asked : families.constFirst()));
        result += QStringView(text).mid(done, match.capturedStart() - done);
        result += QStringLiteral("font-family=\"%1\"").arg(families.join(QStringLiteral(", ")));
        done = match.capturedEnd();
    }
    result += QStringView(text).mid(done);
    return result.toUtf8();
}

bool KpiCharts::exportChart(Kind kind, const KpiSnapshot &snapshot, const QString &path, QSize size,
                            int dpi, QString *errorMessage)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!fileSuffixes().contains(suffix)) {
        *errorMessage =
            tr("Cannot tell the image format of \"%1\": name it .png, .svg or .pdf.").arg(path);
        return false;
    }
    if (!hasData(kind, snapshot)) {
        *errorMessage = emptyMessage(kind, snapshot);
        return false;
    }
    if (size.width() < 100 || size.height() < 100 || dpi < 36 || dpi > 1200) {
        *errorMessage = tr("The chart size must be at least 100 × 100 pixels, and the resolution "
                           "between 36 and 1200 dpi.");
        return false;
    }

    const std::unique_ptr<QChart> chart = create(kind, snapshot);
    // Texts are laid out for the resolution: at 300 dpi a 2400-pixel image holds a chart of
    // 768 logical pixels, drawn sharp.
    const QSizeF layoutSize = QSizeF(size) * (96.0 / dpi);
    const QString description = title(kind) + QStringLiteral(" — ") +
                                KpiCatalogue::scopeName(snapshot.scope) + QStringLiteral(", ") +
                                KpiCatalogue::periodText(snapshot.scope);
    const auto draw = [&](QIODevice *file, QString *) {
        if (suffix == QLatin1String("png")) {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            const int dotsPerMeter = int(std::lround(dpi / 0.0254));
            image.setDotsPerMeterX(dotsPerMeter);
            image.setDotsPerMeterY(dotsPerMeter);
            image.setText(QStringLiteral("Title"), description);
            QPainter painter(&image);
            render(chart.get(), &painter, QRectF(QPointF(0, 0), QSizeF(size)), layoutSize);
            painter.end();
            return image.save(file, "PNG");
        } else if (suffix == QLatin1String("svg")) {
            // Drawn into memory first: the font families are named for SVG viewers afterwards.
            QBuffer drawing;
            drawing.open(QIODevice::WriteOnly);
            QSvgGenerator generator;
            generator.setOutputDevice(&drawing);
            generator.setSize(size);
            generator.setViewBox(QRect(QPoint(0, 0), size));
            generator.setResolution(dpi);
            generator.setTitle(title(kind));
            generator.setDescription(description);
            QPainter painter;
            if (!painter.begin(&generator))
                return false;
            render(chart.get(), &painter, QRectF(QPointF(0, 0), QSizeF(size)), layoutSize);
            if (!painter.end())
                return false;
            const QByteArray svg = svgWithGenericFontFamilies(drawing.data());
            return file->write(svg) == svg.size();
        } else {
            QPdfWriter writer(file);
            writer.setTitle(description);
            writer.setCreator(QStringLiteral("LEC Desk"));
            writer.setResolution(dpi);
            // One page the shape of the chart: size pixels at dpi.
            writer.setPageSize(QPageSize(QSizeF(size) * (72.0 / dpi), QPageSize::Point, QString(),
                                         QPageSize::ExactMatch));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter;
            if (!painter.begin(&writer))
                return false;
            render(chart.get(), &painter, QRectF(QPointF(0, 0), QSizeF(size)), layoutSize);
            return painter.end();
        }
    };
    return AtomicFile::write(path, draw, errorMessage);
}
