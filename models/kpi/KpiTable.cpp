#include "models/kpi/KpiTable.h"

#include "models/common/AtomicFile.h"
#include "models/common/LocaleFormat.h"

#include <algorithm>
#include <cmath>

namespace {

// Numbers without grouping, so that a program reads them back; the Italian dialect writes
// decimal commas, as the spreadsheets that read its semicolons expect.
QLocale csvLocale(CsvDialect dialect)
{
    QLocale locale =
        dialect == CsvDialect::Italian ? QLocale(QLocale::Italian, QLocale::Italy) : QLocale::c();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString shortestNumber(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

KpiTable::KpiTable(const KpiSnapshot &snapshot)
    : m_scope(snapshot.scope)
{
    for (const KpiDefinition &kpi : KpiCatalogue::all())
        m_rows.append({kpi.key, kpi.label(), kpi.value(snapshot.values), snapshot.target(kpi.key),
                       snapshot.progress(kpi), snapshot.targetNote(kpi)});

    Section types{QStringLiteral("institutions_by_type"), tr("Institutions by type"), {}};
    for (PartnerType type : PartnerVocabulary::types())
        types.rows.append({QStringLiteral("institutions.by_type.") + PartnerVocabulary::key(type),
                           PartnerVocabulary::label(type),
                           snapshot.values.institutions(type),
                           {},
                           {}});
    Section kinds{QStringLiteral("events_held_by_kind"), tr("Events held by kind"), {}};
    for (EventKind kind : EventVocabulary::kinds())
        kinds.rows.append({QStringLiteral("events_held.by_kind.") + EventVocabulary::key(kind),
                           EventVocabulary::label(kind),
                           snapshot.values.eventsHeld(kind),
                           {},
                           {}});
    m_breakdowns = {types, kinds};
}

QString KpiTable::scopeName() const
{
    return m_scope.isAll() ? tr("All clusters") : m_scope.clusterName;
}

QString KpiTable::periodText() const
{
    const QString dates = tr("%1 – %2").arg(LocaleFormat::shortDate(m_scope.from),
                                            LocaleFormat::shortDate(m_scope.to));
    return m_scope.periodName.isEmpty() ? dates : tr("%1 (%2)").arg(m_scope.periodName, dates);
}

QString KpiTable::title() const
{
    return tr("%1 · %2").arg(scopeName(), periodText());
}

QString KpiTable::columnTitle(Column column)
{
    switch (column) {
    case Kpi:
        return tr("KPI");
    case Actual:
        return tr("Actual");
    case Target:
        return tr("Target");
    case Progress:
        return tr("Progress");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

QString KpiTable::cellText(const Row &row, Column column, const QLocale &locale)
{
    switch (column) {
    case Kpi:
        return row.label;
    case Actual:
        return locale.toString(row.actual);
    case Target:
        return row.target ? shortestNumber(*row.target, locale) : QString();
    case Progress:
        return row.progress ? locale.toString(*row.progress * 100, 'f', 1) + locale.percent()
                            : QString();
    case Note:
        return row.note;
    case ColumnCount:
        break;
    }
    return {};
}

QString KpiTable::toText(const QLocale &locale) const
{
    // A progress that counts only the clusters that set the target is marked; the others leave
    // the mark's place blank, so that the percentages still line up.
    const bool marks = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                   [](const Row &row) { return !row.note.isEmpty(); });
    const QString mark = QStringLiteral("*");
    const auto progressText = [&](const Row &row) -> QString {
        const QString text = cellText(row, Progress, locale);
        if (!marks || text.isEmpty())
            return text;
        return text + (row.note.isEmpty() ? QStringLiteral(" ") : mark);
    };

    // Every section shares the columns, so that the numbers of all of them line up.
    QList<QStringList> lines{
        {columnTitle(Kpi), columnTitle(Actual), columnTitle(Target), columnTitle(Progress)}};
    for (const Row &row : m_rows)
        lines.append({cellText(row, Kpi, locale), cellText(row, Actual, locale),
                      cellText(row, Target, locale), progressText(row)});
    for (const Section &section : m_breakdowns) {
        lines.append(QStringList());
        lines.append({section.title, columnTitle(Actual)});
        for (const Row &row : section.rows)
            lines.append({QStringLiteral("  ") + row.label, cellText(row, Actual, locale)});
    }

    QList<qsizetype> widths(Note, 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype column = 0; column < line.size(); ++column)
            widths[column] = std::max(widths.at(column), line.at(column).size());
    }
    QString text = title() + QStringLiteral("\n\n");
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QStringList &line = lines.at(index);
        QString out;
        for (qsizetype column = 0; column < line.size(); ++column) {
            if (column == Kpi)
                out += line.at(column).leftJustified(widths.at(column));
            else
                out += QStringLiteral("  ") + line.at(column).rightJustified(widths.at(column));
        }
        // A row without target leaves blank columns; no line ends in spaces.
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        text += out + QLatin1Char('\n');
        // The notes follow the KPI table (its header and one line per KPI).
        if (marks && index == m_rows.size()) {
            text += QLatin1Char('\n');
            for (const Row &row : m_rows) {
                if (!row.note.isEmpty())
                    text += mark + QStringLiteral(" %1: %2\n").arg(row.label, row.note);
            }
        }
    }
    return text;
}

QByteArray KpiTable::toCsv(CsvDialect dialect) const
{
    const QLocale locale = csvLocale(dialect);
    // The key column keeps its English name in every language: programs look for it.
    const QStringList header{QStringLiteral("key"), columnTitle(Kpi),      columnTitle(Actual),
                             columnTitle(Target),   columnTitle(Progress), columnTitle(Note)};
    QList<QStringList> lines;
    auto append = [&](const Row &row) {
        const double ratio = row.progress ? std::round(*row.progress * 10000) / 10000 : 0;
        lines.append({row.key, row.label, locale.toString(row.actual),
                      row.target ? shortestNumber(*row.target, locale) : QString(),
                      row.progress ? shortestNumber(ratio, locale) : QString(), row.note});
    };
    for (const Row &row : m_rows)
        append(row);
    for (const Section &section : m_breakdowns) {
        for (const Row &row : section.rows)
            append(row);
    }
    return CsvImport::write(header, lines, dialect);
}

bool KpiTable::writeCsv(const QString &path, CsvDialect dialect, QString *errorMessage) const
{
    return AtomicFile::write(path, toCsv(dialect), errorMessage);
}
