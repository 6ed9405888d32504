#pragma once

#include "township/TownshipCatalogue.h"

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <optional>

namespace gkml {

class Standard;

// Search box, per-column filters and the domain/一级事项 chosen in the tree. Matching is a plain
// case-insensitive substring test on the shown text, so Chinese works without any tokenising.
// Unsorted (or sorted on 序号) the table keeps the catalogue's display order.
class ItemFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ItemFilterProxy(QObject *parent = nullptr);

    // The search also finds the full names a standard abbreviation stands for (低保 finds
    // 最低生活保障), with the abbreviations taken from the standard's data.
    void setSearchText(const QString &text);
    void setStandard(const Standard *standard);
    QString searchText() const { return m_search; }
    void setColumnFilter(int column, const QString &text);
    QString columnFilter(int column) const { return m_columnFilters.value(column); }
    void clearColumnFilters();
    // Empty strings: no restriction.
    void setScope(const QString &domain, const QString &level1);
    void setOnlyMarked(bool on);
    // Only the county items of a township's derived catalogue (public, 公开层级 乡级); nullopt: all.
    void setTownship(const std::optional<TownshipCatalogue> &township);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QStringList m_searchTerms; // m_search and what it abbreviates
    QHash<QString, QStringList> m_abbreviations;
    QHash<int, QString> m_columnFilters;
    QString m_domain, m_level1;
    bool m_onlyMarked = false;
    std::optional<TownshipCatalogue> m_township;
};

} // namespace gkml
