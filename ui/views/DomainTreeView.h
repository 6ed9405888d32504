#pragma once

#include "catalogue/Item.h"

#include <QTreeView>

namespace gkml {

class DomainTreeModel;

// The domains dock: shows DomainTreeModel, reports the chosen scope (领域, 一级事项; empty = all),
// and keeps that scope by name when the items change underneath it.
class DomainTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit DomainTreeView(QWidget *parent = nullptr);

    DomainTreeModel *domainModel() const { return m_model; }
    void setItems(const QList<Item> &items);
    void clear();
    QString domain() const;
    QString level1() const;
    void selectAll(); // "All items"

signals:
    void scopeChanged(const QString &domain, const QString &level1);

private:
    DomainTreeModel *m_model;
};

} // namespace gkml
