#include "ValueInterner.h"

namespace gkml {

QString ValueInterner::text(QStringView value)
{
    if (value.isEmpty())
        return {};
    const auto it = m_texts.constFind(value);
    if (it != m_texts.cend())
        return it.value();
    QString owned = value.toString();
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

} // namespace gkml
