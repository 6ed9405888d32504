#include "StringPool.h"

namespace gkml {

QString StringPool::get(QStringView text)
{
    if (text.isEmpty())
        return QString();
    if (!m_pooling)
        return text.toString();
    const auto it = m_texts.find(text);
    if (m_lookups < 512) {
        ++m_lookups;
        m_hits += it != m_texts.end() ? 1 : 0;
        if (m_lookups == 512 && m_hits < 128) {
            m_pooling = false; // texts that do not repeat: stop paying for lookups
            m_texts.clear();
        }
    }
    if (it != m_texts.end())
        return *it;
    QString copy = text.toString();
    if (m_pooling && m_texts.size() < m_capacity)
        m_texts.insert(copy);
    return copy;
}

} // namespace gkml
