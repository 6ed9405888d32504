#include "ValueInterner.h"

namespace gkml {

QString ValueInterner::text(QStringView value)
{
    if (value.isEmpty())
        return {};
    const auto it = m_texts.constFind(value);
    if (it != m_texts.cend())
        return it.value();
    return keep(value.toString());
}

QString ValueInterner::keep(const QString &owned)
{
    m_texts.insert(QStringView(owned), owned); // the key views the kept copy's data
    return owned;
}

QStringList ValueInterner::set(QStringView stored)
{
    return setEntry(stored).second;
}

const std::pair<QString, QStringList> &ValueInterner::setEntry(QStringView stored)
{
    static const std::pair<QString, QStringList> empty;
    if (stored.isEmpty())
        return empty;
    const auto it = m_sets.constFind(stored);
    if (it != m_sets.cend())
        return it.value();
    QString raw = stored.toString();
    QStringList values;
    for (const QStringView v : stored.tokenize(QLatin1Char('\n'), Qt::SkipEmptyParts))
        values << text(v);
    const QStringView key(raw); // views the kept copy's data
    return *m_sets.insert(key, std::pair { std::move(raw), std::move(values) });
}

ValueInterner::Recent &ValueInterner::recent(qsizetype column)
{
    if (column >= qsizetype(m_recent.size()))
        m_recent.resize(column + 1);
    return m_recent[column];
}

QString ValueInterner::text(QStringView value, qsizetype column)
{
    Recent &r = recent(column);
    if (r.stored != value) {
        r.text = text(value);
        r.stored = r.text;
    }
    return r.text;
}

QStringList ValueInterner::set(QStringView stored, qsizetype column)
{
    Recent &r = recent(column);
    if (r.stored != stored) {
        const auto &entry = setEntry(stored);
        r.stored = entry.first;
        r.set = entry.second;
    }
    return r.set;
}

ValueInterner::RecentUtf8 &ValueInterner::recentUtf8(qsizetype column)
{
    if (column >= qsizetype(m_recentUtf8.size()))
        m_recentUtf8.resize(column + 1);
    return m_recentUtf8[column];
}

template<typename Value>
const Value *ValueInterner::known(const QHash<QByteArrayView, std::pair<QByteArray, Value>> &table,
                                  Value RecentUtf8::*recentValue, QByteArrayView utf8, qsizetype column)
{
    static const Value empty;
    if (utf8.isEmpty())
        return &empty;
    RecentUtf8 &r = recentUtf8(column);
    ++r.values;
    if (QByteArrayView(r.bytes) == utf8) // a value repeated down the column: no hashing
        return &(r.*recentValue);
    if (r.distinct)
        return nullptr;
    const auto it = table.constFind(utf8);
    if (it == table.cend())
        return nullptr;
    r.bytes = it->first;
    r.*recentValue = it->second;
    return &(r.*recentValue);
}

const QString *ValueInterner::knownText(QByteArrayView utf8, qsizetype column)
{
    return known(m_utf8Texts, &RecentUtf8::text, utf8, column);
}

QString ValueInterner::addText(QByteArrayView utf8, qsizetype column, const QString &decoded)
{
    RecentUtf8 &r = recentUtf8(column);
    // A column whose values hardly repeat (二级事项 names, numbered rows) is not worth remembering:
    // after 1,000 values of which nine in ten were new, its values are only converted.
    ++r.added;
    if (!r.distinct && r.values >= 1000 && r.added * 10 > r.values * 9) {
        r.distinct = true;
        r.bytes.clear();
    }
    if (r.distinct)
        return decoded;
    r.bytes = utf8.toByteArray();
    const auto known = m_texts.constFind(QStringView(decoded)); // the same text in another column
    r.text = known != m_texts.cend() ? known.value() : keep(decoded);
    m_utf8Texts.insert(QByteArrayView(r.bytes), { r.bytes, r.text }); // the key views kept bytes
    return r.text;
}

const QStringList *ValueInterner::knownSet(QByteArrayView utf8, qsizetype column)
{
    return known(m_utf8Sets, &RecentUtf8::set, utf8, column);
}

QStringList ValueInterner::addSet(QByteArrayView utf8, qsizetype column, const QString &decoded)
{
    RecentUtf8 &r = recentUtf8(column);
    r.bytes = utf8.toByteArray();
    r.set = set(decoded);
    m_utf8Sets.insert(QByteArrayView(r.bytes), { r.bytes, r.set });
    return r.set;
}

} // namespace gkml
