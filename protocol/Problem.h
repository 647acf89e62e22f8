#pragma once

#include <QJsonObject>
#include <QString>

namespace Protocol {

// A refused request, as every endpoint reports it: the HTTP status, a stable machine-readable code
// (documented in docs/sync-protocol.md, what clients translate), the JSON path of the offending
// field when there is one ("records[3].fields.pupils"), and a sentence in English for logs and
// developers. Wire form: {"error": code, "message": ..., "field": ...}.
struct Problem
{
    int status = 0;
    QString code;
    QString message;
    QString field;

    bool isNull() const { return status == 0; }
    explicit operator bool() const { return status != 0; }

    QJsonObject toJson() const
    {
        QJsonObject body{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
        if (!field.isEmpty())
            body.insert(QStringLiteral("field"), field);
        return body;
    }

    static Problem badRequest(const QString &field, const QString &message,
                              const QString &code = QStringLiteral("invalid_field"))
    {
        return {400, code, message, field};
    }
    static Problem notFound(const QString &message)
    {
        return {404, QStringLiteral("not_found"), message, {}};
    }
    static Problem internal(const QString &message)
    {
        return {500, QStringLiteral("internal_error"), message, {}};
    }
};

} // namespace Protocol
