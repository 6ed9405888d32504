#pragma once

#include "catalogue/Document.h"
#include "catalogue/DocumentStore.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>
#include <functional>

namespace gkml {

// Undo steps of the 公文登记 view. Each step, done or undone, is one committed transaction of
// DocumentStore; a step the file refuses reports why and makes itself obsolete, so the undo
// stack never claims an edit that is not on disk (as the item commands do).
using DocumentErrorHandler = std::function<void(const QString &)>;

// Changes the fields of one document (not its 索引号 or transfer).
class EditDocumentCommand : public QUndoCommand
{
public:
    EditDocumentCommand(DocumentStore *store, DocumentErrorHandler onError, const Document &before,
                        const Document &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    DocumentStore *m_store;
    DocumentErrorHandler m_onError;
    Document m_before, m_after;
};

// Adding and removing documents are the same two steps in opposite order: this holds the
// documents and does either step.
class DocumentListCommand : public QUndoCommand
{
public:
    // `parse` reads the 索引号 the documents bring (an imported ledger's), so they are reserved.
    DocumentListCommand(DocumentStore *store, DocumentErrorHandler onError, const QList<Document> &documents,
                        const QString &text, DocumentStore::IndexParser parse = {});
    void redo() override = 0;
    void undo() override = 0;
    QList<qint64> ids() const;

protected:
    // Puts the documents in; the first insertion of new documents gives them their ids, which
    // every later one keeps (with their 索引号).
    void insert();
    void remove();

private:
    DocumentStore *m_store;
    DocumentErrorHandler m_onError;
    QList<Document> m_documents;
    DocumentStore::IndexParser m_parse;
};

// Adds documents; later redos put them back under the same ids, undo removes them.
class AddDocumentsCommand : public DocumentListCommand
{
public:
    using DocumentListCommand::DocumentListCommand;
    void redo() override { insert(); }
    void undo() override { remove(); }
};

// Removes documents; undo puts them back under their ids (with their 索引号).
class RemoveDocumentsCommand : public DocumentListCommand
{
public:
    using DocumentListCommand::DocumentListCommand;
    void redo() override { remove(); }
    void undo() override { insert(); }
};

// Gives a document the next 索引号. Undo takes the number off the document but never frees it
// (it stays reserved for this document); redo gives the same number back.
class AssignIndexCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignIndexCommand)
public:
    using Formatter = std::function<QString(const QDate &, int)>;
    AssignIndexCommand(DocumentStore *store, DocumentErrorHandler onError, qint64 documentId,
                       Formatter format);
    void redo() override;
    void undo() override;
    QString number() const { return m_number; }

private:
    DocumentStore *m_store;
    DocumentErrorHandler m_onError;
    qint64 m_id;
    Formatter m_format;
    QString m_number;
};

// Records a handover to the county archives and library (两馆). Undo takes the record back (the
// documents are pending again, the history keeps both steps); redo records them again.
class RecordHandoverCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordHandoverCommand)
public:
    RecordHandoverCommand(DocumentStore *store, DocumentErrorHandler onError, const QDate &nominal,
                          const QDate &due, const QList<qint64> &documentIds);
    void redo() override;
    void undo() override;

private:
    DocumentStore *m_store;
    DocumentErrorHandler m_onError;
    QDate m_nominal, m_due;
    QList<qint64> m_ids;
    qint64 m_batch = 0;
};

} // namespace gkml
