#include "ValueInterner.h"

namespace gkml {

QString ValueInterner::text(QStringView value)
{
    if (value.isEmpty())
        return {};
    const auto it = m_texts.find(value);
    if (it != m_texts.end())
        return it->second;
    QString owned = value.toString();
    m_texts.emplace(QStringView(owned), owned); // the key views the kept copy's data
    return owned;
}

QStringList ValueInterner::set(QStringView stored)
{
    if (stored.isEmpty())
        return {};
    const auto it = m_sets.find(stored);
    if (it != m_sets.end())
        return it->second.second;
    QString raw = stored.toString();
    QStringList values;
    for (const QStringView v : stored.tokenize(QLatin1Char('\n'), Qt::SkipEmptyParts))
        values << text(v);
    m_sets.emplace(QStringView(raw), std::pair { raw, values });
    return values;
}

} // namespace gkml
