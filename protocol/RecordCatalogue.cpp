#include "protocol/RecordCatalogue.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QUuid>

#include <cmath>

namespace Protocol {

namespace {

FieldSpec text(const QString &name)
{
    return {name, FieldKind::Text, false, {}};
}

FieldSpec field(const QString &name, FieldKind kind, bool nullable = false)
{
    return {name, kind, nullable, {}};
}

FieldSpec reference(const QString &name, const QString &type, bool nullable = false)
{
    return {name, FieldKind::Reference, nullable, type};
}

} // namespace

const FieldSpec *RecordTypeSpec::field(QStringView fieldName) const
{
    for (const FieldSpec &spec : fields) {
        if (spec.name == fieldName)
            return &spec;
    }
    return nullptr;
}

// The desktop's synced tables (models/Migrations.cpp) without cluster_id and the local sync
// columns (updated_at, server_version, sync_state, deleted): the server keeps its own.
const QList<RecordTypeSpec> &RecordCatalogue::all()
{
    static const QList<RecordTypeSpec> types = {
        {QStringLiteral("partners"),
         {text(QStringLiteral("name")), text(QStringLiteral("type")),
          text(QStringLiteral("school_level")), text(QStringLiteral("city")),
          text(QStringLiteral("address")), text(QStringLiteral("website")),
          text(QStringLiteral("email")), text(QStringLiteral("phone")),
          field(QStringLiteral("joined_on"), FieldKind::Date, true),
          field(QStringLiteral("left_on"), FieldKind::Date, true), text(QStringLiteral("notes")),
          text(QStringLiteral("created_at"))}},
        {QStringLiteral("contacts"),
         {reference(QStringLiteral("partner_id"), QStringLiteral("partners")),
          field(QStringLiteral("position"), FieldKind::Integer), text(QStringLiteral("name")),
          text(QStringLiteral("role")), text(QStringLiteral("email")),
          text(QStringLiteral("phone")), text(QStringLiteral("created_at"))}},
        {QStringLiteral("events"),
         {text(QStringLiteral("kind")),
          text(QStringLiteral("status")),
          text(QStringLiteral("title_it")),
          text(QStringLiteral("title_en")),
          text(QStringLiteral("description_it")),
          text(QStringLiteral("description_en")),
          field(QStringLiteral("start_date"), FieldKind::Date),
          field(QStringLiteral("start_time"), FieldKind::Time, true),
          field(QStringLiteral("end_date"), FieldKind::Date, true),
          field(QStringLiteral("end_time"), FieldKind::Time, true),
          text(QStringLiteral("location")),
          text(QStringLiteral("online_link")),
          text(QStringLiteral("audience")),
          text(QStringLiteral("subjects")),
          field(QStringLiteral("activity_id"), FieldKind::Text, true),
          field(QStringLiteral("pupils"), FieldKind::Integer, true),
          field(QStringLiteral("teachers"), FieldKind::Integer, true),
          field(QStringLiteral("parents"), FieldKind::Integer, true),
          field(QStringLiteral("researchers"), FieldKind::Integer, true),
          field(QStringLiteral("teacher_trainees"), FieldKind::Integer, true),
          field(QStringLiteral("others"), FieldKind::Integer, true),
          text(QStringLiteral("created_at"))}},
        {QStringLiteral("event_partners"),
         {reference(QStringLiteral("event_id"), QStringLiteral("events")),
          reference(QStringLiteral("partner_id"), QStringLiteral("partners")),
          text(QStringLiteral("role")), field(QStringLiteral("position"), FieldKind::Integer),
          text(QStringLiteral("created_at"))}},
        {QStringLiteral("reporting_periods"),
         {text(QStringLiteral("name")), field(QStringLiteral("start_date"), FieldKind::Date),
          field(QStringLiteral("end_date"), FieldKind::Date),
          field(QStringLiteral("locked"), FieldKind::Boolean), text(QStringLiteral("created_at"))}},
        {QStringLiteral("kpi_targets"),
         {reference(QStringLiteral("period_id"), QStringLiteral("reporting_periods")),
          text(QStringLiteral("kpi")), field(QStringLiteral("value"), FieldKind::Number),
          text(QStringLiteral("created_at"))}},
    };
    return types;
}

const RecordTypeSpec *RecordCatalogue::find(QStringView typeName)
{
    for (const RecordTypeSpec &type : all()) {
        if (type.name == typeName)
            return &type;
    }
    return nullptr;
}

QStringList RecordCatalogue::typeNames()
{
    QStringList names;
    for (const RecordTypeSpec &type : all())
        names << type.name;
    return names;
}

QString valueProblem(const FieldSpec &field, const QJsonValue &value)
{
    if (value.isNull())
        return field.nullable ? QString() : QStringLiteral("must not be null");
    switch (field.kind) {
    case FieldKind::Text:
        return value.isString() ? QString() : QStringLiteral("expected a string");
    case FieldKind::Integer: {
        const double number = value.toDouble();
        const bool whole = value.isDouble() && std::isfinite(number) &&
                           std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0;
        return whole ? QString() : QStringLiteral("expected a whole number");
    }
    case FieldKind::Number:
        return value.isDouble() && std::isfinite(value.toDouble())
                   ? QString()
                   : QStringLiteral("expected a number");
    case FieldKind::Boolean:
        return value.isBool() ? QString() : QStringLiteral("expected true or false");
    case FieldKind::Date: {
        const QString text = value.toString();
        const bool ok =
            value.isString() && text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
        return ok ? QString() : QStringLiteral("expected a date YYYY-MM-DD");
    }
    case FieldKind::Time: {
        const QString text = value.toString();
        const bool ok = value.isString() && (text.size() == 5 || text.size() == 8) &&
                        QTime::fromString(text, Qt::ISODate).isValid();
        return ok ? QString() : QStringLiteral("expected a time HH:MM or HH:MM:SS");
    }
    case FieldKind::Reference:
        return value.isString() && isCanonicalUuid(value.toString())
                   ? QString()
                   : QStringLiteral("expected the id (a lower-case UUID) of a %1 record")
                         .arg(field.referencedType);
    }
    return QStringLiteral("unsupported field");
}

bool isCanonicalUuid(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace Protocol
