#include "models/kpi/KpiXlsx.h"

#include "models/common/AtomicFile.h"
#include "models/kpi/KpiTable.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <xlsxwriter.h>

namespace {

// libxlsxwriter copies the strings it is given; the bytes only have to live for the call.
class Utf8
{
public:
    explicit Utf8(const QString &text)
        : m_bytes(text.toUtf8())
    {
    }
    operator const char *() const { return m_bytes.constData(); }

private:
    QByteArray m_bytes;
};

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *headerNumber = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *indented = nullptr;

    explicit Formats(lxw_workbook *workbook)
        : title(workbook_add_format(workbook))
        , header(workbook_add_format(workbook))
        , headerNumber(workbook_add_format(workbook))
        , integer(workbook_add_format(workbook))
        , decimal(workbook_add_format(workbook))
        , percent(workbook_add_format(workbook))
        , indented(workbook_add_format(workbook))
    {
        format_set_bold(title);
        format_set_font_size(title, 14);
        for (lxw_format *format : {header, headerNumber}) {
            format_set_bold(format);
            format_set_bottom(format, LXW_BORDER_THIN);
        }
        format_set_align(headerNumber, LXW_ALIGN_RIGHT);
        format_set_num_format(integer, "#,##0");
        format_set_num_format(decimal, "#,##0.00");
        format_set_num_format(percent, "0.0%");
        format_set_indent(indented, 1);
    }
};

// Column widths in characters, as Excel counts them, with a little air.
double widthFor(qsizetype characters)
{
    return double(characters) + 3;
}

void writeTitle(lxw_worksheet *sheet, const KpiTable &table, const Formats &formats)
{
    worksheet_write_string(sheet, 0, 0, Utf8(table.title()), formats.title);
    worksheet_set_row(sheet, 0, 22, nullptr);
}

void writeHeader(lxw_worksheet *sheet, lxw_row_t row, const QString &first,
                 std::initializer_list<KpiTable::Column> numberColumns, const Formats &formats)
{
    worksheet_write_string(sheet, row, 0, Utf8(first), formats.header);
    lxw_col_t column = 1;
    for (KpiTable::Column numberColumn : numberColumns)
        worksheet_write_string(sheet, row, column++, Utf8(KpiTable::columnTitle(numberColumn)),
                               formats.headerNumber);
}

void writeKpiSheet(lxw_worksheet *sheet, const KpiTable &table, const Formats &formats)
{
    writeTitle(sheet, table, formats);
    const lxw_row_t headerRow = 2;
    writeHeader(sheet, headerRow, KpiTable::columnTitle(KpiTable::Kpi),
                {KpiTable::Actual, KpiTable::Target, KpiTable::Progress}, formats);
    worksheet_write_string(sheet, headerRow, KpiTable::Note,
                           Utf8(KpiTable::columnTitle(KpiTable::Note)), formats.header);
    qsizetype labelWidth = KpiTable::columnTitle(KpiTable::Kpi).size();
    lxw_row_t row = headerRow + 1;
    for (const KpiTable::Row &kpi : table.rows()) {
        worksheet_write_string(sheet, row, KpiTable::Kpi, Utf8(kpi.label), nullptr);
        worksheet_write_number(sheet, row, KpiTable::Actual, double(kpi.actual), formats.integer);
        if (kpi.target) {
            const bool whole = std::floor(*kpi.target) == *kpi.target;
            worksheet_write_number(sheet, row, KpiTable::Target, *kpi.target,
                                   whole ? formats.integer : formats.decimal);
        }
        if (kpi.progress)
            worksheet_write_number(sheet, row, KpiTable::Progress, *kpi.progress, formats.percent);
        if (!kpi.note.isEmpty())
            worksheet_write_string(sheet, row, KpiTable::Note, Utf8(kpi.note), nullptr);
        labelWidth = std::max(labelWidth, kpi.label.size());
        ++row;
    }
    worksheet_set_column(sheet, KpiTable::Kpi, KpiTable::Kpi, widthFor(labelWidth), nullptr);
    qsizetype numberWidth = 10;
    for (KpiTable::Column column : {KpiTable::Actual, KpiTable::Target, KpiTable::Progress})
        numberWidth = std::max(numberWidth, KpiTable::columnTitle(column).size());
    worksheet_set_column(sheet, KpiTable::Actual, KpiTable::Progress, widthFor(numberWidth),
                         nullptr);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
}

void writeBreakdownSheet(lxw_worksheet *sheet, const KpiTable &table, const Formats &formats)
{
    writeTitle(sheet, table, formats);
    lxw_row_t row = 2;
    qsizetype labelWidth = 0;
    for (const KpiTable::Section &section : table.breakdowns()) {
        writeHeader(sheet, row++, section.title, {KpiTable::Actual}, formats);
        labelWidth = std::max(labelWidth, section.title.size());
        for (const KpiTable::Row &item : section.rows) {
            worksheet_write_string(sheet, row, 0, Utf8(item.label), formats.indented);
            worksheet_write_number(sheet, row, 1, double(item.actual), formats.integer);
            labelWidth = std::max(labelWidth, item.label.size() + 2);
            ++row;
        }
        ++row; // a blank row between the sections
    }
    worksheet_set_column(sheet, 0, 0, widthFor(labelWidth), nullptr);
    worksheet_set_column(
        sheet, 1, 1,
        widthFor(std::max<qsizetype>(10, KpiTable::columnTitle(KpiTable::Actual).size())), nullptr);
}

// Sheet names may not hold []:*?/\ and have at most 31 characters.
QString sheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    }
    return name.left(31);
}

} // namespace

bool KpiXlsx::write(const KpiTable &table, const QString &path, QString *errorMessage)
{
    // libxlsxwriter writes a file by name when the workbook is closed: into a private folder
    // first, then atomically to the path, so that a failure never leaves half a file there.
    QTemporaryDir folder;
    const QString draft = folder.filePath(QStringLiteral("kpi.xlsx"));
    if (!folder.isValid()) {
        *errorMessage = AtomicFile::cannotWriteMessage(path, folder.errorString());
        return false;
    }
    lxw_workbook *workbook = workbook_new(Utf8(draft));
    if (!workbook) {
        *errorMessage = AtomicFile::cannotWriteMessage(path, tr("the workbook cannot be created"));
        return false;
    }
    const Formats formats(workbook);
    writeKpiSheet(workbook_add_worksheet(workbook, Utf8(sheetName(tr("KPIs")))), table, formats);
    writeBreakdownSheet(workbook_add_worksheet(workbook, Utf8(sheetName(tr("Breakdown")))), table,
                        formats);

    const Utf8 title(table.title());
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(static_cast<const char *>(title));
    workbook_set_properties(workbook, &properties);

    if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
        *errorMessage =
            AtomicFile::cannotWriteMessage(path, QString::fromUtf8(lxw_strerror(error)));
        return false;
    }

    QFile written(draft);
    if (!written.open(QIODevice::ReadOnly)) {
        *errorMessage = AtomicFile::cannotWriteMessage(path, written.errorString());
        return false;
    }
    return AtomicFile::write(path, written.readAll(), errorMessage);
}
