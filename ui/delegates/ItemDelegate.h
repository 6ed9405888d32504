#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace gkml {

// Editors for the item table: a list with free entry for 责任股室, a multi-line box for the long
// texts, a line for everything else. Enter commits in every column, Alt+Enter breaks the line.
class ItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ItemDelegate(QObject *parent = nullptr);
    void setDepartments(const QStringList &departments) { m_departments = departments; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList m_departments;
};

} // namespace gkml
