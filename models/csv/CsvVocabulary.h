#pragma once

#include "models/csv/CsvImport.h"
#include "models/events/Event.h"
#include "models/partners/Partner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The values of one vocabulary as CSV files write them: the English key or the Italian label,
// both read in either file, ignoring case and accents.
template<typename Value>
class CsvTerms
{
public:
    struct Term
    {
        Value value;
        QString key;
        QString italian;
    };

    // unknownMessage: QT_TRANSLATE_NOOP("CsvVocabulary", "“%1” is not a ..."), %1 the text.
    CsvTerms(QList<Term> terms, const char *unknownMessage)
        : m_terms(std::move(terms))
        , m_unknownMessage(unknownMessage)
    {
        for (const Term &term : std::as_const(m_terms)) {
            m_index.insert(CsvImport::comparable(term.key), term.value);
            m_index.insert(CsvImport::comparable(term.italian), term.value);
        }
    }

    std::optional<Value> find(const QString &text) const
    {
        const auto it = m_index.constFind(CsvImport::comparable(text));
        return it == m_index.cend() ? std::nullopt : std::optional<Value>(*it);
    }

    // The value a cell names. An empty cell gives nullopt, and an error (requiredMessage followed
    // by the choices) only when requiredMessage is given; an unknown term gives nullopt and says
    // which choices there are.
    std::optional<Value> read(const QString &text, const QString &requiredMessage,
                              QString *error) const
    {
        error->clear();
        if (text.isEmpty()) {
            if (!requiredMessage.isEmpty())
                *error = requiredMessage + QLatin1Char(' ') + useOneOf();
            return std::nullopt;
        }
        const std::optional<Value> value = find(text);
        if (!value)
            *error = unknownMessage(text);
        return value;
    }

    // The key, or the Italian label in an Italian file; empty for a value without a term.
    QString text(const Value &value, CsvDialect dialect) const
    {
        for (const Term &term : m_terms) {
            if (term.value == value)
                return dialect == CsvDialect::Italian ? term.italian : term.key;
        }
        return {};
    }

    // "Use one of: school, university (scuola, università)."
    QString useOneOf() const;
    // "“spaceship” is not a partner type. Use one of: …"
    QString unknownMessage(const QString &text) const;

private:
    QList<Term> m_terms;
    QHash<QString, Value> m_index;
    const char *m_unknownMessage;
};

// The Italian labels of the vocabularies, as the CSV formats of INTERFACES.md know them.
class CsvVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(CsvVocabulary)

public:
    static const CsvTerms<PartnerType> &partnerTypes();
    static const CsvTerms<SchoolLevel> &schoolLevels();
    static const CsvTerms<EventKind> &eventKinds();
    static const CsvTerms<EventStatus> &eventStatuses();
    // Subject keys of EventVocabulary::subjectKeys(); other subjects are free text.
    static const CsvTerms<QString> &subjects();

    static QString useOneOf(const QStringList &keys, const QStringList &italian);
    static QString unknownMessage(const char *message, const QString &text,
                                  const QString &useOneOf);
};

template<typename Value>
QString CsvTerms<Value>::useOneOf() const
{
    QStringList keys;
    QStringList italian;
    for (const Term &term : m_terms) {
        keys.append(term.key);
        // Terms spelt alike in both languages (workshop) are listed once.
        if (term.italian != term.key)
            italian.append(term.italian);
    }
    return CsvVocabulary::useOneOf(keys, italian);
}

template<typename Value>
QString CsvTerms<Value>::unknownMessage(const QString &text) const
{
    return CsvVocabulary::unknownMessage(m_unknownMessage, text, useOneOf());
}
