#pragma once

#include "check/Checker.h"
#include "check/Finding.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace gkml {

// The findings of the last check: severity (icon), item, field, message.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        ItemColumn,
        FieldColumn,
        MessageColumn,
        CodeColumn,
        ColumnCount
    };
    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    const Finding &findingAt(int row) const { return m_findings.at(row); }
    int count(Finding::Severity severity) const;
    static QIcon severityIcon(Finding::Severity severity);
    static QString severityName(Finding::Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
    int m_counts[3] = { 0, 0, 0 };
};

} // namespace gkml
