#pragma once

#include "models/events/Event.h"
#include "models/kpi/Kpi.h"
#include "models/partners/Partner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

class QChart;
class QPainter;

// The three KPI charts of the dashboard, the chart export, `lecdesk chart` and the report, built
// in one place so that they look the same everywhere. Titles and labels follow the current
// translator and locale; every chart names its cluster and period in a subtitle.
class KpiCharts
{
    Q_DECLARE_TR_FUNCTIONS(KpiCharts)

public:
    enum class Kind {
        InstitutionsByType, // horizontal bars, one per partner type
        ReachByMonth,       // lines: pupils, teachers, parents, researchers, accumulated
        EventsByKind,       // horizontal bars, one per event kind
    };

    static const QList<Kind> &kinds();
    // For the command line: "institutions", "reach", "events".
    static QString key(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString title(Kind kind);

    // Whether the chart has anything to draw; when not, emptyMessage() says so for the scope.
    static bool hasData(Kind kind, const KpiSnapshot &snapshot);
    static QString emptyMessage(Kind kind, const KpiSnapshot &snapshot);

    // A new chart, without animations.
    static std::unique_ptr<QChart> create(Kind kind, const KpiSnapshot &snapshot);
    // Which bar of a bar chart shows which type or kind: the first type is drawn at the top.
    static PartnerType typeAtBar(int index);
    static EventKind kindAtBar(int index);

    // Draws the chart into target, e.g. a PDF page or a report; size is the chart's own layout
    // size in logical pixels, scaled to fill target.
    static void render(QChart *chart, QPainter *painter, const QRectF &target, QSizeF size);

    // Writes the chart to a PNG, SVG or PDF file chosen by its suffix. size is in pixels for
    // PNG, and dpi the resolution that the texts are drawn for (96: screen size; 300: print).
    // False with *errorMessage when the suffix is unknown, the chart is empty or the file
    // cannot be written.
    static bool exportChart(Kind kind, const KpiSnapshot &snapshot, const QString &path, QSize size,
                            int dpi, QString *errorMessage);
    static QStringList fileSuffixes(); // png, svg, pdf
    // The SVG with every font-family naming the family its texts were drawn with and then a CSS
    // generic family ("DejaVu Sans, sans-serif"), instead of a name only Qt knows ("Sans Serif").
    static QByteArray svgWithGenericFontFamilies(const QByteArray &svg);
};
