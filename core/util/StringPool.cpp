#include "StringPool.h"

namespace gkml {

QString StringPool::get(QStringView text)
{
    if (text.isEmpty())
        return QString();
    const auto it = m_texts.find(text);
    if (it != m_texts.end())
        return *it;
    QString copy = text.toString();
    if (m_texts.size() < m_capacity)
        m_texts.insert(copy);
    return copy;
}

} // namespace gkml
