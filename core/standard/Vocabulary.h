#pragma once

#include "catalogue/ItemField.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gkml {

// The allowed values of one set field (channels, audience, method, level, stages), in printed
// order, with the misspellings seen in real catalogues. Lookups are precomputed so that
// checking 100,000 items costs hash look-ups only.
class Vocabulary
{
public:
    enum class Match {
        Canonical, // one of values() (also after width/space/punctuation normalisation)
        Alias, // a known misspelling: `canonical` is the value to write instead
        Other, // "其他: text" (or a known local channel): `otherText` is the text
        Unknown,
    };
    struct Lookup
    {
        Match match = Match::Unknown;
        QString canonical;
        QString otherText;
    };

    Vocabulary() = default;
    Vocabulary(Field field, const QStringList &values, const QString &otherValue,
               const QHash<QString, QString> &aliases, const QStringList &knownOther,
               const QString &provenance);

    Field field() const { return m_field; }
    const QStringList &values() const { return m_values; }
    QString otherValue() const { return m_other; } // "其他" for channels, empty when not allowed
    const QHash<QString, QString> &aliases() const { return m_aliases; } // alias -> canonical
    const QStringList &knownOther() const { return m_knownOther; }
    QString provenance() const { return m_provenance; }
    bool isEmpty() const { return m_values.isEmpty(); }

    Lookup lookup(const QString &value) const;
    // The position of a canonical value in printed order, -1 if not a value.
    int order(const QString &canonical) const { return m_values.indexOf(canonical); }

private:
    Field m_field = Field::Note;
    QStringList m_values;
    QString m_other;
    QHash<QString, QString> m_aliases;
    QStringList m_knownOther;
    QString m_provenance;
    QSet<QString> m_exact;
    QHash<QString, QString> m_keyToCanonical;
    QHash<QString, QString> m_aliasKeyToCanonical;
    QSet<QString> m_knownOtherKeys;
};

} // namespace gkml
