#pragma once

#include <QSortFilterProxyModel>

namespace gkml {

// The filters of the 公文登记 view: words anywhere in a row, one drafting office, one
// disclosure attribute ("" = all, "-" = not marked), and "only the documents to return".
class DocumentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DocumentFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setDepartment(const QString &department);
    void setAttribute(const QString &attribute);
    void setOnlyToReturn(bool only);

    static QString unmarked() { return QStringLiteral("-"); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text, m_department, m_attribute;
    bool m_onlyToReturn = false;
};

} // namespace gkml
