#include "FindingsModel.h"

#include "catalogue/ItemField.h"

namespace gkml {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    // Errors first, then warnings, then information; stable inside each group (item order).
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    for (const Finding &f : std::as_const(m_findings))
        ++m_counts[static_cast<int>(f.severity)];
    endResetModel();
}

int FindingsModel::count(Finding::Severity severity) const
{
    return m_counts[static_cast<int>(severity)];
}

QIcon FindingsModel::severityIcon(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return QIcon(QStringLiteral(":/icons/error.svg"));
    case Finding::Severity::Warning: return QIcon(QStringLiteral(":/icons/warning.svg"));
    case Finding::Severity::Info: return QIcon(QStringLiteral(":/icons/info.svg"));
    }
    return {};
}

QString FindingsModel::severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return tr("Error");
    case Finding::Severity::Warning: return tr("Warning");
    case Finding::Severity::Info: return tr("Information");
    }
    return {};
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return severityIcon(f.severity);
    if (role == Qt::ToolTipRole)
        return f.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn: return severityName(f.severity);
    case ItemColumn: {
        QStringList parts;
        for (const QString &p : { f.domain, f.level1, f.level2 }) {
            if (!p.isEmpty())
                parts << p;
        }
        return parts.join(QStringLiteral(" › "));
    }
    case FieldColumn: {
        if (f.field.isEmpty())
            return QString();
        const auto field = ItemFields::fromKey(f.field);
        return field ? ItemFields::label(*field) : f.field;
    }
    case MessageColumn: return f.message;
    case CodeColumn: return f.code;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ItemColumn: return tr("Item");
    case FieldColumn: return tr("Field");
    case MessageColumn: return tr("Message");
    case CodeColumn: return tr("Code");
    }
    return {};
}

} // namespace gkml
