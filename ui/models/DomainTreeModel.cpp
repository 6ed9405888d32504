#include "DomainTreeModel.h"

#include "PublicationStatusColumn.h"

#include <QHash>

namespace gkml {

DomainTreeModel::DomainTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_allIcon(QStringLiteral(":/icons/gkml.svg"))
{ }

void DomainTreeModel::clear()
{
    beginResetModel();
    m_hasAll = false;
    m_total = 0;
    m_domains.clear();
    endResetModel();
}

void DomainTreeModel::setItems(const QList<Item> &items)
{
    QList<DomainNode> domains;
    QHash<QString, int> domainRow;
    QHash<QPair<QString, QString>, int> level1Row;
    for (const Item &it : items) {
        auto d = domainRow.constFind(it.domain);
        if (d == domainRow.cend()) {
            d = domainRow.insert(it.domain, int(domains.size()));
            domains.append({ it.domain, 0, {} });
        }
        DomainNode &dn = domains[*d];
        ++dn.count;
        const QPair<QString, QString> key { it.domain, it.level1 };
        auto l = level1Row.constFind(key);
        if (l == level1Row.cend()) {
            l = level1Row.insert(key, int(dn.level1s.size()));
            dn.level1s.append({ it.level1, 0 });
        }
        ++dn.level1s[*l].count;
    }
    bool sameShape = m_hasAll && domains.size() == m_domains.size();
    for (int d = 0; sameShape && d < domains.size(); ++d) {
        sameShape = domains.at(d).name == m_domains.at(d).name
                && domains.at(d).level1s.size() == m_domains.at(d).level1s.size();
        for (int l = 0; sameShape && l < domains.at(d).level1s.size(); ++l)
            sameShape = domains.at(d).level1s.at(l).name == m_domains.at(d).level1s.at(l).name;
    }
    if (!sameShape) {
        beginResetModel();
        m_hasAll = true;
        m_total = int(items.size());
        m_domains = domains;
        endResetModel();
        return;
    }
    // Only counts changed: keep rows (and the view's selection and expansion).
    m_total = int(items.size());
    m_domains = domains;
    countsChanged({ Qt::DisplayRole, CountRole });
}

void DomainTreeModel::countsChanged(const QList<int> &roles)
{
    if (!m_hasAll)
        return;
    const QModelIndex all = index(0, 0);
    emit dataChanged(all, all, roles);
    for (int d = 0; d < m_domains.size(); ++d) {
        const QModelIndex di = index(d, 0, all);
        emit dataChanged(di, di, roles);
        if (!m_domains.at(d).level1s.isEmpty())
            emit dataChanged(index(0, 0, di), index(int(m_domains.at(d).level1s.size()) - 1, 0, di), roles);
    }
}

void DomainTreeModel::setStatusColumn(PublicationStatusColumn *status)
{
    PublicationStatusColumn::follow(this, &m_status, status, [this] {
        countsChanged({ Qt::DisplayRole, Qt::ToolTipRole, StatusCountsRole });
    });
    countsChanged({ Qt::DisplayRole, Qt::ToolTipRole, StatusCountsRole });
}

QString DomainTreeModel::statusText(const QString &domain, const QString &level1) const
{
    return m_status ? m_status->countsText(domain, level1) : QString();
}

QModelIndex DomainTreeModel::indexOf(const QString &domain, const QString &level1) const
{
    if (!m_hasAll)
        return {};
    const QModelIndex all = index(0, 0);
    if (domain.isEmpty() && level1.isEmpty())
        return all;
    for (int d = 0; d < m_domains.size(); ++d) {
        if (m_domains.at(d).name != domain)
            continue;
        const QModelIndex di = index(d, 0, all);
        if (level1.isEmpty())
            return di;
        for (int l = 0; l < m_domains.at(d).level1s.size(); ++l) {
            if (m_domains.at(d).level1s.at(l).name == level1)
                return index(l, 0, di);
        }
    }
    return {};
}

QModelIndex DomainTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, 0, kTop);
    if (parent.internalId() == kTop)
        return createIndex(row, 0, kAll);
    if (parent.internalId() == kAll)
        return createIndex(row, 0, quintptr(2 + parent.row()));
    return {};
}

QModelIndex DomainTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    if (child.internalId() == kAll)
        return createIndex(0, 0, kTop);
    return createIndex(int(child.internalId() - 2), 0, kAll);
}

int DomainTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasAll ? 1 : 0;
    if (parent.internalId() == kTop)
        return int(m_domains.size());
    if (parent.internalId() == kAll)
        return int(m_domains.at(parent.row()).level1s.size());
    return 0;
}

int DomainTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant DomainTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == kTop) {
        switch (role) {
        case Qt::DisplayRole: return tr("All items (%1)").arg(m_total) + statusText({}, {});
        case StatusCountsRole: return statusText({}, {});
        case Qt::DecorationRole: return m_allIcon;
        case IsAllRole: return true;
        case CountRole: return m_total;
        case DomainRole:
        case Level1Role: return QString();
        default: return {};
        }
    }
    const bool isDomain = id == kAll;
    const DomainNode &dn = m_domains.at(isDomain ? index.row() : int(id - 2));
    const QString name = isDomain ? dn.name : dn.level1s.at(index.row()).name;
    const int count = isDomain ? dn.count : dn.level1s.at(index.row()).count;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)")
                       .arg(name.isEmpty() ? (isDomain ? tr("(no domain)") : tr("(no level-1 item)")) : name)
                       .arg(count)
                + statusText(dn.name, isDomain ? QString() : name);
    case Qt::ToolTipRole: {
        const QString counts = statusText(dn.name, isDomain ? QString() : name);
        return counts.isEmpty()
                ? name
                : name + u'\n' + counts.mid(3).replace(QStringLiteral(" · "), QStringLiteral("\n"));
    }
    case StatusCountsRole: return statusText(dn.name, isDomain ? QString() : name);
    case DomainRole: return dn.name;
    case Level1Role: return isDomain ? QString() : name;
    case IsAllRole: return false;
    case CountRole: return count;
    default: return {};
    }
}

} // namespace gkml
