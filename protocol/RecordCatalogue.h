#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// The record types that travel between the desktop and the cluster server, with their fields and
// the JSON kind of each. The server stores any of them in one generic table, so a new type needs
// one entry here and no new endpoint. The cluster is never a field: it is the URL's.
namespace Protocol {

enum class FieldKind {
    Text,      // JSON string
    Integer,   // JSON number without a fraction
    Number,    // any JSON number
    Boolean,   // JSON true/false
    Date,      // "YYYY-MM-DD"
    Time,      // "HH:MM" or "HH:MM:SS"
    Reference, // the UUID of another record of the same cluster (referencedType)
};

struct FieldSpec
{
    QString name;
    FieldKind kind = FieldKind::Text;
    bool nullable = false;
    QString referencedType; // for Reference
};

struct RecordTypeSpec
{
    QString name;
    QList<FieldSpec> fields;

    const FieldSpec *field(QStringView name) const;
};

namespace RecordCatalogue {
const QList<RecordTypeSpec> &all();
const RecordTypeSpec *find(QStringView typeName);
QStringList typeNames();
} // namespace RecordCatalogue

// Why a value does not fit the field ("expected a date YYYY-MM-DD"), or "" when it does.
QString valueProblem(const FieldSpec &field, const QJsonValue &value);

// A canonical UUID text: 36 characters, lower-case hex, with dashes (what QUuid writes
// WithoutBraces). The protocol accepts no other spelling.
bool isCanonicalUuid(QStringView text);

} // namespace Protocol
