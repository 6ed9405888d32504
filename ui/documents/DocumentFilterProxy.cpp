#include "DocumentFilterProxy.h"

#include "DocumentTableModel.h"

namespace gkml {

DocumentFilterProxy::DocumentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void DocumentFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void DocumentFilterProxy::setDepartment(const QString &department)
{
    m_department = department;
    invalidateFilter();
}

void DocumentFilterProxy::setAttribute(const QString &attribute)
{
    m_attribute = attribute;
    invalidateFilter();
}

void DocumentFilterProxy::setOnlyToReturn(bool only)
{
    m_onlyToReturn = only;
    invalidateFilter();
}

bool DocumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    auto cell = [&](int column) { return m->index(sourceRow, column, sourceParent).data().toString(); };
    if (m_onlyToReturn
        && !m->index(sourceRow, 0, sourceParent).data(DocumentTableModel::ToReturnRole).toBool())
        return false;
    if (!m_department.isEmpty() && cell(DocumentTableModel::Department) != m_department)
        return false;
    if (!m_attribute.isEmpty()) {
        const QString a = cell(DocumentTableModel::Attribute);
        if (m_attribute == unmarked() ? !a.isEmpty() : a != m_attribute)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        if (cell(c).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace gkml
