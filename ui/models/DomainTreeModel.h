#pragma once

#include "catalogue/Item.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace gkml {

class PublicationStatusColumn;

// The domains dock: "All items", then each domain, then its 一级事项, with item counts. A real
// model over the item list (not a widget rebuilt from it): when only counts change the rows
// stay and the view keeps its selection and expansion; a new or vanished name resets.
class DomainTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        DomainRole = Qt::UserRole + 1, // QString; empty on "All items"
        Level1Role, // QString; empty on "All items" and on domains
        IsAllRole, // bool
        CountRole, // int
        StatusCountsRole, // QString: " · 未公开 3 · 逾期 1" (empty when none or no records)
    };

    explicit DomainTreeModel(QObject *parent = nullptr);

    // Follows the items (in display order: domains and 一级事项 appear in first-seen order).
    void setItems(const QList<Item> &items);
    void clear();
    // The publication status counts shown beside each node's item count.
    void setStatusColumn(PublicationStatusColumn *status);

    // The node for a scope: ("", "") is "All items"; invalid when no such node.
    QModelIndex indexOf(const QString &domain, const QString &level1 = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void countsChanged(const QList<int> &roles);
    QString statusText(const QString &domain, const QString &level1) const;

    struct Level1Node
    {
        QString name;
        int count = 0;
    };
    struct DomainNode
    {
        QString name;
        int count = 0;
        QList<Level1Node> level1s;
    };
    // internalId names the parent: 0 = none (the "All" row), 1 = "All", 2 + d = domain d.
    static constexpr quintptr kTop = 0;
    static constexpr quintptr kAll = 1;

    bool m_hasAll = false;
    int m_total = 0;
    QList<DomainNode> m_domains;
    QIcon m_allIcon;
    PublicationStatusColumn *m_status = nullptr;
};

} // namespace gkml
