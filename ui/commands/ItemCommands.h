#pragma once

#include "catalogue/Item.h"

#include <QList>
#include <QUndoCommand>
#include <QVariant>
#include <functional>

namespace gkml {

class CatalogueFile;

// Undo commands that apply edits (and their inverses) through CatalogueFile, so every step,
// done or undone, is one committed transaction. A step the file refuses reports its message and
// marks itself obsolete, so QUndoStack drops it and the stack never claims an edit that is not
// on disk.
using EditErrorHandler = std::function<void(const QString &)>;

class SetFieldCommand : public QUndoCommand
{
public:
    enum {
        Id = 0x474b01
    };
    // `typing`: consecutive typing into the same field merges into one undo step.
    SetFieldCommand(CatalogueFile *file, EditErrorHandler onError, qint64 itemId, Field field,
                    const QVariant &oldValue, const QVariant &newValue, bool typing,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QVariant &value);
    CatalogueFile *m_file;
    EditErrorHandler m_onError;
    qint64 m_item;
    Field m_field;
    QVariant m_old, m_new;
    bool m_typing;
};

// Insert, duplicate and paste: the first redo adds the items (new ids), later redos put them
// back under the same ids, undo removes them.
class InsertItemsCommand : public QUndoCommand
{
public:
    InsertItemsCommand(CatalogueFile *file, EditErrorHandler onError, const QList<Item> &items,
                       const QString &source, const QString &text);
    void redo() override;
    void undo() override;
    QList<qint64> ids() const;

private:
    CatalogueFile *m_file;
    EditErrorHandler m_onError;
    QList<Item> m_items;
    QString m_source;
    bool m_done = false;
};

// Delete: undo restores the items under their old ids (CatalogueFile::restoreItems).
class RemoveItemsCommand : public QUndoCommand
{
public:
    RemoveItemsCommand(CatalogueFile *file, EditErrorHandler onError, const QList<Item> &items,
                       const QString &text);
    void redo() override;
    void undo() override;

private:
    CatalogueFile *m_file;
    EditErrorHandler m_onError;
    QList<Item> m_items;
};

} // namespace gkml
