#include "TownshipStore.h"

#include "CatalogueFile.h"
#include "SqlErrorText.h"
#include "SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace gkml {

namespace {

// A township addition is stored as the fields of the edition JSON form, without an id (the row's
// own id is the addition's id).
QString encodeItem(const Item &item)
{
    QJsonObject o;
    for (const FieldInfo &f : ItemFields::all())
        o.insert(QLatin1String(f.key), ItemFields::toJson(f.field, item.value(f.field)));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Item decodeItem(qint64 id, const QString &stored)
{
    Item item;
    item.id = id;
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    for (const FieldInfo &f : ItemFields::all())
        item.setValue(f.field, ItemFields::fromJson(f.field, o.value(QLatin1String(f.key))));
    return item;
}

// A new township at `position` (NULL office or contact stored as empty text).
bool insertTownship(QSqlQuery &q, const Township &t, int position)
{
    return SqlStatement::exec(q,
                              QStringLiteral("INSERT INTO township(name, office, contact, position)"
                                             " VALUES (?, COALESCE(?, ''), COALESCE(?, ''), ?)"),
                              { t.name.trimmed(), t.office.trimmed(), t.contact.trimmed(), position });
}

} // namespace

bool TownshipStore::writable()
{
    m_error.clear();
    if (m_file.isReadOnly())
        return fail(tr("The catalogue is open read-only: %1").arg(m_file.readOnlyReason()));
    return true;
}

bool TownshipStore::write(const QString &sql, const QVariantList &values, qint64 *insertedId)
{
    if (!writable())
        return false;
    QSqlQuery q(m_file.database());
    if (!SqlStatement::exec(q, sql, values))
        return fail(SqlErrorText::describe(q.lastError(), m_file.path()));
    if (insertedId)
        *insertedId = q.lastInsertId().toLongLong();
    return true;
}

QString TownshipStore::checkName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return tr("A township needs a name.");
    if (n.size() > kMaxNameLength)
        return tr("\"%1…\" is too long for a township name (at most %2 characters).")
                .arg(n.left(12))
                .arg(kMaxNameLength);
    for (const QChar c : n) {
        // Each township's sheets and packages are files named after it (Windows rules).
        if (c.category() == QChar::Other_Control || QStringLiteral("\\/:*?\"<>|").contains(c))
            return tr("The township name \"%1\" contains a character that cannot be used in a file name.")
                    .arg(n.left(kMaxNameLength));
    }
    return {};
}

QList<Township> TownshipStore::townships() const
{
    QList<Township> result;
    QSqlQuery q(m_file.database());
    if (!q.exec(QStringLiteral("SELECT id, name, office, contact FROM township ORDER BY position, id"))) {
        fail(tr("The townships cannot be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString() });
    return result;
}

std::optional<Township> TownshipStore::find(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Township &t : townships()) {
        if (t.name == wanted)
            return t;
    }
    return std::nullopt;
}

bool TownshipStore::add(const QList<Township> &list, int *added)
{
    if (added)
        *added = 0;
    if (!writable())
        return false;
    for (const Township &t : list) {
        const QString why = checkName(t.name);
        if (!why.isEmpty())
            return fail(why);
    }
    QSqlDatabase db = m_file.database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file.path()));
    QSqlQuery position(db);
    int next = 0;
    if (position.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM township")) && position.next())
        next = position.value(0).toInt();
    int count = 0;
    for (const Township &t : list) {
        QSqlQuery q(db);
        if (!SqlStatement::exec(q, QStringLiteral("SELECT id FROM township WHERE name = ?"),
                                { t.name.trimmed() }))
            return rollbackWith(q.lastError());
        QSqlQuery w(db);
        bool written = false;
        if (q.next()) {
            // Already there: a re-imported list only fills in what it adds.
            written = SqlStatement::exec(
                    w,
                    QStringLiteral("UPDATE township SET office = CASE WHEN ? <> '' THEN ? ELSE office END,"
                                   " contact = CASE WHEN ? <> '' THEN ? ELSE contact END WHERE id = ?"),
                    { t.office.trimmed(), t.office.trimmed(), t.contact.trimmed(), t.contact.trimmed(),
                      q.value(0) });
        } else {
            written = insertTownship(w, t, ++next);
            ++count;
        }
        if (!written)
            return rollbackWith(w.lastError());
    }
    if (!db.commit())
        return rollbackWith(db.lastError());
    if (added)
        *added = count;
    return true;
}

bool TownshipStore::update(const Township &township)
{
    if (!writable())
        return false;
    const QString why = checkName(township.name);
    if (!why.isEmpty())
        return fail(why);
    QSqlQuery q(m_file.database());
    if (!SqlStatement::exec(q,
                            QStringLiteral("UPDATE township SET name = ?, office = COALESCE(?, ''),"
                                           " contact = COALESCE(?, '') WHERE id = ?"),
                            { township.name.trimmed(), township.office.trimmed(), township.contact.trimmed(),
                              township.id }))
        return fail(q.lastError().nativeErrorCode() == QLatin1String("2067")
                            ? tr("There is already a township named %1.").arg(township.name.trimmed())
                            : SqlErrorText::describe(q.lastError(), m_file.path()));
    return true;
}

bool TownshipStore::replaceAll(const QList<Township> &list)
{
    if (!writable())
        return false;
    QSet<QString> names;
    for (const Township &t : list) {
        const QString why = checkName(t.name);
        if (!why.isEmpty())
            return fail(why);
        if (names.contains(t.name.trimmed()))
            return fail(tr("There is already a township named %1.").arg(t.name.trimmed()));
        names.insert(t.name.trimmed());
    }
    QSqlDatabase db = m_file.database();
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file.path()));
    QSet<qint64> kept;
    for (const Township &t : list) {
        if (t.id > 0)
            kept.insert(t.id);
    }
    // Removed first, and names parked, so that two townships may swap names in one edit.
    QSqlQuery existing(db);
    if (!existing.exec(QStringLiteral("SELECT id FROM township")))
        return rollbackWith(existing.lastError());
    QList<qint64> gone;
    while (existing.next()) {
        if (!kept.contains(existing.value(0).toLongLong()))
            gone.append(existing.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(gone)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM township WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return rollbackWith(q.lastError());
    }
    QSqlQuery park(db);
    if (!park.exec(QStringLiteral("UPDATE township SET name = '\x01' || id")))
        return rollbackWith(park.lastError());
    int position = 0;
    for (const Township &t : list) {
        QSqlQuery q(db);
        ++position;
        const bool written = t.id > 0
                ? SqlStatement::exec(
                        q,
                        QStringLiteral("UPDATE township SET name = ?, office = COALESCE(?, ''),"
                                       " contact = COALESCE(?, ''), position = ? WHERE id = ?"),
                        { t.name.trimmed(), t.office.trimmed(), t.contact.trimmed(), position, t.id })
                : insertTownship(q, t, position);
        if (!written)
            return rollbackWith(q.lastError());
    }
    if (!db.commit())
        return rollbackWith(db.lastError());
    return true;
}

bool TownshipStore::remove(qint64 townshipId)
{
    return write(QStringLiteral("DELETE FROM township WHERE id = ?"), { townshipId });
}

QList<Item> TownshipStore::additions(qint64 townshipId) const
{
    QList<Item> result;
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral(
            "SELECT id, fields FROM township_item WHERE township_id = ? ORDER BY position, id"));
    q.addBindValue(townshipId);
    if (!q.exec()) {
        fail(tr("The township's own items cannot be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next())
        result.append(decodeItem(q.value(0).toLongLong(), q.value(1).toString()));
    return result;
}

qint64 TownshipStore::addItem(qint64 townshipId, const Item &item)
{
    qint64 id = 0;
    const bool written = write(
            QStringLiteral(
                    "INSERT INTO township_item(township_id, position, fields) VALUES (?, "
                    "(SELECT COALESCE(MAX(position), 0) + 1 FROM township_item WHERE township_id = ?), ?)"),
            { townshipId, townshipId, encodeItem(item) }, &id);
    return written ? id : 0;
}

bool TownshipStore::setItem(qint64 additionId, const Item &item)
{
    return write(QStringLiteral("UPDATE township_item SET fields = ? WHERE id = ?"),
                 { encodeItem(item), additionId });
}

bool TownshipStore::removeItem(qint64 additionId)
{
    return write(QStringLiteral("DELETE FROM township_item WHERE id = ?"), { additionId });
}

bool TownshipStore::replaceAdditions(qint64 townshipId, const QList<Item> &items)
{
    if (!writable())
        return false;
    QSqlDatabase db = m_file.database();
    if (!SqlStatement::firstValue(db, QStringLiteral("SELECT 1 FROM township WHERE id = ?"), { townshipId })
                 .isValid())
        return fail(tr("The township is no longer in the catalogue."));
    if (!db.transaction())
        return fail(SqlErrorText::describe(db.lastError(), m_file.path()));
    QSqlQuery clear(db);
    if (!SqlStatement::exec(clear, QStringLiteral("DELETE FROM township_item WHERE township_id = ?"),
                            { townshipId }))
        return rollbackWith(clear.lastError());
    QSqlQuery insert(db); // prepared once, run for every item
    insert.prepare(
            QStringLiteral("INSERT INTO township_item(township_id, position, fields) VALUES (?, ?, ?)"));
    int position = 0;
    for (const Item &item : items) {
        insert.addBindValue(townshipId);
        insert.addBindValue(++position);
        insert.addBindValue(encodeItem(item));
        if (!insert.exec())
            return rollbackWith(insert.lastError());
    }
    if (!db.commit())
        return rollbackWith(db.lastError());
    return true;
}

} // namespace gkml
