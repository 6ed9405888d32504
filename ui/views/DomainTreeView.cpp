#include "DomainTreeView.h"

#include "models/DomainTreeModel.h"

namespace gkml {

DomainTreeView::DomainTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new DomainTreeModel(this))
{
    setObjectName(QStringLiteral("domainTree"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setModel(m_model);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        emit scopeChanged(i.data(DomainTreeModel::DomainRole).toString(),
                          i.data(DomainTreeModel::Level1Role).toString());
    });
}

void DomainTreeView::setItems(const QList<Item> &items)
{
    // The model keeps its rows when only counts change; after a reset the scope is found again
    // by name, or falls back to "All items".
    const QString d = domain(), l = level1();
    m_model->setItems(items);
    QModelIndex select = m_model->indexOf(d, l);
    if (!select.isValid())
        select = m_model->indexOf({});
    expand(m_model->indexOf({}));
    if (select != currentIndex())
        setCurrentIndex(select);
}

void DomainTreeView::clear()
{
    m_model->clear();
    emit scopeChanged({}, {});
}

QString DomainTreeView::domain() const
{
    return currentIndex().data(DomainTreeModel::DomainRole).toString();
}

QString DomainTreeView::level1() const
{
    return currentIndex().data(DomainTreeModel::Level1Role).toString();
}

void DomainTreeView::selectAll()
{
    setCurrentIndex(m_model->indexOf({}));
}

} // namespace gkml
