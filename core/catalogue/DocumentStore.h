#pragma once

#include "Document.h"
#include "TransferBatch.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSet>
#include <QVariant>
#include <functional>
#include <optional>

class QSqlQuery;

namespace gkml {

class CatalogueFile;

// The document ledger and the 两馆 transfer batches in a catalogue file (the document,
// transfer_batch and index_number tables of schema/DocumentSchema.cpp). Like CatalogueFile,
// every change is one committed transaction with its history row; a failing call returns
// false / 0 / empty, sets errorString() and leaves the file unchanged. A read-only file (another
// editor holds the lock) refuses every change, so two editors never hand out the same 索引号.
class DocumentStore : public QObject
{
    Q_OBJECT
public:
    // Parses a 索引号 of the unit's pattern into its year and serial number (false: malformed).
    using IndexParser = std::function<bool(const QString &indexNo, int *year, int *seq)>;
    // Formats the 索引号 of serial number `seq` for a document written on `date`.
    using IndexFormatter = std::function<QString(const QDate &date, int seq)>;

    explicit DocumentStore(CatalogueFile *file, QObject *parent = nullptr);

    QString errorString() const { return m_error; }

    // Ordered by 成文日期 (undated last), then id.
    QList<Document> documents() const;
    std::optional<Document> document(qint64 id) const;
    int count() const;

    // Inserts one document; returns its id (0 on failure). A non-zero id is kept (undo of a
    // removal). Its 索引号, if any, must be free or already reserved for that id.
    qint64 insert(const Document &doc, const IndexParser &parse = {});
    // Adds all documents in one transaction or none (an imported ledger); fills their ids.
    // Well-formed 索引号 are reserved so that they are never assigned again; a 索引号 already in
    // the file or twice in `docs` refuses the whole import.
    bool insertAll(QList<Document> &docs, const QString &source, const IndexParser &parse);
    // Changes every field but id, 索引号 and transfer (those have their own calls).
    bool update(const Document &doc);
    bool remove(const QList<qint64> &ids);

    // The unit's 索引号 pattern and organisation code (meta keys indexPattern, indexOrg).
    QString indexPattern() const;
    QString indexOrg() const;
    bool setIndexTemplate(const QString &org, const QString &pattern);

    // Gives the document the next serial number of its year (成文日期, else today) in one
    // transaction; returns the number, empty on failure (e.g. it already has one).
    QString assignIndexNumber(qint64 id, const IndexFormatter &format);
    // Sets or clears (empty) a document's 索引号 without assigning a new one: undo/redo of
    // assignIndexNumber. A number reserved for another document is refused.
    bool setIndexNumber(qint64 id, const QString &indexNo);
    // Every 索引号 reserved so far (assigned or imported, including those of deleted documents).
    QSet<QString> reservedIndexNumbers() const;

    // Marks the documents as handed over in a new batch; all or none (a document already in a
    // batch, e.g. recorded meanwhile by another run, refuses the batch). Returns its id, 0 on failure.
    qint64 recordTransfer(const QDate &nominal, const QDate &due, const QList<qint64> &documentIds);
    // Takes a recorded batch back (undo of recordTransfer): its documents are pending again and the
    // batch is gone; the history keeps both steps. All or none.
    bool cancelTransfer(qint64 batchId);
    QList<TransferBatch> batches() const;
    // The batch recorded for the transfer day `nominal` (its 移交清单 can be printed again).
    std::optional<TransferBatch> batchOn(const QDate &nominal) const;
    // The documents handed over in a recorded batch, in ledger order.
    QList<Document> documentsIn(qint64 batchId) const;

signals:
    void documentsChanged();

private:
    bool writable();
    bool fail(const QString &message) const;
    bool rollbackWith(const QString &message);
    bool history(const QString &action, qint64 id, const QString &field, const QString &oldValue,
                 const QString &newValue);
    // One row of the catalogue's history table that names no item (documents, settings).
    bool insertHistory(QSqlQuery &h, const QString &action, const QString &field, const QVariant &oldValue,
                       const QVariant &newValue) const;
    bool insertTx(QList<Document> &docs, const QString &action, const QString &source,
                  const IndexParser &parse);
    QString metaValue(const QString &key) const;

    CatalogueFile *m_file;
    mutable QString m_error;
};

} // namespace gkml
