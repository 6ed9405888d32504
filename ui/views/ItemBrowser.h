#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace gkml {

class ItemFilterProxy;
class ItemTableModel;
class ItemTableView;

// The window's central area: the read-only banner, the search box and the item table. The
// search filters after a short typing pause, so a large catalogue does not stutter.
class ItemBrowser : public QWidget
{
    Q_OBJECT
public:
    ItemBrowser(ItemTableModel *model, ItemFilterProxy *proxy, QWidget *parent = nullptr);

    ItemTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    // Empty: hidden.
    void setReadOnlyNotice(const QString &text);
    // Clears the search box and applies it now, not after the pause.
    void clearSearch();

private:
    ItemFilterProxy *m_proxy;
    QLabel *m_banner;
    QLineEdit *m_search;
    ItemTableView *m_table;
};

} // namespace gkml
