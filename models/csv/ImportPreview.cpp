#include "models/csv/ImportPreview.h"

#include "models/common/LocaleFormat.h"
#include "models/events/EventCsv.h"
#include "models/partners/PartnerCsv.h"

#include <algorithm>

int ImportPreview::validCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.valid; }));
}

bool ImportPreview::canImport(bool skipInvalid) const
{
    return fileError.isEmpty() && validCount() > 0 && (skipInvalid || invalidCount() == 0);
}

ImportPreview ImportPreview::forPartners(const QString &fileName, const PartnerImportPlan &plan)
{
    ImportPreview preview;
    preview.windowTitle = ImportPreviewText::tr("Import partners – %1").arg(fileName);
    preview.columnTitles = {ImportPreviewText::tr("Name"), ImportPreviewText::tr("Type"),
                            ImportPreviewText::tr("City"), ImportPreviewText::tr("Cluster")};
    preview.fileError = plan.fileError;
    preview.warnings = plan.warnings;
    preview.importButtonText = [](int count) {
        return ImportPreviewText::tr("&Import %n partner(s)", nullptr, count);
    };
    for (const PartnerImportRow &row : plan.rows) {
        preview.rows.append({row.line,
                             row.isValid(),
                             {row.partner.name,
                              row.typeRead ? PartnerVocabulary::label(row.partner.type) : QString(),
                              row.partner.city, row.clusterName},
                             ImportPreviewText::problems(row)});
    }
    return preview;
}

ImportPreview ImportPreview::forEvents(const QString &fileName, const EventImportPlan &plan)
{
    ImportPreview preview;
    preview.windowTitle = ImportPreviewText::tr("Import events – %1").arg(fileName);
    preview.columnTitles = {ImportPreviewText::tr("Title"), ImportPreviewText::tr("Kind"),
                            ImportPreviewText::tr("Start"), ImportPreviewText::tr("Event status"),
                            ImportPreviewText::tr("Cluster")};
    preview.fileError = plan.fileError;
    preview.warnings = plan.warnings;
    preview.importButtonText = [](int count) {
        return ImportPreviewText::tr("&Import %n event(s)", nullptr, count);
    };
    for (const EventImportRow &row : plan.rows) {
        const Event &event = row.event;
        const bool valid = row.isValid();
        preview.rows.append(
            {row.line,
             valid,
             {event.displayTitle(), row.kindRead ? EventVocabulary::label(event.kind) : QString(),
              LocaleFormat::shortDate(event.startDate),
              row.statusRead ? EventVocabulary::label(event.status) : QString(), row.clusterName},
             ImportPreviewText::problems(row)});
    }
    return preview;
}
