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

DocumentListCommand::DocumentListCommand(DocumentStore *store, DocumentErrorHandler onError,
                                         const QList<Document> &documents, const QString &text,
                                         DocumentStore::IndexParser parse)
    : QUndoCommand(text)
    , m_store(store)
    , m_onError(std::move(onError))
    , m_documents(documents)
    , m_parse(std::move(parse))
{ }

QList<qint64> DocumentListCommand::ids() const
{
    return idsOf(m_documents);
}

void DocumentListCommand::insert()
{
    if (!m_store->insertAll(m_documents, text(), m_parse))
        refuse(this, m_onError, m_store->errorString());
}

void DocumentListCommand::remove()
{
    if (!m_store->remove(ids()))
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

RecordHandoverCommand::RecordHandoverCommand(DocumentStore *store, DocumentErrorHandler onError,
                                             const QDate &nominal, const QDate &due,
                                             const QList<qint64> &documentIds)
    : m_store(store)
    , m_onError(std::move(onError))
    , m_nominal(nominal)
    , m_due(due)
    , m_ids(documentIds)
{
    setText(tr("Record the handover"));
}

void RecordHandoverCommand::redo()
{
    m_batch = m_store->recordTransfer(m_nominal, m_due, m_ids);
    if (!m_batch)
        refuse(this, m_onError, m_store->errorString());
}

void RecordHandoverCommand::undo()
{
    if (!m_store->cancelTransfer(m_batch))
        refuse(this, m_onError, m_store->errorString());
}

} // namespace gkml
