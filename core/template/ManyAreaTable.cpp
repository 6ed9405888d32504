#include "ManyAreaTable.h"

#include <algorithm>

namespace gkml {

QString ManyAreaTable::shift(Item &item)
{
    if (!item.domain.trimmed().isEmpty())
        return {};
    QString area = m_names.canonical(item.level1);
    if (area.isEmpty() || !m_names.isNational(area))
        return {};
    item.domain = area;
    item.level1 = item.level2;
    item.level2 = item.level3;
    item.level3.clear();
    auto it = std::find_if(m_counts.begin(), m_counts.end(), [&](const auto &c) { return c.first == area; });
    if (it == m_counts.end())
        m_counts.append({ area, 1 });
    else
        ++it->second;
    return area;
}

QString ManyAreaTable::summary() const
{
    if (m_counts.isEmpty())
        return {};
    QStringList parts;
    for (const auto &[area, rows] : m_counts)
        parts.append(tr("%1 (%2 rows)").arg(area).arg(rows));
    return tr("one table of several areas (一级事项 names the area): %1").arg(parts.join(tr(", ")));
}

} // namespace gkml
