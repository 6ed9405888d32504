#include "ItemCommands.h"

#include "catalogue/CatalogueFile.h"

#include <QCoreApplication>

namespace gkml {

SetFieldCommand::SetFieldCommand(CatalogueFile *file, EditErrorHandler onError, qint64 itemId, Field field,
                                 const QVariant &oldValue, const QVariant &newValue, bool typing,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_file(file)
    , m_onError(std::move(onError))
    , m_item(itemId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
    , m_typing(typing)
{
    setText(QCoreApplication::translate("gkml::SetFieldCommand", "Edit %1").arg(ItemFields::label(field)));
}

bool SetFieldCommand::apply(const QVariant &value)
{
    if (m_file->setField(m_item, m_field, value))
        return true;
    setObsolete(true);
    if (m_onError)
        m_onError(m_file->errorString());
    return false;
}

void SetFieldCommand::redo()
{
    apply(m_new);
}

void SetFieldCommand::undo()
{
    apply(m_old);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetFieldCommand *>(other);
    if (!m_typing || !o->m_typing || o->m_item != m_item || o->m_field != m_field || o->m_file != m_file)
        return false;
    m_new = o->m_new; // the file already holds it: the other command was redone before merging
    if (m_new == m_old)
        setObsolete(true); // typed back to the start: nothing left to undo
    return true;
}

InsertItemsCommand::InsertItemsCommand(CatalogueFile *file, EditErrorHandler onError,
                                       const QList<Item> &items, const QString &source, const QString &text)
    : m_file(file)
    , m_onError(std::move(onError))
    , m_items(items)
    , m_source(source)
{
    setText(text);
}

void InsertItemsCommand::redo()
{
    bool ok;
    if (!m_done) {
        for (Item &it : m_items)
            it.id = 0;
        if (m_items.size() == 1 && m_source.isEmpty()) {
            const qint64 id = m_file->insertItem(m_items.first());
            m_items.first().id = id;
            ok = id != 0;
        } else {
            ok = m_file->insertItems(m_items, m_source);
        }
        m_done = ok;
    } else {
        ok = m_file->restoreItems(m_items);
    }
    if (!ok) {
        setObsolete(true);
        if (m_onError)
            m_onError(m_file->errorString());
    }
}

void InsertItemsCommand::undo()
{
    if (!m_file->removeItems(ids())) {
        setObsolete(true);
        if (m_onError)
            m_onError(m_file->errorString());
    }
}

QList<qint64> InsertItemsCommand::ids() const
{
    QList<qint64> ids;
    for (const Item &it : m_items)
        ids << it.id;
    return ids;
}

RemoveItemsCommand::RemoveItemsCommand(CatalogueFile *file, EditErrorHandler onError,
                                       const QList<Item> &items, const QString &text)
    : m_file(file)
    , m_onError(std::move(onError))
    , m_items(items)
{
    setText(text);
}

void RemoveItemsCommand::redo()
{
    QList<qint64> ids;
    for (const Item &it : std::as_const(m_items))
        ids << it.id;
    if (!m_file->removeItems(ids)) {
        setObsolete(true);
        if (m_onError)
            m_onError(m_file->errorString());
    }
}

void RemoveItemsCommand::undo()
{
    if (!m_file->restoreItems(m_items)) {
        setObsolete(true);
        if (m_onError)
            m_onError(m_file->errorString());
    }
}

} // namespace gkml
