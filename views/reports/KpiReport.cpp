#include "views/reports/KpiReport.h"

#include "models/common/AtomicFile.h"
#include "models/common/Clock.h"
#include "models/common/Translations.h"
#include "views/dashboard/KpiCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QCollator>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <memory>

namespace {

// The report is laid out in the pixels of a 300 dpi page; sizes are given in mm and pt.
constexpr int resolution = 300;
constexpr double mm(double value)
{
    return value / 25.4 * resolution;
}
constexpr double pt(double value)
{
    return value / 72.0 * resolution;
}
// The text document takes margins, paddings and borders in pixels of a 96 dpi screen, and
// scales them to the page itself.
constexpr double docPt(double value)
{
    return value / 72.0 * 96;
}

const QSizeF pageSize(mm(210), mm(297));
const QMarginsF pageMargins(mm(22), mm(22), mm(22), mm(24));

// Table text, and the grey line under it (an event's organisers).
constexpr double cellPoints = 8;
constexpr double notePoints = 7;
constexpr double headerPoints = 7.5; // column headers
constexpr double sidePadding = 3;    // points left and right of a cell's text

// The house style: one accent colour, dark grey text, hairline rules.
const QColor accent(0x1f, 0x4e, 0x79);
const QColor ink(0x22, 0x27, 0x2c);
const QColor muted(0x5c, 0x67, 0x72);
const QColor ruleColour(0xc5, 0xce, 0xd8);
const QColor headerFill(0xe8, 0xee, 0xf4);
const QColor totalFill(0xf2, 0xf4, 0xf7);

QFont reportFont(double points, QFont::Weight weight = QFont::Normal)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setWeight(weight);
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: "fi" stays two letters for search, copy and screen readers.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString targetText(double target)
{
    if (target == double(qint64(target)))
        return number(qint64(target));
    return QLocale().toString(target, 'f', 1);
}

QString percentText(double ratio)
{
    const QLocale locale;
    return locale.toString(ratio * 100, 'f', 0) + locale.percent();
}

QString dayText(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

QString longDayText(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

// Draws a KPI chart where the text flow holds its object character, as vectors.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    static constexpr int kindProperty = QTextFormat::UserProperty + 1;
    static constexpr int widthProperty = QTextFormat::UserProperty + 2;
    static constexpr int heightProperty = QTextFormat::UserProperty + 3;

    explicit ChartObject(const KpiSnapshot &snapshot)
        : m_snapshot(snapshot)
    {
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return {format.doubleProperty(widthProperty), format.doubleProperty(heightProperty)};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const auto kind = KpiCharts::Kind(format.intProperty(kindProperty));
        const std::unique_ptr<QChart> chart = KpiCharts::create(kind, m_snapshot);
        painter->save();
        // Laid out at screen size (96 px per inch), so the chart's texts print at their sizes.
        KpiCharts::render(chart.get(), painter, rect, rect.size() * (96.0 / resolution));
        painter->restore();
    }

private:
    const KpiSnapshot &m_snapshot;
};

// The cells of a table row, each drawn as one object as tall as the row. The text document
// paginates every cell of a row on its own, line by line, so that a row can be torn across two
// pages; one object per cell, all of one height, fit on a page or move to the next together.
// The text is drawn as text: it can still be searched and copied.
class CellTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 2;
    static constexpr int textProperty = QTextFormat::UserProperty + 11;
    static constexpr int noteProperty = QTextFormat::UserProperty + 12;
    static constexpr int widthProperty = QTextFormat::UserProperty + 13;
    static constexpr int heightProperty = QTextFormat::UserProperty + 14;
    static constexpr int alignmentProperty = QTextFormat::UserProperty + 15;

    // The height of the text and its note wrapped to width.
    static double textHeight(const QString &text, const QString &note, double width,
                             QPaintDevice *device)
    {
        double height = 0;
        for (const Part &part : parts(text, note)) {
            QTextLayout layout(part.text, part.font, device);
            height += lay(layout, width, height, Qt::AlignLeft);
        }
        return height;
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return {format.doubleProperty(widthProperty), format.doubleProperty(heightProperty)};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int,
                    const QTextFormat &format) override
    {
        QPaintDevice *device = document->documentLayout()->paintDevice();
        const auto alignment = Qt::Alignment(format.intProperty(alignmentProperty));
        double height = 0;
        for (const Part &part :
             parts(format.stringProperty(textProperty), format.stringProperty(noteProperty))) {
            QTextLayout layout(part.text, part.font, device);
            height += lay(layout, rect.width(), height, alignment);
            painter->setPen(part.colour);
            layout.draw(painter, rect.topLeft());
        }
    }

private:
    struct Part
    {
        QString text;
        QFont font;
        QColor colour;
    };

    static QList<Part> parts(const QString &text, const QString &note)
    {
        QList<Part> list{{text, reportFont(cellPoints), ink}};
        if (!note.isEmpty())
            list.append({note, reportFont(notePoints), muted});
        return list;
    }

    // Breaks the text into lines of the width from y down; returns the height used.
    static double lay(QTextLayout &layout, double width, double y, Qt::Alignment alignment)
    {
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        double height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y + height));
            height += line.height();
        }
        layout.endLayout();
        return height;
    }
};

// A table cell: its text, and an optional second line in small grey type.
struct Cell
{
    QString text;
    QString note = {};
};

// A column either fits its content (numbers, dates: never wrapped) or shares the width left
// with the other filling columns, by weight.
struct Column
{
    QString header;
    double weight = 0; // 0: as wide as its widest cell, and its header on one or more lines
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Builds the body of the report (everything after the title page) as a paginated text document.
class ReportBuilder
{
public:
    ReportBuilder(QTextDocument *document, const QSizeF &textSize)
        : m_document(document)
        , m_cursor(document)
        , m_textSize(textSize)
    {
        m_body.setFont(reportFont(9.5));
        m_body.setForeground(ink);
        m_muted.setFont(reportFont(8.5));
        m_muted.setForeground(muted);
        m_cell.setFont(reportFont(cellPoints));
        m_cell.setForeground(ink);
        m_cellBold = m_cell;
        m_cellBold.setFontWeight(QFont::Bold);
        m_cellHeader = m_cellBold;
        m_cellHeader.setFont(reportFont(headerPoints, QFont::Bold));
        m_cellHeader.setForeground(accent);
    }

    // A section title; every section but the first starts on a new page.
    void heading1(const QString &text)
    {
        QTextBlockFormat block;
        block.setBottomMargin(docPt(8));
        if (m_sections++ > 0)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        heading(text, 16, block);
    }

    void heading2(const QString &text)
    {
        QTextBlockFormat block;
        block.setTopMargin(docPt(16));
        block.setBottomMargin(docPt(5));
        heading(text, 11, block);
    }

    void paragraph(const QString &text, bool small = false)
    {
        QTextBlockFormat block;
        block.setBottomMargin(docPt(small ? 4 : 6));
        block.setLineHeight(small ? 120 : 130, QTextBlockFormat::ProportionalHeight);
        startBlock(block, small ? m_muted : m_body);
        m_cursor.insertText(text);
    }

    // A chart the width of the text, with a little air above and below.
    void chart(KpiCharts::Kind kind)
    {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setTopMargin(docPt(6));
        block.setBottomMargin(docPt(14));
        startBlock(block, m_body);
        QTextCharFormat object;
        object.setObjectType(ChartObject::objectType);
        object.setProperty(ChartObject::kindProperty, int(kind));
        object.setProperty(ChartObject::widthProperty, m_textSize.width());
        // Two charts and the section title fit on a page.
        object.setProperty(ChartObject::heightProperty, m_textSize.width() * 0.6);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    // A table with a header row repeated on every page it spans and, when given, a total row
    // whose first cell spans totalSpan columns.
    // widths: those of columnWidths() when several tables should line up, else measured here.
    void table(const QList<Column> &columns, const QList<QList<Cell>> &rows,
               const QList<Cell> &total = {}, int totalSpan = 1, QList<double> widths = {})
    {
        const int rowCount = int(rows.size()) + 1 + (total.isEmpty() ? 0 : 1);
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setBorderCollapse(true);
        format.setBorder(0);
        format.setCellSpacing(0);
        format.setCellPadding(0);
        format.setMargin(0);
        format.setTopMargin(docPt(2));
        format.setBottomMargin(docPt(14));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (widths.isEmpty())
            widths = columnWidths(columns, rows, total, totalSpan);
        QList<QTextLength> constraints;
        for (double width : widths)
            constraints.append(
                QTextLength(QTextLength::PercentageLength, 100 * width / m_textSize.width()));
        format.setColumnWidthConstraints(constraints);

        QTextBlock before = m_cursor.block();
        QTextTable *table = m_cursor.insertTable(rowCount, int(columns.size()), format);
        QList<Cell> header;
        for (const Column &column : columns)
            header.append({column.header});
        fillRow(table, 0, columns, widths, header, Role::Header);
        for (qsizetype row = 0; row < rows.size(); ++row)
            fillRow(table, int(row) + 1, columns, widths, rows.at(row), Role::Body);
        if (!total.isEmpty()) {
            const int last = rowCount - 1;
            if (totalSpan > 1)
                table->mergeCells(last, 0, 1, totalSpan);
            QList<Cell> cells = total;
            // A spanned cell swallows the ones it covers.
            for (int i = 1; i < totalSpan; ++i)
                cells.insert(1, Cell{});
            fillRow(table, last, columns, widths, cells, Role::Total);
        }
        // What stands right above the table stays with it when the table is short, else with
        // its first rows.
        const int keptRow = rowCount <= shortTable ? rowCount - 1 : std::min(rowCount - 1, 2);
        m_keeps.append({before, rowBlocks(table, keptRow)});
        m_cursor.movePosition(QTextCursor::End);
        m_fresh = true;
    }

    // The width of each column in the pixels of the page: fitted columns get what their content
    // needs, the filling ones share the rest.
    QList<double> columnWidths(const QList<Column> &columns, const QList<QList<Cell>> &rows,
                               const QList<Cell> &total, int totalSpan) const
    {
        QPaintDevice *device = m_document->documentLayout()->paintDevice();
        const QFontMetricsF header(m_cellHeader.font(), device);
        const QFontMetricsF body(m_cell.font(), device);
        const QFontMetricsF bold(m_cellBold.font(), device);
        // A hair more than the padding, in case of rounding.
        const double padding = cellPadding() + mm(0.6);
        static const QRegularExpression breaks(QStringLiteral("(?<=-)|\\s+"));
        QList<double> needed;
        double fixed = 0;
        double weights = 0;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Column &column = columns.at(c);
            if (column.weight > 0) {
                needed.append(0);
                weights += column.weight;
                continue;
            }
            double width = mm(11) - padding;
            for (const QList<Cell> &row : rows)
                width = std::max(width, body.horizontalAdvance(row.value(c).text));
            if (c >= totalSpan)
                width =
                    std::max(width, bold.horizontalAdvance(total.value(c - totalSpan + 1).text));
            // The header on one line when that costs little, else broken between words.
            const double wholeHeader = header.horizontalAdvance(column.header);
            if (wholeHeader <= std::max(width * 1.6, mm(24))) {
                width = std::max(width, wholeHeader);
            } else {
                for (const QString &word : column.header.split(breaks, Qt::SkipEmptyParts))
                    width = std::max(width, header.horizontalAdvance(word));
            }
            width += padding;
            needed.append(width);
            fixed += width;
        }
        const double free = std::max(0.0, m_textSize.width() - fixed);
        QList<double> widths;
        for (qsizetype c = 0; c < columns.size(); ++c)
            widths.append(columns.at(c).weight > 0 ? free * columns.at(c).weight / weights
                                                   : needed.at(c));
        return widths;
    }

    // Lays the document out and, in reading order, moves to the next page whatever would end a
    // page apart from what it introduces: a heading from its paragraph, chart or first table
    // rows; the text above a short table from the whole table. (Rows never split: see
    // CellTextObject.)
    void paginate()
    {
        // A heading followed by a paragraph or a chart keeps to it.
        for (const QTextBlock &heading : std::as_const(m_headings)) {
            const QTextBlock next = heading.next();
            if (next.isValid() && !qobject_cast<QTextTable *>(m_document->frameAt(next.position())))
                m_keeps.append({heading, {next}});
        }
        std::stable_sort(m_keeps.begin(), m_keeps.end(), [](const Keep &a, const Keep &b) {
            return a.start.position() < b.start.position();
        });
        QAbstractTextDocumentLayout *layout = m_document->documentLayout();
        const double pageHeight = m_document->pageSize().height();
        // Something that starts this close to the top of a page cannot be helped by a break.
        const double pageTop = pageHeight * 0.15;
        for (const Keep &keep : std::as_const(m_keeps)) {
            const double top = layout->blockBoundingRect(keep.start).top();
            double bottom = top;
            for (const QTextBlock &block : keep.ends)
                bottom = std::max(bottom, layout->blockBoundingRect(block).bottom());
            const int page = int(top / pageHeight);
            if (int((bottom - 1) / pageHeight) == page || top - page * pageHeight < pageTop)
                continue;
            breakBefore(keep.start);
        }
    }

private:
    enum class Role { Header, Body, Total };
    static constexpr int shortTable = 8; // rows, the header included

    static void breakBefore(const QTextBlock &block)
    {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }

    // The left and right padding of a cell together, in the pixels of the page.
    static double cellPadding() { return docPt(sidePadding) * 2 * resolution / 96.0; }
    static double contentWidth(const QList<double> &widths, int column)
    {
        return widths.value(column) - cellPadding();
    }

    static QList<QTextBlock> rowBlocks(QTextTable *table, int row)
    {
        QList<QTextBlock> blocks;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.column() == column)
                blocks.append(cell.lastCursorPosition().block());
        }
        return blocks;
    }

    void heading(const QString &text, double points, const QTextBlockFormat &block)
    {
        QTextCharFormat format;
        format.setFont(reportFont(points, QFont::DemiBold));
        format.setForeground(accent);
        startBlock(block, format);
        m_cursor.insertText(text);
        m_headings.append(m_cursor.block());
    }

    void startBlock(const QTextBlockFormat &block, const QTextCharFormat &format)
    {
        if (m_fresh) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(format);
            m_cursor.setCharFormat(format);
            m_fresh = false;
        } else {
            m_cursor.insertBlock(block, format);
        }
    }

    void fillRow(QTextTable *table, int row, const QList<Column> &columns,
                 const QList<double> &widths, const QList<Cell> &cells, Role role)
    {
        // The height of the row's tallest cell, for every cell of a body row.
        double height = 0;
        if (role == Role::Body) {
            QPaintDevice *device = m_document->documentLayout()->paintDevice();
            for (int column = 0; column < table->columns() && column < cells.size(); ++column)
                height = std::max(
                    height, CellTextObject::textHeight(cells.at(column).text, cells.at(column).note,
                                                       contentWidth(widths, column), device));
        }
        for (int column = 0; column < table->columns() && column < cells.size(); ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue; // covered by a spanned cell
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            format.setTopPadding(docPt(role == Role::Header ? 3.5 : 2.5));
            format.setBottomPadding(docPt(role == Role::Header ? 3.5 : 2.5));
            format.setLeftPadding(docPt(sidePadding));
            format.setRightPadding(docPt(sidePadding));
            format.setTopBorder(0);
            format.setLeftBorder(0);
            format.setRightBorder(0);
            format.setBottomBorder(docPt(role == Role::Body ? 0.4 : 0.8));
            format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBottomBorderBrush(role == Role::Body ? ruleColour : accent);
            if (role == Role::Header)
                format.setBackground(headerFill);
            else if (role == Role::Total)
                format.setBackground(totalFill);
            format.setVerticalAlignment(role == Role::Header ? QTextCharFormat::AlignBottom
                                                             : QTextCharFormat::AlignTop);
            cell.setFormat(format);

            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat block;
            const Qt::Alignment alignment =
                column < columns.size() ? columns.at(column).alignment : Qt::AlignLeft;
            block.setAlignment(alignment);
            cursor.setBlockFormat(block);
            const QTextCharFormat &text = role == Role::Header  ? m_cellHeader
                                          : role == Role::Total ? m_cellBold
                                                                : m_cell;
            if (role == Role::Body) {
                QTextCharFormat object = text;
                object.setObjectType(CellTextObject::objectType);
                object.setProperty(CellTextObject::textProperty, cells.at(column).text);
                object.setProperty(CellTextObject::noteProperty, cells.at(column).note);
                object.setProperty(CellTextObject::widthProperty, contentWidth(widths, column));
                object.setProperty(CellTextObject::heightProperty, height);
                object.setProperty(CellTextObject::alignmentProperty, int(alignment));
                cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
                continue;
            }
            cursor.insertText(cells.at(column).text, text);
        }
    }

    QTextDocument *m_document;
    QTextCursor m_cursor;
    QSizeF m_textSize;
    bool m_fresh = true; // the cursor stands in an empty block that the next text may use
    int m_sections = 0;
    QTextCharFormat m_body, m_muted, m_cell, m_cellBold, m_cellHeader;
    QList<QTextBlock> m_headings;
    // A block that must not end a page apart from the blocks that follow it.
    struct Keep
    {
        QTextBlock start;
        QList<QTextBlock> ends;
    };
    QList<Keep> m_keeps;
};

} // namespace

KpiReport::KpiReport(KpiReportData data)
    : m_data(std::move(data))
    , m_preparedOn(Clock::today())
{
}

QString KpiReport::documentTitle()
{
    return tr("Periodic report");
}

QString KpiReport::suggestedFileName(const KpiScope &scope)
{
    QString name = KpiCatalogue::scopeName(scope);
    if (!scope.periodName.isEmpty())
        name += QStringLiteral(" - ") + scope.periodName;
    else
        name += QStringLiteral(" - ") + scope.from.toString(Qt::ISODate) + QStringLiteral(" ") +
                scope.to.toString(Qt::ISODate);
    name = tr("%1 - report.pdf").arg(name);
    // Characters that some file systems refuse.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    }
    return name;
}

namespace {

// The sections of the report in the document that follows the title page.
class ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(KpiReport)

public:
    ReportContent(const KpiReportData &data, ReportBuilder &builder)
        : m_data(data)
        , m_build(builder)
        , m_language(Translations::current())
    {
    }

    void kpis()
    {
        const KpiSnapshot &snapshot = m_data.snapshot;
        m_build.heading1(tr("Key performance indicators"));
        m_build.paragraph(
            tr("The key performance indicators of %1 for %2. Institutions involved are the "
               "partners whose membership overlaps the period; the people reached and the events "
               "count the events held that start in the period.")
                .arg(KpiCatalogue::scopeName(snapshot.scope),
                     KpiCatalogue::periodText(snapshot.scope)));
        if (snapshot.values.isEmpty())
            m_build.paragraph(tr("There is nothing to report for this period: no institution was "
                                 "a member and no event was held."));

        QList<QList<Cell>> rows;
        for (const KpiDefinition &kpi : KpiCatalogue::all()) {
            const std::optional<double> target = snapshot.target(kpi.key);
            const std::optional<double> progress = snapshot.progress(kpi);
            // A target only some clusters set says so under the indicator's name.
            rows.append({{kpi.label(), snapshot.targetNote(kpi)},
                         {number(kpi.value(snapshot.values))},
                         {target ? targetText(*target) : dash()},
                         {progress ? percentText(*progress) : dash()}});
        }
        m_build.table({{tr("Indicator"), 49},
                       {tr("Actual"), 17, Qt::AlignRight},
                       {tr("Target"), 17, Qt::AlignRight},
                       {tr("Progress"), 17, Qt::AlignRight}},
                      rows);
        if (snapshot.scope.periodName.isEmpty())
            m_build.paragraph(tr("The report covers a range of dates rather than a reporting "
                                 "period, so no targets apply."),
                              true);
        else if (snapshot.targets.isEmpty())
            m_build.paragraph(tr("No targets were set for the reporting period “%1”.")
                                  .arg(snapshot.scope.periodName),
                              true);
        else
            m_build.paragraph(
                (snapshot.scope.isAll()
                     ? tr("Targets are those of the reporting period “%1”, summed over the "
                          "clusters that set them; progress is the actual value of those "
                          "clusters divided by the target, so a cluster without the target adds "
                          "nothing to its progress.")
                     : tr("Targets are those of the reporting period “%1”; progress is the "
                          "actual value divided by the target."))
                    .arg(snapshot.scope.periodName),
                true);

        m_build.heading2(tr("Institutions involved, by type"));
        QList<QList<Cell>> types;
        for (PartnerType type : PartnerVocabulary::types())
            types.append(
                {{PartnerVocabulary::label(type)}, {number(snapshot.values.institutions(type))}});
        m_build.table({{tr("Type"), 1}, {tr("Institutions"), 0, Qt::AlignRight}}, types,
                      {{tr("Total")}, {number(snapshot.values.institutions())}});

        m_build.heading2(tr("Events held, by kind"));
        QList<QList<Cell>> kinds;
        for (EventKind kind : EventVocabulary::kinds())
            kinds.append(
                {{EventVocabulary::label(kind)}, {number(snapshot.values.eventsHeld(kind))}});
        m_build.table({{tr("Kind"), 1}, {tr("Events held"), 0, Qt::AlignRight}}, kinds,
                      {{tr("Total")}, {number(snapshot.values.eventsHeld())}});
    }

    void charts()
    {
        m_build.heading1(tr("Charts"));
        for (KpiCharts::Kind kind : KpiCharts::kinds()) {
            if (KpiCharts::hasData(kind, m_data.snapshot)) {
                m_build.chart(kind);
            } else {
                m_build.heading2(KpiCharts::title(kind));
                m_build.paragraph(KpiCharts::emptyMessage(kind, m_data.snapshot));
            }
        }
    }

    void events()
    {
        const KpiSnapshot &snapshot = m_data.snapshot;
        m_build.heading1(tr("Events held by kind"));
        if (m_data.events.isEmpty()) {
            m_build.paragraph(
                KpiCharts::emptyMessage(KpiCharts::Kind::EventsByKind, m_data.snapshot));
            return;
        }
        m_build.paragraph(
            tr("%n event(s) held that start in the period, by kind and date, with the people "
               "who took part. A figure that was not recorded is shown as “%1” and counts as 0.",
               nullptr, int(m_data.events.size()))
                .arg(dash()));

        // Each kind's rows and total first, so that the tables of every kind line up.
        struct KindTable
        {
            EventKind kind;
            QList<QList<Cell>> rows;
            QList<Cell> total;
        };
        QList<KindTable> tables;
        QList<QList<Cell>> allRows;
        std::array<qint64, figureCount> overall{};
        QList<QList<Cell>> summary;
        for (EventKind kind : EventVocabulary::kinds()) {
            KindTable table{kind, {}, {}};
            std::array<qint64, figureCount> sums{};
            for (const Event &event : m_data.events) {
                if (event.kind != kind)
                    continue;
                QList<Cell> row{{dayText(event.startDate)},
                                {event.title(m_language), eventNote(event)}};
                for (Figure figure : EventVocabulary::figures()) {
                    const std::optional<int> value = event.figure(figure);
                    sums[std::size_t(figure)] += value.value_or(0);
                    row.append({value ? number(*value) : dash()});
                }
                table.rows.append(row);
            }
            const int count = int(table.rows.size());
            QList<Cell> summaryRow{{EventVocabulary::label(kind)}, {number(count)}};
            table.total.append({tr("Total: %n event(s)", nullptr, count)});
            for (Figure figure : EventVocabulary::figures()) {
                const qint64 sum = sums[std::size_t(figure)];
                summaryRow.append({number(sum)});
                table.total.append({number(sum)});
                overall[std::size_t(figure)] += sum;
            }
            summary.append(summaryRow);
            if (count > 0) {
                allRows += table.rows;
                tables.append(table);
            }
        }

        const QList<Column> columns = eventColumns({tr("Date")}, {tr("Event"), 1});
        QList<Cell> widest{{}};
        for (qint64 sum : overall)
            widest.append({number(sum)});
        const QList<double> widths = m_build.columnWidths(columns, allRows, widest, 2);
        for (const KindTable &table : std::as_const(tables)) {
            m_build.heading2(tr("%1: %n event(s)", nullptr, int(table.rows.size()))
                                 .arg(EventVocabulary::label(table.kind)));
            m_build.table(columns, table.rows, table.total, 2, widths);
        }

        m_build.heading2(tr("All kinds"));
        QList<Cell> total{{tr("Total")}, {number(snapshot.values.eventsHeld())}};
        for (qint64 sum : overall)
            total.append({number(sum)});
        m_build.table(eventColumns({tr("Kind"), 1}, {tr("Events"), 0, Qt::AlignRight}), summary,
                      total);
    }

    void institutions()
    {
        m_build.heading1(tr("Institutions involved by type"));
        if (m_data.institutions.isEmpty()) {
            m_build.paragraph(
                KpiCharts::emptyMessage(KpiCharts::Kind::InstitutionsByType, m_data.snapshot));
            return;
        }
        const bool rollUp = m_data.snapshot.scope.isAll();
        m_build.paragraph(tr("%n institution(s) were members during the period: each joined "
                             "before it ended and had not left before it began.",
                             nullptr, int(m_data.institutions.size())));
        QList<Partner> sorted = m_data.institutions;
        const QCollator collator = [] {
            QCollator c;
            c.setCaseSensitivity(Qt::CaseInsensitive);
            c.setNumericMode(true);
            return c;
        }();
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&collator](const Partner &a, const Partner &b) {
                             return collator.compare(a.name, b.name) < 0;
                         });
        QList<Column> columns{{tr("Name"), 3}, {tr("City"), 1.3}};
        if (rollUp)
            columns.append({tr("Cluster"), 1.3});
        columns.append({tr("Member since"), 0, Qt::AlignRight});
        QList<std::pair<PartnerType, QList<QList<Cell>>>> tables;
        QList<QList<Cell>> allRows;
        for (PartnerType type : PartnerVocabulary::types()) {
            QList<QList<Cell>> rows;
            for (const Partner &partner : std::as_const(sorted)) {
                if (partner.type != type)
                    continue;
                QList<Cell> row{{partner.name}, {partner.city}};
                if (rollUp)
                    row.append({m_data.clusterNames.value(partner.clusterId)});
                row.append({partner.joinedOn.isValid() ? dayText(partner.joinedOn) : dash()});
                rows.append(row);
            }
            if (rows.isEmpty())
                continue;
            allRows += rows;
            tables.append({type, rows});
        }
        // One set of widths, so that the tables of every type line up.
        const QList<double> widths = m_build.columnWidths(columns, allRows, {}, 1);
        for (const auto &[type, rows] : std::as_const(tables)) {
            m_build.heading2(tr("%1: %n institution(s)", nullptr, int(rows.size()))
                                 .arg(PartnerVocabulary::label(type)));
            m_build.table(columns, rows, {}, 1, widths);
        }
    }

private:
    static QString dash() { return QStringLiteral("–"); }

    // Under an event's title: who organised it and, in the roll-up, in which cluster.
    QString eventNote(const Event &event) const
    {
        QStringList names;
        for (const QString &id : event.organiserIds) {
            const QString name = m_data.partnerNames.value(id);
            if (!name.isEmpty())
                names.append(name);
        }
        const QString organisers =
            names.isEmpty() ? QString()
                            : tr("Organised by %1").arg(names.join(QStringLiteral(", ")));
        if (!m_data.snapshot.scope.isAll())
            return organisers;
        const QString cluster = m_data.clusterNames.value(event.clusterId);
        if (organisers.isEmpty())
            return cluster;
        return tr("%1 · %2").arg(cluster, organisers);
    }

    // The columns of the event tables: two leading ones, then one per participation figure.
    static QList<Column> eventColumns(const Column &first, const Column &second)
    {
        QList<Column> columns{first, second};
        for (Figure figure : EventVocabulary::figures())
            columns.append({EventVocabulary::label(figure), 0, Qt::AlignRight});
        return columns;
    }

    const KpiReportData &m_data;
    ReportBuilder &m_build;
    QString m_language;
};

// The page furniture: the title page, and the running footer of the other pages.
class PagePainter
{
    Q_DECLARE_TR_FUNCTIONS(KpiReport)

public:
    PagePainter(QPainter *painter, const KpiReportData &data)
        : m_painter(painter)
        , m_data(data)
    {
    }

    void titlePage(QDate preparedOn)
    {
        const KpiScope &scope = m_data.snapshot.scope;
        const double left = pageMargins.left();
        const double width = pageSize.width() - pageMargins.left() - pageMargins.right();
        QPainter &p = *m_painter;

        // A band of the accent colour along the top edge.
        p.fillRect(QRectF(0, 0, pageSize.width(), mm(9)), accent);
        double y = mm(30);
        y = text(QStringLiteral("LEC Desk"), reportFont(10, QFont::DemiBold), muted, left, y,
                 width);

        y = mm(88);
        y = text(KpiReport::documentTitle(), reportFont(30, QFont::Bold), accent, left, y, width);
        y += pt(6);
        y = text(tr("Key performance indicators, events held and institutions involved"),
                 reportFont(13), muted, left, y, width);
        y += mm(10);
        p.fillRect(QRectF(left, y, mm(30), pt(2.5)), accent);
        y += mm(10);

        y = text(KpiCatalogue::scopeName(scope), reportFont(22, QFont::DemiBold), ink, left, y,
                 width);
        y += pt(8);
        if (!scope.periodName.isEmpty()) {
            y = text(scope.periodName, reportFont(15), ink, left, y, width);
            y += pt(3);
        }
        y = text(tr("%1 – %2").arg(longDayText(scope.from), longDayText(scope.to)), reportFont(13),
                 muted, left, y, width);

        QStringList details;
        if (m_data.cluster) {
            const Cluster &cluster = *m_data.cluster;
            if (!cluster.coordinator.isEmpty())
                details.append(tr("Coordinated by %1").arg(cluster.coordinator));
            QStringList place;
            for (const QString &part : {cluster.region, cluster.country}) {
                if (!part.isEmpty())
                    place.append(part);
            }
            if (!place.isEmpty())
                details.append(place.join(QStringLiteral(", ")));
        } else {
            QStringList names = m_data.clusterNames.values();
            names.sort(Qt::CaseInsensitive);
            if (!names.isEmpty())
                details.append(tr("The project roll-up of every cluster: %1")
                                   .arg(names.join(QStringLiteral(", "))));
        }
        y += mm(12);
        for (const QString &line : std::as_const(details)) {
            y = text(line, reportFont(11), ink, left, y, width);
            y += pt(4);
        }

        const double bottom = pageSize.height() - pageMargins.bottom();
        p.fillRect(QRectF(left, bottom - mm(12), width, pt(0.6)), ruleColour);
        text(tr("Prepared with LEC Desk on %1").arg(longDayText(preparedOn)), reportFont(9), muted,
             left, bottom - mm(9), width);
    }

    void footer(int page, int pageCount)
    {
        const KpiScope &scope = m_data.snapshot.scope;
        const double left = pageMargins.left();
        const double width = pageSize.width() - pageMargins.left() - pageMargins.right();
        const double top = pageSize.height() - pageMargins.bottom() + mm(8);
        m_painter->fillRect(QRectF(left, top - mm(2.5), width, pt(0.5)), ruleColour);
        const QFont font = reportFont(7.5);
        const QString where =
            tr("%1 — %2").arg(KpiCatalogue::scopeName(scope), KpiCatalogue::periodText(scope));
        const QString pageText = tr("page %1 of %2").arg(page).arg(pageCount);
        m_painter->setFont(font);
        m_painter->setPen(muted);
        const QFontMetricsF metrics(font, m_painter->device());
        const double pageWidth = metrics.horizontalAdvance(pageText);
        m_painter->drawText(QRectF(left, top, width - pageWidth - mm(6), metrics.height()),
                            Qt::AlignLeft | Qt::AlignTop,
                            metrics.elidedText(where, Qt::ElideMiddle, width - pageWidth - mm(6)));
        m_painter->drawText(QRectF(left, top, width, metrics.height()),
                            Qt::AlignRight | Qt::AlignTop, pageText);
    }

private:
    // Draws wrapped text from (x, y) and returns where the next line may start.
    double text(const QString &string, const QFont &font, const QColor &colour, double x, double y,
                double width)
    {
        m_painter->setFont(font);
        m_painter->setPen(colour);
        const QFontMetricsF metrics(font, m_painter->device());
        const QRectF area(x, y, width, pageSize.height());
        const QRectF used = metrics.boundingRect(area, Qt::TextWordWrap | Qt::AlignLeft, string);
        m_painter->drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, string);
        return y + used.height();
    }

    QPainter *m_painter;
    const KpiReportData &m_data;
};

} // namespace

bool KpiReport::write(const QString &path, QString *errorMessage) const
{
    return AtomicFile::write(
        path, [this](QIODevice *device, QString *) { return draw(device); }, errorMessage);
}

bool KpiReport::draw(QIODevice *device) const
{
    const KpiScope &scope = m_data.snapshot.scope;
    QPdfWriter writer(device);
    writer.setResolution(resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("LEC Desk"));
    writer.setTitle(
        tr("%1 — %2, %3")
            .arg(documentTitle(), KpiCatalogue::scopeName(scope), KpiCatalogue::periodText(scope)));

    // The body is laid out for the printer's resolution, in pages the size of the text area.
    const QSizeF textSize(pageSize.width() - pageMargins.left() - pageMargins.right(),
                          pageSize.height() - pageMargins.top() - pageMargins.bottom());
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setDefaultFont(reportFont(9.5));
    document.setPageSize(textSize);
    ChartObject charts(m_data.snapshot);
    document.documentLayout()->registerHandler(ChartObject::objectType, &charts);
    CellTextObject cellTexts;
    document.documentLayout()->registerHandler(CellTextObject::objectType, &cellTexts);

    // One edit block: the document is laid out once, when complete.
    document.setUndoRedoEnabled(false);
    QTextCursor(&document).beginEditBlock();
    ReportBuilder builder(&document, textSize);
    ReportContent content(m_data, builder);
    content.kpis();
    content.charts();
    content.events();
    content.institutions();
    QTextCursor(&document).endEditBlock();
    builder.paginate();

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    PagePainter pages(&painter, m_data);
    pages.titlePage(m_preparedOn);

    // Qt's layout gives a section that must start a page an empty page of its own when the table
    // before it filled its page to the bottom; such pages are left out, and the pages numbered
    // as printed.
    QList<int> bodyPages;
    {
        QSet<int> drawn;
        const double pageHeight = textSize.height();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.text().trimmed().isEmpty())
                continue;
            const QRectF rect = document.documentLayout()->blockBoundingRect(block);
            // A pixel of slack each way: a block starting a page may sit a hair above its top.
            for (int page = int((rect.top() + 1) / pageHeight);
                 page <= int((rect.bottom() - 1) / pageHeight); ++page)
                drawn.insert(page);
        }
        bodyPages = drawn.values();
        std::sort(bodyPages.begin(), bodyPages.end());
    }
    const int pageCount = int(bodyPages.size()) + 1;
    for (qsizetype index = 0; index < bodyPages.size(); ++index) {
        const int page = bodyPages.at(index);
        writer.newPage();
        painter.save();
        painter.translate(pageMargins.left(), pageMargins.top() - page * textSize.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // A hair short of the next page: a line starting exactly there belongs to that page
        // and must not be drawn (hidden, yet in the text of the PDF) on this one too.
        context.clip = QRectF(QPointF(0, page * textSize.height()), textSize - QSizeF(0, 1));
        context.palette.setColor(QPalette::Text, ink);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        pages.footer(int(index) + 2, pageCount);
    }
    return painter.end();
}

#include "KpiReport.moc"
