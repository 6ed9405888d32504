#include "PublicationStore.h"

#include "CatalogueFile.h"
#include "SqlErrorText.h"
#include "SqlStatement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace gkml {

namespace {

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// NOT NULL text columns: a null QString would bind as NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// "YYYY-MM-DD" without QDate::fromString's generality (it runs 600,000 times for a status).
QDate fastDate(QStringView s)
{
    if (s.isEmpty())
        return {};
    if (s.size() != 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return QDate::fromString(s.toString(), Qt::ISODate);
    auto digits = [&s](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

struct LoadedEvidence
{
    QString name;
    QByteArray data;
    QString sha256;
};

} // namespace

QStringList PublicationStore::cycles()
{
    return { QStringLiteral("随时"),   QStringLiteral("每月"), QStringLiteral("每季度"),
             QStringLiteral("每半年"), QStringLiteral("每年"), QStringLiteral("长期") };
}

// One way out of a failed transaction: the error described while it is fresh, then the rollback.
bool PublicationStore::writeRows(const QString &sql, const QList<QVariantList> &rows)
{
    QSqlDatabase db = m_file.database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file.path()));
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            q.addBindValue(value);
        if (!q.exec())
            return rollbackWith(q.lastError());
    }
    if (!db.commit())
        return rollbackWith(db.lastError());
    return true;
}

bool PublicationStore::writable() const
{
    m_error.clear();
    if (m_file.isReadOnly())
        return fail(tr("The catalogue is open read-only: %1").arg(m_file.readOnlyReason()));
    return true;
}

QList<PublicationRecord> PublicationStore::records(qint64 item) const
{
    QList<PublicationRecord> list;
    QSqlQuery q(m_file.database());
    q.prepare(
            QStringLiteral("SELECT id, item_id, channel, published_on, event_on, place, note FROM publication"
                           " WHERE item_id = ? ORDER BY published_on IS NULL, published_on DESC, id DESC"));
    q.addBindValue(item);
    q.exec();
    while (q.next()) {
        PublicationRecord r;
        r.id = q.value(0).toLongLong();
        r.item = q.value(1).toLongLong();
        r.channel = q.value(2).toString();
        r.publishedOn = dateFrom(q.value(3));
        r.eventOn = dateFrom(q.value(4));
        r.where = q.value(5).toString();
        r.note = q.value(6).toString();
        list.append(r);
    }
    QSqlQuery e(m_file.database());
    e.prepare(QStringLiteral(
            "SELECT id, name, sha256, bytes FROM evidence WHERE publication_id = ? ORDER BY id"));
    for (PublicationRecord &r : list) {
        e.addBindValue(r.id);
        e.exec();
        while (e.next())
            r.evidence.append({ e.value(0).toLongLong(), e.value(1).toString(), e.value(2).toString(),
                                e.value(3).toLongLong() });
    }
    return list;
}

QHash<qint64, QList<PublicationRecord>> PublicationStore::allRecords() const
{
    // Status of 100,000 items reads 300,000 records: only what status needs. Fetching them row by
    // row through QSqlQuery/QVariant cost ~3 µs a row (0.9 s); SQLite joins a chunk of rows into
    // one text instead (id, item, published, event; unit separator between fields, record
    // separator between rows), parsed here by hand: a few hundred values cross QVariant, not a
    // million.
    constexpr int kChunk = 50000;
    QHash<qint64, QList<PublicationRecord>> all;
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT group_concat(r, char(30)), max(id), count(*) FROM ("
            "SELECT id, id || char(31) || item_id || char(31) || coalesce(published_on, '') || char(31)"
            " || coalesce(event_on, '') AS r FROM publication WHERE id > ? ORDER BY id LIMIT ?)"));
    qint64 last = -1;
    QList<qint64> unsorted; // items whose records did not arrive in id order (never with ORDER BY id)
    auto number = [](QStringView v) { return v.toLongLong(); };
    for (;;) {
        q.addBindValue(last);
        q.addBindValue(kChunk);
        if (!q.exec() || !q.next() || q.value(2).toInt() == 0)
            break;
        const QString text = q.value(0).toString();
        last = q.value(1).toLongLong();
        const int rows = q.value(2).toInt();
        for (QStringView row : QStringView(text).split(QChar(30))) {
            const auto fields = row.split(QChar(31));
            if (fields.size() != 4)
                continue;
            PublicationRecord r;
            r.id = number(fields.at(0));
            r.item = number(fields.at(1));
            r.publishedOn = fastDate(fields.at(2));
            r.eventOn = fastDate(fields.at(3));
            QList<PublicationRecord> &list = all[r.item];
            if (!list.isEmpty() && list.constLast().id > r.id)
                unsorted.append(r.item);
            list.append(r);
        }
        q.finish();
        if (rows < kChunk)
            break;
    }
    for (qint64 item : std::as_const(unsorted)) {
        QList<PublicationRecord> &list = all[item];
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    }
    return all;
}

QHash<qint64, QList<EvidenceFile>> PublicationStore::allEvidence() const
{
    QHash<qint64, QList<EvidenceFile>> all;
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, publication_id, name, sha256, bytes FROM evidence ORDER BY id"));
    while (q.next())
        all[q.value(1).toLongLong()].append({ q.value(0).toLongLong(), q.value(2).toString(),
                                              q.value(3).toString(), q.value(4).toLongLong() });
    return all;
}

int PublicationStore::recordCount() const
{
    return SqlStatement::firstValue(m_file.database(), QStringLiteral("SELECT count(*) FROM publication"))
            .toInt();
}

QList<qint64> PublicationStore::add(const QList<qint64> &items, const PublicationRecord &record,
                                    const QStringList &evidencePaths)
{
    if (!writable())
        return {};
    if (items.isEmpty()) {
        fail(tr("No item was chosen."));
        return {};
    }
    {
        QSet<qint64> known;
        QSqlQuery ids(m_file.database());
        ids.setForwardOnly(true);
        ids.exec(QStringLiteral("SELECT id FROM item"));
        while (ids.next())
            known.insert(ids.value(0).toLongLong());
        for (qint64 id : items) {
            if (!known.contains(id)) {
                fail(tr("There is no item %1 in this catalogue.").arg(id));
                return {};
            }
        }
    }
    if (record.channel.trimmed().isEmpty()) {
        fail(tr("Say on which channel the item was published."));
        return {};
    }
    if (record.publishedOn.isValid() && record.eventOn.isValid() && record.eventOn > record.publishedOn) {
        fail(tr("The event date %1 is after the publication date %2.")
                     .arg(record.eventOn.toString(Qt::ISODate), record.publishedOn.toString(Qt::ISODate)));
        return {};
    }
    // Read every evidence file first: a refusal must leave the catalogue untouched.
    QList<LoadedEvidence> evidence;
    for (const QString &path : evidencePaths) {
        const QFileInfo fi(path);
        const QString shown = QDir::toNativeSeparators(path);
        if (!fi.isFile()) {
            fail(tr("The evidence file %1 does not exist.").arg(shown));
            return {};
        }
        if (fi.size() > kMaxEvidenceBytes) {
            fail(tr("The evidence file %1 is %2 MB; a file kept in the catalogue may be at most %3 MB. "
                    "Reduce the photo or screenshot and add it again.")
                         .arg(shown)
                         .arg(double(fi.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(kMaxEvidenceBytes / (1024 * 1024)));
            return {};
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            fail(tr("The evidence file %1 cannot be read.").arg(shown));
            return {};
        }
        LoadedEvidence e { fi.fileName(), f.readAll(), QString() };
        if (e.data.isEmpty()) {
            fail(tr("The evidence file %1 is empty.").arg(shown));
            return {};
        }
        e.sha256 = QString::fromLatin1(QCryptographicHash::hash(e.data, QCryptographicHash::Sha256).toHex());
        evidence.append(e);
    }
    QSqlDatabase db = m_file.database();
    if (!db.transaction()) {
        fail(SqlErrorText::describe(db.lastError(), m_file.path()));
        return {};
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO publication(item_id, channel, published_on, event_on, place, note, created)"
            " VALUES(?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery e(db);
    e.prepare(QStringLiteral(
            "INSERT INTO evidence(publication_id, name, sha256, bytes, data) VALUES(?, ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<qint64> ids;
    for (qint64 item : items) {
        q.addBindValue(item);
        q.addBindValue(notNull(record.channel.trimmed()));
        q.addBindValue(dateValue(record.publishedOn));
        q.addBindValue(dateValue(record.eventOn));
        q.addBindValue(notNull(record.where.trimmed()));
        q.addBindValue(notNull(record.note));
        q.addBindValue(now);
        if (!q.exec()) {
            rollbackWith(q.lastError());
            return {};
        }
        const qint64 id = q.lastInsertId().toLongLong();
        for (const LoadedEvidence &file : std::as_const(evidence)) {
            e.addBindValue(id);
            e.addBindValue(notNull(file.name));
            e.addBindValue(notNull(file.sha256));
            e.addBindValue(qint64(file.data.size()));
            e.addBindValue(file.data);
            if (!e.exec()) {
                rollbackWith(e.lastError());
                return {};
            }
        }
        ids.append(id);
    }
    if (!db.commit()) {
        rollbackWith(db.lastError());
        return {};
    }
    return ids;
}

bool PublicationStore::remove(qint64 recordId)
{
    if (!writable())
        return false;
    QSqlDatabase db = m_file.database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file.path()));
    QSqlQuery q(db);
    QSqlQuery p(db);
    const bool ok = SqlStatement::exec(q, QStringLiteral("DELETE FROM evidence WHERE publication_id = ?"),
                                       { recordId })
            && SqlStatement::exec(p, QStringLiteral("DELETE FROM publication WHERE id = ?"), { recordId });
    if (ok && p.numRowsAffected() == 0) {
        db.rollback();
        return fail(tr("There is no publication record %1.").arg(recordId));
    }
    if (!ok || !db.commit()) {
        const QString message = SqlErrorText::describe(ok ? db.lastError() : p.lastError(), m_file.path());
        db.rollback();
        return fail(message);
    }
    return true;
}

QByteArray PublicationStore::evidenceData(qint64 evidenceId) const
{
    return SqlStatement::firstValue(m_file.database(),
                                    QStringLiteral("SELECT data FROM evidence WHERE id = ?"), { evidenceId })
            .toByteArray();
}

QString PublicationStore::cycle(qint64 item) const
{
    return SqlStatement::firstValue(m_file.database(),
                                    QStringLiteral("SELECT cycle FROM item_cycle WHERE item_id = ?"),
                                    { item })
            .toString();
}

QHash<qint64, QString> PublicationStore::allCycles() const
{
    QHash<qint64, QString> all;
    QSqlQuery q(m_file.database());
    q.exec(QStringLiteral("SELECT item_id, cycle FROM item_cycle"));
    while (q.next())
        all.insert(q.value(0).toLongLong(), q.value(1).toString());
    return all;
}

bool PublicationStore::setCycle(const QList<qint64> &items, const QString &cycle)
{
    if (!writable())
        return false;
    if (!cycle.isEmpty() && !cycles().contains(cycle))
        return fail(tr("\"%1\" is not an update cycle; use one of %2, or nothing.")
                            .arg(cycle, cycles().join(QStringLiteral("、"))));
    QList<QVariantList> rows;
    for (qint64 item : items)
        rows.append(cycle.isEmpty() ? QVariantList { item } : QVariantList { item, cycle });
    return writeRows(
            cycle.isEmpty()
                    ? QStringLiteral("DELETE FROM item_cycle WHERE item_id = ?")
                    : QStringLiteral("INSERT OR REPLACE INTO item_cycle(item_id, cycle) VALUES(?, ?)"),
            rows);
}

QList<InspectionProblem> PublicationStore::problems() const
{
    QList<InspectionProblem> list;
    QSqlQuery q(m_file.database());
    q.exec(QStringLiteral(
            "SELECT id, item_id, department, text, requirement, fix_by, source, source_row, result,"
            " fixed_on FROM problem ORDER BY id"));
    while (q.next()) {
        InspectionProblem p;
        p.id = q.value(0).toLongLong();
        p.item = q.value(1).toLongLong();
        p.department = q.value(2).toString();
        p.text = q.value(3).toString();
        p.requirement = q.value(4).toString();
        p.fixBy = dateFrom(q.value(5));
        p.source = q.value(6).toString();
        p.sourceRow = q.value(7).toString();
        p.result = q.value(8).toString();
        p.fixedOn = dateFrom(q.value(9));
        list.append(p);
    }
    return list;
}

bool PublicationStore::addProblems(const QList<InspectionProblem> &problems)
{
    if (!writable())
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<QVariantList> rows;
    for (const InspectionProblem &p : problems)
        rows.append({ p.item > 0 ? QVariant(p.item) : QVariant(QMetaType::fromType<qlonglong>()),
                      notNull(p.department), notNull(p.text), notNull(p.requirement), dateValue(p.fixBy),
                      notNull(p.source), notNull(p.sourceRow), notNull(p.result), dateValue(p.fixedOn),
                      now });
    return writeRows(
            QStringLiteral("INSERT INTO problem(item_id, department, text, requirement, fix_by, source,"
                           " source_row, result, fixed_on, created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            rows);
}

bool PublicationStore::setProblemResult(qint64 problemId, const QString &result, const QDate &fixedOn)
{
    if (!writable())
        return false;
    QSqlQuery q(m_file.database());
    if (!SqlStatement::exec(q, QStringLiteral("UPDATE problem SET result = ?, fixed_on = ? WHERE id = ?"),
                            { notNull(result), dateValue(fixedOn), problemId }))
        return fail(SqlErrorText::describe(q.lastError(), m_file.path()));
    if (q.numRowsAffected() == 0)
        return fail(tr("There is no problem %1.").arg(problemId));
    return true;
}

} // namespace gkml
