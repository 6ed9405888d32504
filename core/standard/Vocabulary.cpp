#include "Vocabulary.h"

#include "util/TextNormalizer.h"

namespace gkml {

Vocabulary::Vocabulary(Field field, const QStringList &values, const QString &otherValue,
                       const QHash<QString, QString> &aliases, const QStringList &knownOther,
                       const QString &provenance)
    : m_field(field)
    , m_values(values)
    , m_other(otherValue)
    , m_aliases(aliases)
    , m_knownOther(knownOther)
    , m_provenance(provenance)
{
    for (const QString &v : values) {
        m_exact.insert(v);
        m_keyToCanonical.insert(TextNormalizer::matchKey(v), v);
    }
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
        m_aliasKeyToCanonical.insert(TextNormalizer::matchKey(it.key()), it.value());
    for (const QString &v : knownOther)
        m_knownOtherKeys.insert(TextNormalizer::matchKey(v));
}

Vocabulary::Lookup Vocabulary::lookup(const QString &raw) const
{
    Lookup r;
    if (m_exact.contains(raw)) { // the common case: no allocation
        r.match = Match::Canonical;
        r.canonical = raw;
        return r;
    }
    const QString value = raw.trimmed();
    // "其他: 征地信息公开平台", "其他（会议）", "其他"
    if (!m_other.isEmpty() && value.startsWith(m_other)) {
        QString rest = value.mid(m_other.size()).trimmed();
        while (!rest.isEmpty() && (rest.front().isPunct() || rest.front().isSpace()))
            rest.remove(0, 1);
        while (!rest.isEmpty() && (rest.back() == u')' || rest.back() == u'）'))
            rest.chop(1);
        r.match = Match::Other;
        r.canonical = m_other;
        r.otherText = rest.trimmed();
        return r;
    }
    const QString key = TextNormalizer::matchKey(value);
    if (const auto it = m_keyToCanonical.constFind(key); it != m_keyToCanonical.cend()) {
        r.match = Match::Canonical; // differs only in width, spaces or punctuation
        r.canonical = it.value();
        return r;
    }
    if (const auto it = m_aliasKeyToCanonical.constFind(key); it != m_aliasKeyToCanonical.cend()) {
        r.match = Match::Alias;
        r.canonical = it.value();
        return r;
    }
    if (!m_other.isEmpty() && m_knownOtherKeys.contains(key)) {
        r.match = Match::Other;
        r.canonical = m_other;
        r.otherText = value;
        return r;
    }
    return r;
}

} // namespace gkml
