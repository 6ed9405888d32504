#pragma once

#include "catalogue/Item.h"
#include "exchange/ImportMatcher.h"

#include <QList>
#include <QObject>
#include <functional>

class QUndoStack;

namespace gkml {

class CatalogueFile;

// The one place where the UI changes a catalogue: every edit becomes an undo command that
// commits through CatalogueFile at once. Errors of the core are reported through errorOccurred
// (the window shows them); nothing fails silently.
class CatalogueEditor : public QObject
{
    Q_OBJECT
public:
    CatalogueEditor(CatalogueFile *file, QUndoStack *stack, QObject *parent = nullptr);

    CatalogueFile *file() const { return m_file; }
    QUndoStack *undoStack() const { return m_stack; }
    bool isReadOnly() const;
    // The items in display order as the UI already holds them (the model's cache), so that an
    // insert or move in a large catalogue does not read the whole file again. Default: the file.
    void setItemsSource(std::function<QList<Item>()> source) { m_itemsSource = std::move(source); }

    // Returns false when the file refused the edit (errorOccurred was emitted).
    bool setField(qint64 id, Field field, const QVariant &value, bool typing = false);
    // Adds items after the item `afterId` (0: at the end of their domain); returns the new ids.
    QList<qint64> insertItems(QList<Item> items, const QString &source, const QString &undoText,
                              qint64 afterId = 0);
    bool removeItems(const QList<qint64> &ids);
    // Swaps the display order (seq) with the previous/next item of the same domain.
    bool moveItem(qint64 id, int direction);
    // Several cells in one undo step (paste into cells, clearing cells).
    struct CellEdit
    {
        qint64 id;
        Field field;
        QVariant value;
    };
    bool setCells(const QList<CellEdit> &edits, const QString &undoText);
    // An import as one undo step (one transaction): matched items updated (OnMatch::Update),
    // new rows added at the end of their domain. Returns the number of items added, -1 on error.
    int applyImport(const ImportMatcher::Plan &plan, ImportMatcher::OnMatch mode, const QString &source);

signals:
    void errorOccurred(const QString &message);

private:
    void reportError(const QString &message);
    QList<Item> currentItems() const;
    std::function<QList<Item>()> m_itemsSource;
    CatalogueFile *m_file;
    QUndoStack *m_stack;
    bool m_failed = false;
};

} // namespace gkml
