#pragma once

#include "catalogue/Item.h"

#include <QTableView>

class QAction;

namespace gkml {

class CatalogueEditor;
class FilterHeader;
class ItemDelegate;
class ItemFilterProxy;
class ItemTableModel;

// The item table (the qBittorrent TransferListWidget role): it owns its row and cell actions
// (copy, paste, clear, insert, duplicate, delete, move) with their shortcuts and context menu,
// so the window only places them in its menus. Every change goes through CatalogueEditor.
class ItemTableView : public QTableView
{
    Q_OBJECT
public:
    struct EditActions
    {
        QAction *copy = nullptr;
        QAction *paste = nullptr;
        QAction *clear = nullptr; // Delete: whole rows are deleted, cells are cleared
        QAction *insert = nullptr; // below the current item
        QAction *insertAbove = nullptr;
        QAction *duplicate = nullptr;
        QAction *remove = nullptr;
        QAction *moveUp = nullptr;
        QAction *moveDown = nullptr;
    };

    ItemTableView(ItemTableModel *model, ItemFilterProxy *proxy, QWidget *parent = nullptr);

    void setEditor(CatalogueEditor *editor);
    const EditActions &editActions() const { return m_actions; }
    FilterHeader *filterHeader() const { return m_header; }
    ItemDelegate *itemDelegate() const { return m_delegate; }
    // Where an insert lands when no row is current (the tree's scope), and the default 公开主体.
    void setInsertScope(const QString &domain, const QString &level1);
    void setDefaultOwner(const QString &owner) { m_defaultOwner = owner; }

    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Rows whose every cell is selected (a click on the row header): what Delete removes.
    QList<qint64> wholeSelectedRowIds() const;
    // Selects one cell alone and scrolls to it (the modifier keys of a shortcut do not extend).
    void selectCell(const QModelIndex &proxyIndex);
    bool selectItem(qint64 id, Field field);
    // Typing still in an open cell editor is committed (before undo, export, close).
    void commitOpenEditor();
    void updateActions();

    void copySelection();
    void paste();
    // Header row or whole rows: new items; otherwise cells overwrite from the current cell.
    bool pasteRows(const QList<QStringList> &rows);
    void insertItem();
    void insertItemAbove();
    void duplicateItems();
    void deleteItems();
    void clearCells();
    void deleteOrClear();
    void moveItem(int direction);

signals:
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void createActions();
    Item newItemTemplate() const;

    ItemTableModel *m_model;
    ItemFilterProxy *m_proxy;
    FilterHeader *m_header;
    ItemDelegate *m_delegate;
    CatalogueEditor *m_editor = nullptr;
    EditActions m_actions;
    QString m_scopeDomain, m_scopeLevel1, m_defaultOwner;
};

} // namespace gkml
