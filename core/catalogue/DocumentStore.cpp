#include "DocumentStore.h"

#include "CatalogueFile.h"
#include "SqlErrorText.h"
#include "SqlStatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gkml {

namespace {

const char *const kColumns = "id, doc_no, title, written_on, department, attribute, reason, reviewer,"
                             " reviewed_on, index_no, item_id, transfer_id, doc_type, repealed_on, copies";

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant textValue(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant idValue(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Document readDocument(const QSqlQuery &q)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.docNo = q.value(1).toString();
    d.title = q.value(2).toString();
    d.writtenOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    d.department = q.value(4).toString();
    d.attribute = q.value(5).toString();
    d.reason = q.value(6).toString();
    d.reviewer = q.value(7).toString();
    d.reviewedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    d.indexNo = q.value(9).toString();
    d.item = q.value(10).toLongLong();
    d.transfer = q.value(11).toLongLong();
    d.docType = q.value(12).toString();
    d.repealedOn = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    d.copies = qMax(1, q.value(14).toInt());
    return d;
}

void bindFields(QSqlQuery &q, const Document &d)
{
    q.addBindValue(textValue(d.docNo.trimmed()));
    q.addBindValue(textValue(d.title.trimmed()));
    q.addBindValue(dateValue(d.writtenOn));
    q.addBindValue(textValue(d.department.trimmed()));
    q.addBindValue(d.attribute.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(d.attribute));
    q.addBindValue(textValue(d.reason.trimmed()));
    q.addBindValue(textValue(d.reviewer.trimmed()));
    q.addBindValue(dateValue(d.reviewedOn));
    q.addBindValue(idValue(d.item));
    q.addBindValue(textValue(d.docType.trimmed()));
    q.addBindValue(dateValue(d.repealedOn));
    q.addBindValue(qMax(1, d.copies));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString summary(const Document &d)
{
    return QStringLiteral("%1 %2").arg(d.docNo, d.title).trimmed();
}

} // namespace

DocumentStore::DocumentStore(CatalogueFile *file, QObject *parent)
    : QObject(parent)
    , m_file(file)
{ }

bool DocumentStore::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool DocumentStore::writable()
{
    m_error.clear();
    if (m_file->isReadOnly())
        return fail(tr("The catalogue is open read-only: %1").arg(m_file->readOnlyReason()));
    return true;
}

bool DocumentStore::rollbackWith(const QString &message)
{
    m_file->database().rollback();
    return fail(message);
}

bool DocumentStore::history(const QString &action, qint64 id, const QString &field, const QString &oldValue,
                            const QString &newValue)
{
    // Document changes share the catalogue's history table: item_id stays NULL (it names items),
    // the document id is in the field column ("document 12: title").
    QSqlQuery h(m_file->database());
    if (!insertHistory(h, action,
                       field.isEmpty() ? QStringLiteral("document %1").arg(id)
                                       : QStringLiteral("document %1: %2").arg(id).arg(field),
                       textValue(oldValue), textValue(newValue)))
        return rollbackWith(SqlErrorText::describe(h.lastError(), m_file->path()));
    return true;
}

bool DocumentStore::insertHistory(QSqlQuery &h, const QString &action, const QString &field,
                                  const QVariant &oldValue, const QVariant &newValue) const
{
    return SqlStatement::exec(
            h,
            QStringLiteral("INSERT INTO history(time, user, item_id, action, field, old_value,"
                           " new_value) VALUES(?, ?, NULL, ?, ?, ?, ?)"),
            { nowUtc(), m_file->userName(), action, field, oldValue, newValue });
}

QList<Document> DocumentStore::documents() const
{
    QList<Document> list;
    QSqlQuery q(m_file->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM document ORDER BY written_on IS NULL, written_on, id")
                        .arg(QLatin1String(kColumns)))) {
        fail(SqlErrorText::describe(q.lastError(), m_file->path()));
        return list;
    }
    while (q.next())
        list.append(readDocument(q));
    return list;
}

std::optional<Document> DocumentStore::document(qint64 id) const
{
    QSqlQuery q(m_file->database());
    q.prepare(QStringLiteral("SELECT %1 FROM document WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readDocument(q);
    return std::nullopt;
}

int DocumentStore::count() const
{
    QSqlQuery q(m_file->database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM document")) && q.next())
        return q.value(0).toInt();
    return 0;
}

qint64 DocumentStore::insert(const Document &doc, const IndexParser &parse)
{
    QList<Document> one { doc };
    if (!insertTx(one, QStringLiteral("doc-insert"), QString(), parse))
        return 0;
    return one.first().id;
}

bool DocumentStore::insertAll(QList<Document> &docs, const QString &source, const IndexParser &parse)
{
    return insertTx(docs, QStringLiteral("doc-import"), source, parse);
}

bool DocumentStore::insertTx(QList<Document> &docs, const QString &action, const QString &source,
                             const IndexParser &parse)
{
    if (!writable())
        return false;
    QSqlDatabase db = m_file->database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file->path()));
    const QString path = m_file->path();
    QSqlQuery ins(db);
    ins.prepare(
            QStringLiteral("INSERT INTO document(id, doc_no, title, written_on, department, attribute,"
                           " reason, reviewer, reviewed_on, item_id, doc_type, repealed_on, copies, index_no)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery holder(db);
    holder.prepare(QStringLiteral("SELECT document_id FROM index_number WHERE index_no = ?"));
    QSqlQuery inUse(db);
    inUse.prepare(QStringLiteral("SELECT id FROM document WHERE index_no = ?"));
    QSqlQuery reserve(db);
    reserve.prepare(QStringLiteral(
            "INSERT INTO index_number(index_no, year, seq, assigned, document_id) VALUES(?, ?, ?, ?, ?)"));
    QSqlQuery claim(db);
    claim.prepare(QStringLiteral("UPDATE index_number SET document_id = ? WHERE index_no = ?"));
    const QString time = nowUtc();
    QSet<QString> seen;
    for (Document &d : docs) {
        ins.addBindValue(idValue(d.id));
        bindFields(ins, d);
        ins.addBindValue(QStringLiteral(""));
        if (!ins.exec())
            return rollbackWith(SqlErrorText::describe(ins.lastError(), path));
        d.id = ins.lastInsertId().toLongLong();
        const QString indexNo = d.indexNo.trimmed();
        if (indexNo.isEmpty())
            continue;
        if (seen.contains(indexNo))
            return rollbackWith(tr("The 索引号 %1 appears twice (%2).").arg(indexNo, summary(d)));
        seen.insert(indexNo);
        inUse.addBindValue(indexNo);
        if (inUse.exec() && inUse.next())
            return rollbackWith(tr("The 索引号 %1 (%2) is already used by another document in this file.")
                                        .arg(indexNo, summary(d)));
        holder.addBindValue(indexNo);
        if (!holder.exec())
            return rollbackWith(SqlErrorText::describe(holder.lastError(), path));
        if (holder.next()) {
            const qint64 owner = holder.value(0).toLongLong();
            if (owner != 0 && owner != d.id)
                return rollbackWith(tr("The 索引号 %1 (%2) was given out before and is never used again.")
                                            .arg(indexNo, summary(d)));
            claim.addBindValue(d.id);
            claim.addBindValue(indexNo);
            if (!claim.exec())
                return rollbackWith(SqlErrorText::describe(claim.lastError(), path));
        } else {
            int year = 0, seq = 0;
            // Only numbers of the unit's pattern take part in the serial count; others are kept
            // as written (the checker reports them as malformed).
            if (parse && parse(indexNo, &year, &seq)) {
                reserve.addBindValue(indexNo);
                reserve.addBindValue(year);
                reserve.addBindValue(seq);
                reserve.addBindValue(time);
                reserve.addBindValue(d.id);
                if (!reserve.exec())
                    return rollbackWith(SqlErrorText::describe(reserve.lastError(), path));
            }
        }
        QSqlQuery set(db);
        set.prepare(QStringLiteral("UPDATE document SET index_no = ? WHERE id = ?"));
        set.addBindValue(indexNo);
        set.addBindValue(d.id);
        if (!set.exec())
            return rollbackWith(SqlErrorText::describe(set.lastError(), path));
        d.indexNo = indexNo;
    }
    if (docs.size() == 1) {
        if (!history(action, docs.first().id, QString(), QString(), summary(docs.first())))
            return false;
    } else if (!history(action, 0, QString(), QString(),
                        tr("%n document(s) from %1", nullptr, int(docs.size())).arg(source))) {
        return false;
    }
    if (!db.commit())
        return rollbackWith(SqlErrorText::describe(db.lastError(), path));
    emit documentsChanged();
    return true;
}

bool DocumentStore::update(const Document &doc)
{
    if (!writable())
        return false;
    const std::optional<Document> before = document(doc.id);
    if (!before)
        return fail(tr("The document no longer exists."));
    QSqlDatabase db = m_file->database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file->path()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE document SET doc_no = ?, title = ?, written_on = ?, department = ?,"
                             " attribute = ?, reason = ?, reviewer = ?, reviewed_on = ?, item_id = ?,"
                             " doc_type = ?, repealed_on = ?, copies = ? WHERE id = ?"));
    bindFields(q, doc);
    q.addBindValue(doc.id);
    if (!q.exec())
        return rollbackWith(SqlErrorText::describe(q.lastError(), m_file->path()));
    const QJsonObject oldJson = before->toJson();
    const QJsonObject newJson = doc.toJson();
    for (auto it = newJson.begin(); it != newJson.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("id") || key == QLatin1String("indexNo") || key == QLatin1String("transfer"))
            continue;
        if (oldJson.value(key) != it.value()
            && !history(QStringLiteral("doc-update"), doc.id, key, oldJson.value(key).toVariant().toString(),
                        it.value().toVariant().toString()))
            return false;
    }
    if (!db.commit())
        return rollbackWith(SqlErrorText::describe(db.lastError(), m_file->path()));
    emit documentsChanged();
    return true;
}

bool DocumentStore::remove(const QList<qint64> &ids)
{
    if (!writable())
        return false;
    QSqlDatabase db = m_file->database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file->path()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM document WHERE id = ?"));
    for (qint64 id : ids) {
        const std::optional<Document> old = document(id);
        if (!old)
            continue;
        if (old->transfer)
            return rollbackWith(tr("%1 was handed to the archives and the library already and stays in the "
                                   "ledger.")
                                        .arg(summary(*old)));
        q.addBindValue(id);
        if (!q.exec())
            return rollbackWith(SqlErrorText::describe(q.lastError(), m_file->path()));
        if (!history(QStringLiteral("doc-delete"), id, QString(), summary(*old), QString()))
            return false;
    }
    if (!db.commit())
        return rollbackWith(SqlErrorText::describe(db.lastError(), m_file->path()));
    emit documentsChanged();
    return true;
}

QString DocumentStore::metaValue(const QString &key) const
{
    return SqlStatement::firstValue(m_file->database(),
                                    QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key })
            .toString();
}

QString DocumentStore::indexPattern() const
{
    return metaValue(QStringLiteral("indexPattern"));
}

QString DocumentStore::indexOrg() const
{
    return metaValue(QStringLiteral("indexOrg"));
}

bool DocumentStore::setIndexTemplate(const QString &org, const QString &pattern)
{
    if (!writable())
        return false;
    QSqlDatabase db = m_file->database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file->path()));
    const QList<QPair<QString, QString>> pairs { { QStringLiteral("indexOrg"), org.trimmed() },
                                                 { QStringLiteral("indexPattern"), pattern.trimmed() } };
    for (const auto &[key, value] : pairs) {
        const QString old = metaValue(key);
        if (old == value)
            continue;
        QSqlQuery q(db);
        if (!SqlStatement::exec(q,
                                QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                { key, value }))
            return rollbackWith(SqlErrorText::describe(q.lastError(), m_file->path()));
        QSqlQuery h(db);
        if (!insertHistory(h, QStringLiteral("meta"), key, old, value))
            return rollbackWith(SqlErrorText::describe(h.lastError(), m_file->path()));
    }
    if (!db.commit())
        return rollbackWith(SqlErrorText::describe(db.lastError(), m_file->path()));
    return true;
}

QString DocumentStore::assignIndexNumber(qint64 id, const IndexFormatter &format)
{
    if (!writable())
        return {};
    QSqlDatabase db = m_file->database();
    // BEGIN IMMEDIATE: the serial number is read and written under one write lock, so even two
    // writers on the same file (a lock taken over) cannot both take the same number.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(SqlErrorText::describe(begin.lastError(), m_file->path()));
        return {};
    }
    auto abort = [&](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        fail(message);
        return QString();
    };
    const std::optional<Document> doc = document(id);
    if (!doc)
        return abort(tr("The document no longer exists."));
    if (!doc->indexNo.isEmpty())
        return abort(tr("%1 already has the 索引号 %2.").arg(summary(*doc), doc->indexNo));
    const QDate date = doc->writtenOn.isValid() ? doc->writtenOn : QDate::currentDate();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM index_number WHERE year = ?"));
    q.addBindValue(date.year());
    if (!q.exec() || !q.next())
        return abort(SqlErrorText::describe(q.lastError(), m_file->path()));
    int seq = q.value(0).toInt();
    QString number;
    QSqlQuery taken(db);
    taken.prepare(QStringLiteral("SELECT 1 FROM index_number WHERE index_no = ?"
                                 " UNION ALL SELECT 1 FROM document WHERE index_no = ?"));
    for (int attempts = 0; attempts < 100000; ++attempts) {
        number = format(date, ++seq);
        taken.bindValue(0, number);
        taken.bindValue(1, number);
        if (!taken.exec())
            return abort(SqlErrorText::describe(taken.lastError(), m_file->path()));
        if (!taken.next())
            break;
        number.clear();
    }
    if (number.isEmpty())
        return abort(tr("No free 索引号 is left for %1.").arg(date.year()));
    QSqlQuery reserve(db);
    if (!SqlStatement::exec(
                reserve,
                QStringLiteral("INSERT INTO index_number(index_no, year, seq, assigned, document_id)"
                               " VALUES(?, ?, ?, ?, ?)"),
                { number, date.year(), seq, nowUtc(), id }))
        return abort(SqlErrorText::describe(reserve.lastError(), m_file->path()));
    QSqlQuery set(db);
    if (!SqlStatement::exec(set, QStringLiteral("UPDATE document SET index_no = ? WHERE id = ?"),
                            { number, id }))
        return abort(SqlErrorText::describe(set.lastError(), m_file->path()));
    QSqlQuery h(db);
    if (!insertHistory(h, QStringLiteral("doc-index"), QStringLiteral("document %1: indexNo").arg(id),
                       QStringLiteral(""), number))
        return abort(SqlErrorText::describe(h.lastError(), m_file->path()));
    if (!QSqlQuery(db).exec(QStringLiteral("COMMIT")))
        return abort(SqlErrorText::describe(db.lastError(), m_file->path()));
    emit documentsChanged();
    return number;
}

bool DocumentStore::setIndexNumber(qint64 id, const QString &indexNo)
{
    if (!writable())
        return false;
    const std::optional<Document> doc = document(id);
    if (!doc)
        return fail(tr("The document no longer exists."));
    const QString number = indexNo.trimmed();
    if (doc->indexNo == number)
        return true;
    QSqlDatabase db = m_file->database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file->path()));
    if (!number.isEmpty()) {
        QSqlQuery owner(db);
        owner.prepare(QStringLiteral("SELECT document_id FROM index_number WHERE index_no = ?"));
        owner.addBindValue(number);
        if (!owner.exec())
            return rollbackWith(SqlErrorText::describe(owner.lastError(), m_file->path()));
        if (owner.next() && owner.value(0).toLongLong() != id)
            return rollbackWith(
                    tr("The 索引号 %1 was given out before and is never used again.").arg(number));
        QSqlQuery other(db);
        other.prepare(QStringLiteral("SELECT 1 FROM document WHERE index_no = ? AND id <> ?"));
        other.addBindValue(number);
        other.addBindValue(id);
        if (other.exec() && other.next())
            return rollbackWith(
                    tr("The 索引号 %1 is already used by another document in this file.").arg(number));
    }
    QSqlQuery set(db);
    set.prepare(QStringLiteral("UPDATE document SET index_no = ? WHERE id = ?"));
    set.addBindValue(textValue(number));
    set.addBindValue(id);
    if (!set.exec())
        return rollbackWith(SqlErrorText::describe(set.lastError(), m_file->path()));
    if (!history(QStringLiteral("doc-update"), id, QStringLiteral("indexNo"), doc->indexNo, number))
        return false;
    if (!db.commit())
        return rollbackWith(SqlErrorText::describe(db.lastError(), m_file->path()));
    emit documentsChanged();
    return true;
}

QSet<QString> DocumentStore::reservedIndexNumbers() const
{
    QSet<QString> numbers;
    QSqlQuery q(m_file->database());
    if (q.exec(QStringLiteral("SELECT index_no FROM index_number"))) {
        while (q.next())
            numbers.insert(q.value(0).toString());
    }
    return numbers;
}

qint64 DocumentStore::recordTransfer(const QDate &nominal, const QDate &due, const QList<qint64> &documentIds)
{
    if (!writable())
        return 0;
    if (documentIds.isEmpty()) {
        fail(tr("The batch holds no document."));
        return 0;
    }
    QSqlDatabase db = m_file->database();
    if (!db.transaction()) {
        fail(SqlErrorText::describe(db.lastError(), m_file->path()));
        return 0;
    }
    QSqlQuery batch(db);
    batch.prepare(
            QStringLiteral("INSERT INTO transfer_batch(nominal, due, recorded, user) VALUES(?, ?, ?, ?)"));
    batch.addBindValue(nominal.toString(Qt::ISODate));
    batch.addBindValue(due.toString(Qt::ISODate));
    batch.addBindValue(nowUtc());
    batch.addBindValue(m_file->userName());
    if (!batch.exec()) {
        rollbackWith(SqlErrorText::describe(batch.lastError(), m_file->path()));
        return 0;
    }
    const qint64 batchId = batch.lastInsertId().toLongLong();
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("UPDATE document SET transfer_id = ? WHERE id = ? AND transfer_id IS NULL"));
    for (qint64 id : documentIds) {
        mark.addBindValue(batchId);
        mark.addBindValue(id);
        if (!mark.exec()) {
            rollbackWith(SqlErrorText::describe(mark.lastError(), m_file->path()));
            return 0;
        }
        if (mark.numRowsAffected() != 1) {
            rollbackWith(tr("Document %1 is gone or was handed over in another batch meanwhile; nothing was "
                            "recorded.")
                                 .arg(id));
            return 0;
        }
    }
    if (!history(QStringLiteral("transfer"), 0, QStringLiteral("batch %1").arg(batchId), QString(),
                 tr("%n document(s) handed over on %1", nullptr, int(documentIds.size()))
                         .arg(due.toString(Qt::ISODate))))
        return 0;
    if (!db.commit()) {
        rollbackWith(SqlErrorText::describe(db.lastError(), m_file->path()));
        return 0;
    }
    emit documentsChanged();
    return batchId;
}

bool DocumentStore::cancelTransfer(qint64 batchId)
{
    if (!writable())
        return false;
    QSqlDatabase db = m_file->database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file->path()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT due FROM transfer_batch WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return rollbackWith(q.lastError().isValid() ? SqlErrorText::describe(q.lastError(), m_file->path())
                                                    : tr("This handover is no longer recorded."));
    const QString due = q.value(0).toString();
    q.prepare(QStringLiteral("UPDATE document SET transfer_id = NULL WHERE transfer_id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return rollbackWith(SqlErrorText::describe(q.lastError(), m_file->path()));
    const int documents = q.numRowsAffected();
    q.prepare(QStringLiteral("DELETE FROM transfer_batch WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return rollbackWith(SqlErrorText::describe(q.lastError(), m_file->path()));
    if (!history(QStringLiteral("transfer-cancel"), 0, QStringLiteral("batch %1").arg(batchId),
                 tr("%n document(s) handed over on %1", nullptr, documents).arg(due), QString()))
        return false;
    if (!db.commit())
        return rollbackWith(SqlErrorText::describe(db.lastError(), m_file->path()));
    emit documentsChanged();
    return true;
}

QList<TransferBatch> DocumentStore::batches() const
{
    QList<TransferBatch> list;
    QSqlQuery q(m_file->database());
    if (!q.exec(QStringLiteral("SELECT b.id, b.nominal, b.due, b.recorded, b.user,"
                               " (SELECT count(*) FROM document d WHERE d.transfer_id = b.id)"
                               " FROM transfer_batch b ORDER BY b.id")))
        return list;
    while (q.next()) {
        TransferBatch b;
        b.id = q.value(0).toLongLong();
        b.nominal = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        b.due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        b.recorded = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        b.user = q.value(4).toString();
        b.documents = q.value(5).toInt();
        list.append(b);
    }
    return list;
}

std::optional<TransferBatch> DocumentStore::batchOn(const QDate &nominal) const
{
    for (const TransferBatch &b : batches()) {
        if (b.nominal == nominal)
            return b;
    }
    return std::nullopt;
}

QList<Document> DocumentStore::documentsIn(qint64 batchId) const
{
    QList<Document> result;
    for (const Document &d : documents()) {
        if (d.transfer == batchId)
            result.append(d);
    }
    return result;
}

} // namespace gkml
