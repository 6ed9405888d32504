#include "ItemFilterProxy.h"

#include "ItemTableModel.h"

#include "standard/Standard.h"

#include <QCollator>

namespace gkml {

ItemFilterProxy::ItemFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
}

void ItemFilterProxy::setSearchText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    m_searchTerms = { t };
    for (auto it = m_abbreviations.cbegin(); it != m_abbreviations.cend() && !t.isEmpty(); ++it) {
        if (it.key().contains(t, Qt::CaseInsensitive) || t.contains(it.key(), Qt::CaseInsensitive)) {
            for (const QString &full : it.value()) {
                QString term = t;
                // 低保 → 最低生活保障; 低保金 → 最低生活保障金; a part of the short name: the full name
                term = t.contains(it.key()) ? term.replace(it.key(), full) : full;
                if (!m_searchTerms.contains(term))
                    m_searchTerms << term;
            }
        }
    }
    invalidateFilter();
}

void ItemFilterProxy::setStandard(const Standard *standard)
{
    m_abbreviations = standard ? standard->abbreviations() : QHash<QString, QStringList>();
    const QString search = std::exchange(m_search, QString());
    setSearchText(search);
}

void ItemFilterProxy::setColumnFilter(int column, const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_columnFilters.value(column))
        return;
    if (t.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, t);
    invalidateFilter();
}

void ItemFilterProxy::clearColumnFilters()
{
    if (m_columnFilters.isEmpty())
        return;
    m_columnFilters.clear();
    invalidateFilter();
}

void ItemFilterProxy::setScope(const QString &domain, const QString &level1)
{
    if (domain == m_domain && level1 == m_level1)
        return;
    m_domain = domain;
    m_level1 = level1;
    invalidateFilter();
}

void ItemFilterProxy::setOnlyMarked(bool on)
{
    if (on == m_onlyMarked)
        return;
    m_onlyMarked = on;
    invalidateFilter();
}

void ItemFilterProxy::setTownship(const std::optional<TownshipCatalogue> &township)
{
    m_township = township;
    invalidateFilter();
}

bool ItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const ItemTableModel *>(sourceModel());
    if (!model)
        return true;
    const Item &item = model->itemAt(sourceRow);
    if (!m_domain.isEmpty() && item.domain != m_domain)
        return false;
    if (!m_level1.isEmpty() && item.level1 != m_level1)
        return false;
    if (m_township && (item.withheld || !m_township->servesTownship(item)))
        return false;
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        const QString text = ItemTableModel::isFieldColumn(it.key())
                ? ItemTableModel::displayText(item, ItemTableModel::fieldAt(it.key()))
                : model->index(sourceRow, it.key()).data(Qt::EditRole).toString(); // the status column
        if (!text.contains(it.value(), Qt::CaseInsensitive))
            return false;
    }
    if (m_onlyMarked) {
        bool marked = false;
        for (int c = 0; c < model->columnCount() && !marked; ++c)
            marked = model->index(sourceRow, c).data(ItemTableModel::SeverityRole).toInt() == 0;
        if (!marked)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (const FieldInfo &fi : ItemFields::all()) {
        const QString text = ItemTableModel::displayText(item, fi.field);
        for (const QString &term : m_searchTerms) {
            if (text.contains(term, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

bool ItemFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Field field = ItemTableModel::fieldAt(left.column());
    // 序号 sorts in the catalogue's display order (domain, then seq): the source order.
    if (field == Field::Seq)
        return left.row() < right.row();
    static const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    const int c = collator.compare(left.data(Qt::EditRole).toString(), right.data(Qt::EditRole).toString());
    if (c != 0)
        return c < 0;
    return left.row() < right.row();
}

} // namespace gkml
