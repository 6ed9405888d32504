#include "ItemTableView.h"

#include "commands/CatalogueEditor.h"
#include "delegates/ItemDelegate.h"
#include "exchange/ImportResult.h"
#include "exchange/TableGrid.h"
#include "exchange/TemplateMapper.h"
#include "models/ItemFilterProxy.h"
#include "models/ItemTableModel.h"
#include "models/TableClipboard.h"
#include "widgets/Actions.h"
#include "widgets/FilterHeader.h"
#include "widgets/ShortcutToolTip.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QUndoStack>
#include <algorithm>
#include <climits>
#include <optional>

namespace gkml {

ItemTableView::ItemTableView(ItemTableModel *model, ItemFilterProxy *proxy, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_header(new FilterHeader(this))
    , m_delegate(new ItemDelegate(this))
{
    setObjectName(QStringLiteral("itemTable"));
    setHorizontalHeader(m_header);
    setModel(m_proxy);
    setItemDelegate(m_delegate);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the catalogue's own order until a header is clicked
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring: fast
    m_header->setFilterBoxes(m_model->columnCount());
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (const FieldInfo &fi : ItemFields::all()) {
        int w = 7 * em;
        switch (fi.field) {
        case Field::Seq: w = 4 * em; break;
        case Field::Withheld: w = 5 * em; break;
        case Field::Level1:
        case Field::Level2: w = 10 * em; break;
        case Field::Content:
        case Field::Basis:
        case Field::Channels: w = 14 * em; break;
        case Field::Deadline:
        case Field::Owner: w = 9 * em; break;
        default: break;
        }
        setColumnWidth(ItemTableModel::columnOf(fi.field), w);
    }
    connect(m_header, &FilterHeader::filterChanged, m_proxy, &ItemFilterProxy::setColumnFilter);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, m_header, &FilterHeader::placeBoxes);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &ItemTableView::updateActions);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &ItemTableView::updateActions);
    createActions();
    updateActions();
}

void ItemTableView::createActions()
{
    auto add = [this](const QString &name, const QString &text, const char *iconName,
                      const QList<QKeySequence> &keys, auto slot) {
        QAction *a = makeAction(this, name, text, iconName, keys);
        connect(a, &QAction::triggered, this, slot);
        addShortcutToToolTip(a);
        return a;
    };
    m_actions.copy = add(QStringLiteral("copy"), tr("&Copy"), "copy",
                         QKeySequence::keyBindings(QKeySequence::Copy), &ItemTableView::copySelection);
    m_actions.paste = add(QStringLiteral("paste"), tr("&Paste"), "paste",
                          QKeySequence::keyBindings(QKeySequence::Paste), &ItemTableView::paste);
    m_actions.clear = add(QStringLiteral("clear"), tr("C&lear Cells"), nullptr,
                          QKeySequence::keyBindings(QKeySequence::Delete), &ItemTableView::deleteOrClear);
    m_actions.clear->setToolTip(tr("Empties the selected cells; on whole rows (chosen by their row numbers) "
                                   "deletes the items (Del)"));
    m_actions.insert = add(QStringLiteral("insert"), tr("&Insert Item"), "insert",
                           { QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal),
                             QKeySequence(Qt::Key_Insert) },
                           &ItemTableView::insertItem);
    m_actions.insertAbove = add(QStringLiteral("insertAbove"), tr("Insert Item A&bove"), nullptr, {},
                                &ItemTableView::insertItemAbove);
    m_actions.duplicate = add(QStringLiteral("duplicate"), tr("D&uplicate Items"), "duplicate",
                              { QKeySequence(Qt::CTRL | Qt::Key_D) }, &ItemTableView::duplicateItems);
    m_actions.remove = add(QStringLiteral("delete"), tr("&Delete Items"), "delete",
                           { QKeySequence(Qt::CTRL | Qt::Key_Minus) }, &ItemTableView::deleteItems);
    m_actions.moveUp = add(QStringLiteral("moveUp"), tr("Move &Up"), "up",
                           { QKeySequence(Qt::ALT | Qt::Key_Up) }, [this] { moveItem(-1); });
    m_actions.moveDown = add(QStringLiteral("moveDown"), tr("Move Dow&n"), "down",
                             { QKeySequence(Qt::ALT | Qt::Key_Down) }, [this] { moveItem(1); });
    // The clipboard keys and Delete act on the table only, not while typing in a text box.
    for (QAction *a : { m_actions.copy, m_actions.paste, m_actions.clear }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
}

void ItemTableView::setEditor(CatalogueEditor *editor)
{
    m_editor = editor;
    updateActions();
}

void ItemTableView::setInsertScope(const QString &domain, const QString &level1)
{
    m_scopeDomain = domain;
    m_scopeLevel1 = level1;
}

void ItemTableView::updateActions()
{
    const bool open = m_editor != nullptr;
    const bool writable = open && !m_editor->isReadOnly();
    const bool hasCurrent = currentId() != 0;
    m_actions.copy->setEnabled(open);
    m_actions.paste->setEnabled(writable);
    m_actions.insert->setEnabled(writable);
    m_actions.insertAbove->setEnabled(writable);
    for (QAction *a :
         { m_actions.duplicate, m_actions.remove, m_actions.clear, m_actions.moveUp, m_actions.moveDown })
        a->setEnabled(writable && hasCurrent);
}

void ItemTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex at = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (at.isValid() && !selectionModel()->isSelected(at))
        selectCell(at); // right-click on an unselected cell acts on that cell, as in Excel
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("itemTableMenu"));
    menu.addAction(m_actions.insertAbove);
    menu.addAction(m_actions.insert);
    menu.addAction(m_actions.duplicate);
    menu.addAction(m_actions.remove);
    menu.addSeparator();
    menu.addAction(m_actions.copy);
    menu.addAction(m_actions.paste);
    menu.addAction(m_actions.clear);
    menu.addSeparator();
    menu.addAction(m_actions.moveUp);
    menu.addAction(m_actions.moveDown);
    menu.exec(event->globalPos());
}

qint64 ItemTableView::currentId() const
{
    const QModelIndex cur = currentIndex();
    return cur.isValid() ? cur.data(ItemTableModel::ItemIdRole).toLongLong() : 0;
}

QList<qint64> ItemTableView::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &i : selectionModel()->selectedIndexes()) {
        if (!rows.contains(i.row()))
            rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : std::as_const(rows))
        ids << m_proxy->index(r, 0).data(ItemTableModel::ItemIdRole).toLongLong();
    if (ids.isEmpty() && currentId() != 0)
        ids << currentId();
    return ids;
}

QList<qint64> ItemTableView::wholeSelectedRowIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : selectionModel()->selectedRows())
        ids << i.data(ItemTableModel::ItemIdRole).toLongLong();
    return ids;
}

void ItemTableView::selectCell(const QModelIndex &proxyIndex)
{
    // Explicit ClearAndSelect: setCurrentIndex() consults the keyboard modifiers, so after a
    // Ctrl+ shortcut it would add to the selection instead.
    selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect);
    scrollTo(proxyIndex);
}

bool ItemTableView::selectItem(qint64 id, Field field)
{
    const QModelIndex target = m_proxy->mapFromSource(m_model->indexOf(id, field));
    if (!target.isValid())
        return false;
    selectCell(target);
    return true;
}

void ItemTableView::commitOpenEditor()
{
    // An open cell editor holds typing not yet committed: commit it (the Data Curator #850 trap).
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != viewport() && viewport()->isAncestorOf(focus)) {
        QWidget *editor = focus;
        while (editor->parentWidget() != viewport())
            editor = editor->parentWidget();
        emit m_delegate->commitData(editor);
    }
}

Item ItemTableView::newItemTemplate() const
{
    Item item;
    const int row = m_model->rowOfId(currentId());
    if (row >= 0) {
        const Item &cur = m_model->itemAt(row);
        item.domain = cur.domain;
        item.level1 = cur.level1;
        item.owner = cur.owner;
        item.department = cur.department;
    } else {
        item.domain = m_scopeDomain;
        item.level1 = m_scopeLevel1;
    }
    if (item.owner.isEmpty())
        item.owner = m_defaultOwner;
    return item;
}

void ItemTableView::copySelection()
{
    const QModelIndexList sel = selectionModel()->selectedIndexes();
    if (sel.isEmpty())
        return;
    // The bounding rectangle in the visible order, like a spreadsheet.
    int top = INT_MAX, bottom = -1;
    QList<int> columns;
    for (const QModelIndex &i : sel) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        if (!columns.contains(i.column()))
            columns << i.column();
    }
    std::sort(columns.begin(), columns.end(),
              [this](int a, int b) { return m_header->visualIndex(a) < m_header->visualIndex(b); });
    QList<QStringList> rows;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c : std::as_const(columns)) {
            const QModelIndex i = m_proxy->index(r, c);
            cells << (selectionModel()->isSelected(i) ? i.data(Qt::EditRole).toString() : QString());
        }
        rows << cells;
    }
    QApplication::clipboard()->setMimeData(TableClipboard::toMimeData(rows));
    emit statusMessage(tr("Copied %n row(s).", nullptr, int(rows.size())), 4000);
}

void ItemTableView::paste()
{
    const QList<QStringList> rows = TableClipboard::fromMimeData(QApplication::clipboard()->mimeData());
    if (rows.isEmpty()) {
        emit statusMessage(tr("The clipboard holds no table cells to paste."), 5000);
        return;
    }
    pasteRows(rows);
}

bool ItemTableView::pasteRows(const QList<QStringList> &rows)
{
    if (!m_editor || m_editor->isReadOnly() || rows.isEmpty())
        return false;
    // 1. A header row (copied from a county sheet or a GKML export): the importer's template
    // mapper reads it, so ticks, joined sets and channel checklists decode as on import.
    int named = 0;
    for (const QString &h : rows.first())
        named += ItemFields::fromHeader(h).has_value();
    const int fieldCount = int(ItemFields::all().size());
    QList<Item> items;
    if (named >= 2) {
        TableGrid grid;
        grid.rows = rows;
        ImportOptions options;
        options.domain = newItemTemplate().domain;
        const ImportResult mapped = TemplateMapper::map({ grid }, options);
        if (!mapped.ok()) {
            emit statusMessage(mapped.error, 8000);
            return false;
        }
        items = mapped.items;
    } else if (rows.first().size() >= fieldCount) {
        // 2. Whole rows in the table's own column order (copied from GKML), decoded by CellCodec.
        const Item base = newItemTemplate();
        for (const QStringList &row : rows) {
            if (std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
                continue;
            Item item;
            item.domain = base.domain;
            for (int c = 0; c < fieldCount; ++c) {
                const Field f = ItemTableModel::fieldAt(c);
                if (f != Field::Seq)
                    item.setValue(f, ItemTableModel::valueFromText(f, row.value(c)));
            }
            items << item;
        }
    } else {
        // 3. A block of cells: overwrite from the current cell on, like a spreadsheet.
        const QModelIndex cur = currentIndex();
        if (!cur.isValid())
            return false;
        QList<CatalogueEditor::CellEdit> edits;
        const int startVisual = m_header->visualIndex(cur.column());
        for (int r = 0; r < rows.size() && cur.row() + r < m_proxy->rowCount(); ++r) {
            const qint64 id = m_proxy->index(cur.row() + r, 0).data(ItemTableModel::ItemIdRole).toLongLong();
            for (int c = 0; c < rows.at(r).size(); ++c) {
                const int logical = m_header->logicalIndex(startVisual + c);
                if (logical < 0)
                    break;
                const Field f = ItemTableModel::fieldAt(logical);
                edits.append({ id, f, ItemTableModel::valueFromText(f, rows.at(r).at(c)) });
            }
        }
        return m_editor->setCells(edits, tr("Paste"));
    }
    if (items.isEmpty())
        return false;
    const QList<qint64> ids = m_editor->insertItems(
            items, QStringLiteral("paste"), tr("Paste %n item(s)", nullptr, int(items.size())), currentId());
    if (ids.isEmpty())
        return false;
    emit statusMessage(tr("Pasted %n item(s).", nullptr, int(ids.size())), 5000);
    selectItem(ids.first(), Field::Level2);
    return true;
}

void ItemTableView::insertItem()
{
    if (!m_editor)
        return;
    const QList<qint64> ids
            = m_editor->insertItems({ newItemTemplate() }, QString(), tr("Insert item"), currentId());
    if (!ids.isEmpty())
        selectItem(ids.first(), Field::Level2);
}

// Inserted below the current item, then moved above it: one undo step for the clerk.
void ItemTableView::insertItemAbove()
{
    const qint64 below = currentId();
    if (!m_editor || below == 0) {
        insertItem();
        return;
    }
    m_editor->undoStack()->beginMacro(tr("Insert item above"));
    const QList<qint64> ids
            = m_editor->insertItems({ newItemTemplate() }, QString(), tr("Insert item"), below);
    if (!ids.isEmpty())
        m_editor->moveItem(ids.first(), -1);
    m_editor->undoStack()->endMacro();
    if (!ids.isEmpty())
        selectItem(ids.first(), Field::Level2);
}

void ItemTableView::duplicateItems()
{
    if (!m_editor)
        return;
    QList<Item> copies;
    const QList<qint64> ids = selectedIds();
    for (qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            copies << m_model->itemAt(row);
    }
    if (copies.isEmpty())
        return;
    m_editor->insertItems(copies, QStringLiteral("duplicate"),
                          tr("Duplicate %n item(s)", nullptr, int(copies.size())), ids.last());
}

void ItemTableView::deleteItems()
{
    if (!m_editor)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QModelIndex cur = currentIndex();
    // No "are you sure?": the deletion is one undo step away from being reverted.
    if (m_editor->removeItems(ids)) {
        emit statusMessage(
                tr("%n item(s) deleted. Undo (Ctrl+Z) brings them back.", nullptr, int(ids.size())), 8000);
        const int row = std::min(cur.row(), m_proxy->rowCount() - 1);
        if (row >= 0)
            selectCell(m_proxy->index(row, std::max(0, cur.column())));
    }
}

void ItemTableView::clearCells()
{
    if (!m_editor || m_editor->isReadOnly())
        return;
    QList<CatalogueEditor::CellEdit> edits;
    for (const QModelIndex &i : selectionModel()->selectedIndexes()) {
        const Field f = ItemTableModel::fieldAt(i.column());
        if (f == Field::Domain || f == Field::Seq)
            continue; // an item keeps its place
        edits.append(
                { i.data(ItemTableModel::ItemIdRole).toLongLong(), f, ItemTableModel::valueFromText(f, {}) });
    }
    m_editor->setCells(edits, tr("Clear cells"));
}

void ItemTableView::deleteOrClear()
{
    // Whole rows chosen by their row numbers mean the items; cells mean their contents.
    if (!wholeSelectedRowIds().isEmpty())
        deleteItems();
    else
        clearCells();
}

void ItemTableView::moveItem(int direction)
{
    if (!m_editor)
        return;
    const qint64 id = currentId();
    const int column = currentIndex().column();
    if (id == 0)
        return;
    if (m_proxy->sortColumn() >= 0 && m_proxy->sortColumn() != ItemTableModel::columnOf(Field::Seq))
        sortByColumn(-1, Qt::AscendingOrder); // show the order being changed
    m_editor->moveItem(id, direction);
    selectItem(id, ItemTableModel::fieldAt(column));
}

} // namespace gkml
