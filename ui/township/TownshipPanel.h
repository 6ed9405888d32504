#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QMainWindow;
class QMenu;
class QTimer;
class QTreeWidget;

namespace gkml {

class CatalogueFile;
class ItemTableModel;
class ItemFilterProxy;
class TownshipActions;
class TownshipSelector;

// The townships' part of the editor window, self-contained so that MainWindow wires it with a
// handful of lines: a dock beside the domain tree holding the township selector (which filters
// the item table to the township's derived catalogue) and the counts per 责任股室 and per
// township; the township actions (edit the list, print all townships' sheets) for a menu.
// It follows the catalogue's change signals itself (counts refresh shortly after an edit).
class TownshipPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TownshipPanel(QWidget *parent = nullptr);

    // Adds the dock (below the left docks of `window`), filters `proxy`, adds the actions to `menu`.
    void attach(QMainWindow *window, ItemFilterProxy *proxy, QMenu *menu);
    // The parts of attach() for a window that makes its own docks.
    void setProxy(ItemFilterProxy *proxy) { m_proxy = proxy; }
    void addActionsTo(QMenu *menu);
    // The open catalogue, or null when none is open.
    void setCatalogue(CatalogueFile *file);
    // The editor window's items (in memory); without it they are read from the file on every
    // refresh. While the model still reads a large catalogue, the counts wait for it.
    void setItemModel(ItemTableModel *model);

    TownshipSelector *selector() const { return m_selector; }
    TownshipActions *actions() const { return m_actions; }
    QTreeWidget *counts() const { return m_counts; }
    // One line for the status bar: "社会救助股 15 · 养老服务股 7".
    QString departmentSummary() const { return m_departmentSummary; }
    // The same summary as a label for the window's status bar.
    QLabel *departmentLabel() const { return m_departmentLabel; }

signals:
    void countsChanged();

private:
    void refresh();
    void applyFilter();

    QPointer<CatalogueFile> m_file;
    QPointer<ItemTableModel> m_model;
    ItemFilterProxy *m_proxy = nullptr;
    TownshipSelector *m_selector;
    TownshipActions *m_actions;
    QTreeWidget *m_counts;
    QTimer *m_refresh;
    QString m_departmentSummary;
    QLabel *m_departmentLabel;
};

} // namespace gkml
