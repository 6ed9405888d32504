#include "DocumentCommands.h"

#include "catalogue/DocumentStore.h"

namespace gkml {

namespace {
void refuse(QUndoCommand *command, const DocumentErrorHandler &onError, const QString &message)
{
    command->setObsolete(true);
    if (onError)
        onError(message);
}

QList<qint64> idsOf(const QList<Document> &documents)
{
    QList<qint64> ids;
    for (const Document &d : documents)
        ids << d.id;
    return ids;
}
} // namespace

EditDocumentCommand::EditDocumentCommand(DocumentStore *store, DocumentErrorHandler onError,
                                         const Document &before, const Document &after, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_onError(std::move(onError))
    , m_before(before)
    , m_after(after)
{ }

void EditDocumentCommand::redo()
{
    if (!m_store->update(m_after))
        refuse(this, m_onError, m_store->errorString());
}

void EditDocumentCommand::undo()
{
    if (!m_store->update(m_before))
        refuse(this, m_onError, m_store->errorString());
}

AddDocumentsCommand::AddDocumentsCommand(DocumentStore *store, DocumentErrorHandler onError,
                                         const QList<Document> &documents, const QString &text,
                                         DocumentStore::IndexParser parse)
    : QUndoCommand(text)
    , m_store(store)
    , m_onError(std::move(onError))
    , m_documents(documents)
    , m_parse(std::move(parse))
{ }

void AddDocumentsCommand::redo()
{
    // The first redo gives new ids; the ids are then kept, so a redo after undo restores them.
    if (!m_store->insertAll(m_documents, text(), m_parse))
        refuse(this, m_onError, m_store->errorString());
}

void AddDocumentsCommand::undo()
{
    if (!m_store->remove(ids()))
        refuse(this, m_onError, m_store->errorString());
}

QList<qint64> AddDocumentsCommand::ids() const
{
    return idsOf(m_documents);
}

RemoveDocumentsCommand::RemoveDocumentsCommand(DocumentStore *store, DocumentErrorHandler onError,
                                               const QList<Document> &documents, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_onError(std::move(onError))
    , m_documents(documents)
{ }

void RemoveDocumentsCommand::redo()
{
    if (!m_store->remove(idsOf(m_documents)))
        refuse(this, m_onError, m_store->errorString());
}

void RemoveDocumentsCommand::undo()
{
    QList<Document> copy = m_documents;
    if (!m_store->insertAll(copy, text(), {}))
        refuse(this, m_onError, m_store->errorString());
}

AssignIndexCommand::AssignIndexCommand(DocumentStore *store, DocumentErrorHandler onError, qint64 documentId,
                                       Formatter format)
    : m_store(store)
    , m_onError(std::move(onError))
    , m_id(documentId)
    , m_format(std::move(format))
{
    setText(tr("Assign index number"));
}

void AssignIndexCommand::redo()
{
    if (m_number.isEmpty()) {
        m_number = m_store->assignIndexNumber(m_id, m_format);
        if (m_number.isEmpty())
            refuse(this, m_onError, m_store->errorString());
    } else if (!m_store->setIndexNumber(m_id, m_number)) {
        refuse(this, m_onError, m_store->errorString());
    }
}

void AssignIndexCommand::undo()
{
    if (!m_store->setIndexNumber(m_id, QString()))
        refuse(this, m_onError, m_store->errorString());
}

} // namespace gkml
