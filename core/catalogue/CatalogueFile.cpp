#include "CatalogueFile.h"
#include "ItemRows.h"
#include "schema/SchemaV3.h"

#include "EditLock.h"
#include "SqlErrorText.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <vector>

namespace gkml {

namespace {

// Column names in the item table are the stable field keys.
QString column(Field f)
{
    return QLatin1Char('"') + ItemFields::key(f) + QLatin1Char('"');
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The value of a field as stored in SQLite (sets joined, booleans as 0/1).
QVariant storedValue(const Item &item, Field f)
{
    // Empty text is stored as '' (NOT NULL columns): a null QString would bind as SQL NULL.
    auto nonNull = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    if (const QString *text = item.text(f))
        return nonNull(*text);
    if (const QStringList *set = item.set(f))
        return nonNull(CatalogueFile::encodeSet(*set));
    if (f == Field::Seq)
        return item.seq;
    return item.withheld ? 1 : 0;
}

QVariant normalisedValue(Field f, const QVariant &v)
{
    switch (ItemFields::info(f).type) {
    case FieldType::Set: return v.toStringList();
    case FieldType::Boolean: return v.toBool();
    case FieldType::Integer: return v.toInt();
    case FieldType::Text: return v.toString();
    }
    return v;
}

QString historyText(Field f, const QVariant &v)
{
    Item tmp;
    tmp.setValue(f, v);
    return storedValue(tmp, f).toString();
}

const char *const kSchemaV2[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE item("
    " id INTEGER PRIMARY KEY AUTOINCREMENT," // AUTOINCREMENT: ids are never reused
    " domain TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0,"
    " level1 TEXT NOT NULL DEFAULT '', level2 TEXT NOT NULL DEFAULT '', level3 TEXT NOT NULL DEFAULT '',"
    " content TEXT NOT NULL DEFAULT '', basis TEXT NOT NULL DEFAULT '', deadline TEXT NOT NULL DEFAULT '',"
    " owner TEXT NOT NULL DEFAULT '', channels TEXT NOT NULL DEFAULT '', audience TEXT NOT NULL DEFAULT '',"
    " audienceNote TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT '', level TEXT NOT NULL DEFAULT '',"
    " stages TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',"
    " withheld INTEGER NOT NULL DEFAULT 0 CHECK (withheld IN (0, 1)),"
    " withheldBasis TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX item_domain_seq ON item(domain, seq)",
    "CREATE TABLE history(id INTEGER PRIMARY KEY, time TEXT NOT NULL, user TEXT NOT NULL,"
    " item_id INTEGER, action TEXT NOT NULL, field TEXT, old_value TEXT, new_value TEXT)",
    "CREATE INDEX history_item ON history(item_id)",
    "CREATE TABLE edition(id INTEGER PRIMARY KEY, created TEXT NOT NULL, user TEXT NOT NULL,"
    " item_count INTEGER NOT NULL, withheld_count INTEGER NOT NULL DEFAULT 0, sha256 TEXT NOT NULL,"
    " file_name TEXT NOT NULL DEFAULT '', items_json TEXT NOT NULL)",
};

// v1 (GKML 0.0.x) lacked level3, audienceNote, stages and withheldBasis, history.action and
// the edition table. Each step runs inside the migration transaction.
const char *const kMigrateV1toV2[] = {
    "ALTER TABLE item ADD COLUMN level3 TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE item ADD COLUMN audienceNote TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE item ADD COLUMN stages TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE item ADD COLUMN withheldBasis TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE history ADD COLUMN action TEXT NOT NULL DEFAULT 'update'",
    "CREATE TABLE edition(id INTEGER PRIMARY KEY, created TEXT NOT NULL, user TEXT NOT NULL,"
    " item_count INTEGER NOT NULL, withheld_count INTEGER NOT NULL DEFAULT 0, sha256 TEXT NOT NULL,"
    " file_name TEXT NOT NULL DEFAULT '', items_json TEXT NOT NULL)",
};

QAtomicInt connectionCounter;

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

CatalogueFile::CatalogueFile(const QString &path)
    : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
    , m_connection(QStringLiteral("gkml-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_user(EditLock::currentUser())
{ }

CatalogueFile::~CatalogueFile()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_lock.reset(); // releases the edit lock after the database is closed
}

bool CatalogueFile::fail(const QString &message) const
{
    m_error = message;
    return false;
}

QString CatalogueFile::encodeSet(const QStringList &values)
{
    // One value per line: values never contain line breaks (line breaks separate values on import).
    QStringList clean;
    clean.reserve(values.size());
    for (const QString &v : values) {
        QString s = v;
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        s.replace(QLatin1Char('\r'), QLatin1Char(' '));
        s = s.trimmed();
        if (!s.isEmpty())
            clean.append(s);
    }
    return clean.join(QLatin1Char('\n'));
}

QStringList CatalogueFile::decodeSet(const QString &stored)
{
    return stored.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool CatalogueFile::openDatabase(bool readOnly, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid()) {
        *error = tr("The SQLite support of Qt is missing (QSQLITE driver); please reinstall GKML.");
        return false;
    }
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        *error = SqlErrorText::describe(m_db.lastError(), m_path);
        return false;
    }
    return true;
}

bool CatalogueFile::checkIdentity(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *error = SqlErrorText::describe(q.lastError(), m_path);
        return false;
    }
    const int appId = q.value(0).toInt();
    if (appId != kApplicationId) {
        *error = appId == 0 ? tr("This file is a database, but not a GKML catalogue.")
                            : tr("This file belongs to another program, not to GKML.");
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
        || q.value(0).toString() != QLatin1String("ok")) {
        *error = tr("The catalogue file is damaged (%1). Open a copy or a backup instead.")
                         .arg(q.lastError().isValid() ? SqlErrorText::describe(q.lastError(), m_path)
                                                      : q.value(0).toString());
        return false;
    }
    return true;
}

int CatalogueFile::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

static bool execAll(QSqlDatabase &db, const char *const *stmts, size_t count, QString *error)
{
    QSqlQuery q(db);
    for (size_t i = 0; i < count; ++i) {
        if (!q.exec(QString::fromUtf8(stmts[i]))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

static bool execAll(QSqlDatabase &db, const QStringList &stmts, QString *error)
{
    QSqlQuery q(db);
    for (const QString &stmt : stmts) {
        if (!q.exec(stmt)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool CatalogueFile::createSchema(QString *error)
{
    if (!m_db.transaction()) {
        *error = SqlErrorText::describe(m_db.lastError(), m_path);
        return false;
    }
    QSqlQuery q(m_db);
    QString why;
    const bool ok = execAll(m_db, kSchemaV2, std::size(kSchemaV2), &why)
            && execAll(m_db, schema::version3Tables(), &why)
            && q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId))
            && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        *error = tr("Could not create the catalogue: %1").arg(why.isEmpty() ? q.lastError().text() : why);
        return false;
    }
    return true;
}

bool CatalogueFile::migrate(int fromVersion, QString *error)
{
    if (!m_db.transaction()) {
        *error = SqlErrorText::describe(m_db.lastError(), m_path);
        return false;
    }
    QString why;
    bool ok = true;
    if (fromVersion < 2)
        ok = execAll(m_db, kMigrateV1toV2, std::size(kMigrateV1toV2), &why);
    if (fromVersion < 3)
        ok = ok && execAll(m_db, schema::version3Tables(), &why);
    QSqlQuery q(m_db);
    ok = ok && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        *error = tr("Could not update the catalogue to this version of GKML: %1").arg(why);
        return false;
    }
    return true;
}

std::unique_ptr<CatalogueFile> CatalogueFile::create(const QString &path, const CatalogueInfo &info,
                                                     QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (QFileInfo::exists(path)) {
        *error = tr("A file with this name already exists; choose another name.");
        return nullptr;
    }
    std::unique_ptr<CatalogueFile> file(new CatalogueFile(path));
    // Create under a temporary name, rename at the end: a failure leaves no half catalogue.
    const QString finalPath = file->m_path;
    const QString tmpPath = finalPath + QStringLiteral(".creating");
    // The proposed folder (e.g. 文档/公开目录) may not exist yet: make it.
    const QString folder = QFileInfo(finalPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder %1 could not be created: choose another place.")
                         .arg(QDir::toNativeSeparators(folder));
        return nullptr;
    }
    QFile::remove(tmpPath);
    file->m_path = tmpPath;
    bool ok = file->openDatabase(false, error);
    if (ok) {
        QSqlQuery q(file->m_db);
        q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        ok = file->createSchema(error);
    }
    if (ok) {
        ok = file->setInfo(info);
        if (!ok)
            *error = file->m_error;
    }
    if (file->m_db.isValid()) {
        file->m_db.close();
        file->m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(file->m_connection);
    }
    if (!ok) {
        QFile::remove(tmpPath);
        // The clerk chose finalPath; the temporary name is ours and means nothing to them.
        error->replace(QDir::toNativeSeparators(tmpPath), QDir::toNativeSeparators(finalPath));
        error->replace(tmpPath, finalPath);
        error->replace(QFileInfo(tmpPath).fileName(), QFileInfo(finalPath).fileName());
        if (error->isEmpty())
            *error = tr("Could not create the catalogue file.");
        // The temporary name is ours, not the clerk's: name the file they asked for.
        error->replace(QDir::toNativeSeparators(tmpPath), QDir::toNativeSeparators(finalPath));
        error->replace(tmpPath, finalPath);
        error->replace(QFileInfo(tmpPath).fileName(), QFileInfo(finalPath).fileName());
        return nullptr;
    }
    if (!QFile::rename(tmpPath, finalPath)) {
        QFile::remove(tmpPath);
        *error = tr("Could not create the catalogue file: the folder may be read-only.");
        return nullptr;
    }
    return open(finalPath, OpenMode::ReadWrite, error);
}

std::unique_ptr<CatalogueFile> CatalogueFile::open(const QString &path, OpenMode mode, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *error = tr("The file does not exist.");
        return nullptr;
    }
    if (!fi.isFile()) {
        *error = tr("This is a folder, not a catalogue file.");
        return nullptr;
    }
    if (!fi.isReadable()) {
        *error = tr("You are not allowed to read this file.");
        return nullptr;
    }
    if (fi.size() == 0 || !looksLikeSqlite(path)) {
        *error = tr("This is not a GKML catalogue file (it is not a database).");
        return nullptr;
    }

    std::unique_ptr<CatalogueFile> file(new CatalogueFile(path));
    bool readOnly = mode == OpenMode::ReadOnly;
    if (!readOnly) {
        const QFileInfo dir(fi.absolutePath());
        if (!fi.isWritable() || !dir.isWritable()) {
            // SQLite writes its rollback journal beside the file, so the folder must be writable too.
            readOnly = true;
            file->m_readOnlyReason = fi.isWritable() ? tr("The folder of this file is read-only.")
                                                     : tr("The file is read-only.");
        }
    }
    if (!readOnly) {
        file->m_lock = std::make_unique<EditLock>(file->m_path);
        switch (file->m_lock->acquire()) {
        case EditLock::Result::Acquired: break;
        case EditLock::Result::HeldByOther:
            readOnly = true;
            file->m_lockHolder = file->m_lock->holder();
            // A lock that names nobody is being taken right now (or was left half-written on a
            // medium without hard links): say so instead of "  on  has had it open since ."
            file->m_readOnlyReason = file->m_lockHolder.isValid()
                    ? tr("%1 on %2 has had this catalogue open for editing since %3.")
                              .arg(file->m_lockHolder.user, file->m_lockHolder.host,
                                   file->m_lockHolder.since.toLocalTime().toString(
                                           QStringLiteral("yyyy-MM-dd HH:mm")))
                    : tr("Another window is opening this catalogue for editing at this moment. Close "
                         "this one and open the file again in a few seconds.");
            file->m_lock.reset();
            break;
        case EditLock::Result::Failed:
            readOnly = true;
            file->m_readOnlyReason = tr("The folder of this file is read-only.");
            file->m_lock.reset();
            break;
        }
    }
    file->m_readOnly = readOnly;

    // A crash or power cut in the middle of an edit leaves a "hot" rollback journal, which only a
    // writing connection may roll back: a read-only connection fails ("attempt to write a readonly
    // database"), so reading commands and read-only viewers could not open the file until someone
    // edited it. Roll it back first with a short-lived writing connection; SQLite only touches a
    // journal that no live connection owns, so this is safe while another editor has the file.
    const QFileInfo journal(file->m_path + QStringLiteral("-journal"));
    const bool hasJournal = readOnly && journal.exists() && journal.size() > 0;
    const bool canRecover = fi.isWritable() && QFileInfo(fi.absolutePath()).isWritable();
    if (hasJournal && canRecover) {
        const QString name = file->m_connection + QStringLiteral("-recover");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file->m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA schema_version")); // the first read rolls back
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    if (!file->openDatabase(readOnly, error) || !file->checkIdentity(error)) {
        if (hasJournal && !canRecover)
            *error = tr("The catalogue was not closed properly (GKML or the computer stopped while saving) "
                        "and can only be repaired where it may be changed: open it once for editing from a "
                        "writable folder, together with its \"-journal\" file.");
        return nullptr;
    }
    const int version = file->schemaVersion();
    if (version > kSchemaVersion) {
        *error = tr("This catalogue was saved by a newer version of GKML; please update GKML to open it.");
        return nullptr;
    }
    if (version < 1) {
        *error = tr("This file is a database, but not a GKML catalogue.");
        return nullptr;
    }
    if (version < kSchemaVersion) {
        if (readOnly) {
            *error = tr("This catalogue was saved by an older version of GKML and must be updated, "
                        "but it cannot be changed now: %1")
                             .arg(file->m_readOnlyReason);
            return nullptr;
        }
        if (!file->migrate(version, error))
            return nullptr;
    }
    if (!readOnly) {
        QSqlQuery q(file->m_db);
        q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")); // not WAL: files live on network shares
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    QSqlQuery pragmas(file->m_db);
    pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // A 32 MB page cache (SQLite's default is 2 MB): a large import stays in memory until its
    // commit instead of spilling pages mid-transaction, and reopening a big catalogue re-reads less.
    pragmas.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    return file;
}

bool CatalogueFile::commitOrRollback()
{
    if (m_db.commit())
        return true;
    return rollbackWith(m_db.lastError());
}

bool CatalogueFile::rollbackWith(const QSqlError &error)
{
    // Read the error before rolling back: the rollback resets it.
    const QString message = SqlErrorText::describe(error, m_path);
    m_db.rollback();
    return fail(message);
}

bool CatalogueFile::writable()
{
    m_error.clear();
    if (m_readOnly)
        return fail(tr("The catalogue is open read-only: %1").arg(m_readOnlyReason));
    return true;
}

CatalogueInfo CatalogueFile::info() const
{
    CatalogueInfo info;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return info;
    while (q.next()) {
        const QString k = q.value(0).toString();
        const QString v = q.value(1).toString();
        if (k == QLatin1String("unit"))
            info.unit = v;
        else if (k == QLatin1String("region"))
            info.region = v;
        else if (k == QLatin1String("adminLevel"))
            info.adminLevel = v;
        else if (k == QLatin1String("standardId"))
            info.standardId = v;
        else if (k == QLatin1String("standardVersion"))
            info.standardVersion = v;
        else if (k == QLatin1String("portalUrl"))
            info.portalUrl = v;
    }
    return info;
}

bool CatalogueFile::setInfo(const CatalogueInfo &info)
{
    if (!writable())
        return false;
    const CatalogueInfo old = this->info();
    const QList<std::tuple<QString, QString, QString>> pairs = {
        { QStringLiteral("unit"), old.unit, info.unit },
        { QStringLiteral("region"), old.region, info.region },
        { QStringLiteral("adminLevel"), old.adminLevel, info.adminLevel },
        { QStringLiteral("standardId"), old.standardId, info.standardId },
        { QStringLiteral("standardVersion"), old.standardVersion, info.standardVersion },
        { QStringLiteral("portalUrl"), old.portalUrl, info.portalUrl },
    };
    if (!m_db.transaction())
        return fail(SqlErrorText::describe(m_db.lastError(), m_path));
    QSqlQuery q(m_db);
    QSqlQuery h(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    h.prepare(QStringLiteral("INSERT INTO history(time, user, item_id, action, field, old_value, new_value) "
                             "VALUES(?, ?, NULL, 'meta', ?, ?, ?)"));
    const QString time = nowUtc();
    for (const auto &[key, before, after] : pairs) {
        if (before == after && !(before.isEmpty() && key == QLatin1String("unit")))
            continue;
        q.addBindValue(key);
        q.addBindValue(after);
        h.addBindValue(time);
        h.addBindValue(m_user);
        h.addBindValue(key);
        h.addBindValue(before);
        h.addBindValue(after);
        if (!q.exec() || !h.exec()) {
            return rollbackWith(q.lastError().isValid() ? q.lastError() : h.lastError());
        }
    }
    if (!commitOrRollback())
        return false;
    emit infoChanged();
    return true;
}

namespace {
const QString &selectItemsSql()
{
    static const QString sql = [] {
        QStringList cols { QStringLiteral("id") };
        for (const FieldInfo &fi : ItemFields::all())
            cols << column(fi.field);
        return QStringLiteral("SELECT ") + cols.join(QLatin1String(", ")) + QStringLiteral(" FROM item");
    }();
    return sql;
}

Item readItem(const QSqlQuery &q)
{
    Item item;
    item.id = q.value(0).toLongLong();
    int col = 1;
    for (const FieldInfo &fi : ItemFields::all()) {
        const QVariant v = q.value(col++);
        if (QString *text = item.text(fi.field))
            *text = v.toString();
        else if (QStringList *set = item.set(fi.field))
            *set = CatalogueFile::decodeSet(v.toString());
        else if (fi.field == Field::Seq)
            item.seq = v.toInt();
        else
            item.withheld = v.toInt() != 0;
    }
    return item;
}
} // namespace

QList<Item> CatalogueFile::items(bool *ok) const
{
    if (ok)
        *ok = false;
    QList<Item> result;
    QSqlQuery count(m_db);
    if (count.exec(QStringLiteral("SELECT count(*) FROM item")) && count.next())
        result.reserve(count.value(0).toLongLong()); // no moving of items while the list grows
    ItemRows rows(m_db);
    if (!rows.exec(QStringLiteral("ORDER BY id"))) {
        m_error = SqlErrorText::describe(rows.error(), m_path);
        return result;
    }
    Item it;
    while (rows.next(&it))
        result.append(std::move(it));
    if (rows.error().isValid()) { // a damaged page half way: say so rather than pass on part of the file
        m_error = SqlErrorText::describe(rows.error(), m_path);
        return result;
    }
    if (ok)
        *ok = true;
    // Domains in the order they first appear, then seq, then id (stable, display order). The sort
    // keys are computed once: hashing the domain inside the comparator cost more than the load.
    QHash<QString, int> rank;
    struct Key
    {
        int rank;
        int seq;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(result.size());
    for (qsizetype i = 0; i < result.size(); ++i) {
        const Item &it = result.at(i);
        auto r = rank.constFind(it.domain);
        if (r == rank.cend())
            r = rank.insert(it.domain, static_cast<int>(rank.size()));
        keys.push_back({ *r, it.seq, i });
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.seq < b.seq;
    });
    bool ordered = true;
    for (qsizetype i = 0; i < qsizetype(keys.size()) && ordered; ++i)
        ordered = keys[i].index == i;
    if (ordered)
        return result;
    QList<Item> sorted;
    sorted.reserve(result.size());
    for (const Key &k : keys)
        sorted.append(std::move(result[k.index]));
    return sorted;
}

QList<Item> CatalogueFile::firstItems(int count) const
{
    // The display order of items(): domains by their first item (the index on (domain, seq)
    // holds every id), then seq and id within a domain, read through the same index.
    QList<Item> result;
    QSqlQuery domains(m_db);
    domains.setForwardOnly(true);
    if (!domains.exec(QStringLiteral("SELECT domain FROM item GROUP BY domain ORDER BY min(id)"))) {
        m_error = SqlErrorText::describe(domains.lastError(), m_path);
        return result;
    }
    ItemRows rows(m_db);
    while (result.size() < count && domains.next()) {
        if (!rows.exec(QStringLiteral("WHERE domain = ? ORDER BY seq, id LIMIT ?"),
                       { domains.value(0).toString(), count - int(result.size()) })) {
            m_error = SqlErrorText::describe(rows.error(), m_path);
            return result;
        }
        Item it;
        while (rows.next(&it))
            result.append(std::move(it));
    }
    return result;
}

std::optional<Item> CatalogueFile::item(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(selectItemsSql() + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readItem(q);
    return std::nullopt;
}

int CatalogueFile::itemCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM item")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<QPair<QString, int>> CatalogueFile::domainCounts() const
{
    QList<QPair<QString, int>> counts;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
                "SELECT domain, count(*), min(id) AS first FROM item GROUP BY domain ORDER BY first"))) {
        while (q.next())
            counts.append({ q.value(0).toString(), q.value(1).toInt() });
    }
    return counts;
}

QStringList CatalogueFile::domains() const
{
    QStringList names;
    for (const auto &[name, count] : domainCounts())
        names << name;
    return names;
}

bool CatalogueFile::setField(qint64 id, Field field, const QVariant &value)
{
    return setFields(id, { { field, value } });
}

bool CatalogueFile::setFields(qint64 id, const QList<QPair<Field, QVariant>> &changes)
{
    if (!writable())
        return false;
    if (!item(id))
        return fail(tr("The item no longer exists."));
    if (!m_db.transaction())
        return fail(SqlErrorText::describe(m_db.lastError(), m_path));
    QList<Field> changed;
    if (!updateInTx(id, changes, nowUtc(), &changed))
        return false;
    if (!commitOrRollback())
        return false;
    for (Field f : std::as_const(changed))
        emit itemChanged(id, f);
    return true;
}

bool CatalogueFile::updateInTx(qint64 id, const QList<QPair<Field, QVariant>> &changes, const QString &time,
                               QList<Field> *changed)
{
    const std::optional<Item> before = item(id);
    if (!before) {
        m_db.rollback();
        return fail(tr("The item no longer exists."));
    }
    Item after = *before;
    QList<Field> fields;
    for (const auto &[field, value] : changes) {
        const QVariant v = normalisedValue(field, value);
        if (after.value(field) != v) {
            after.setValue(field, v);
            fields << field;
        }
    }
    QSqlQuery q(m_db);
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("INSERT INTO history(time, user, item_id, action, field, old_value, new_value) "
                             "VALUES(?, ?, ?, 'update', ?, ?, ?)"));
    for (Field f : std::as_const(fields)) {
        q.prepare(QStringLiteral("UPDATE item SET %1 = ? WHERE id = ?").arg(column(f)));
        q.addBindValue(storedValue(after, f));
        q.addBindValue(id);
        h.addBindValue(time);
        h.addBindValue(m_user);
        h.addBindValue(id);
        h.addBindValue(ItemFields::key(f));
        h.addBindValue(historyText(f, before->value(f)));
        h.addBindValue(historyText(f, after.value(f)));
        if (!q.exec() || !h.exec()) {
            return rollbackWith(q.lastError().isValid() ? q.lastError() : h.lastError());
        }
    }
    *changed = fields;
    return true;
}

bool CatalogueFile::insertItemsTx(QList<Item> &items, const QString &action, const QString &source,
                                  bool keepIds)
{
    if (!writable())
        return false;
    if (!m_db.transaction())
        return fail(SqlErrorText::describe(m_db.lastError(), m_path));
    QList<qint64> ids;
    if (!insertInTx(items, action, source, keepIds, nowUtc(), &ids))
        return false;
    if (!commitOrRollback())
        return false;
    for (int i = 0; i < items.size(); ++i)
        items[i].id = ids.at(i);
    if (!ids.isEmpty())
        emit itemsInserted(ids);
    return true;
}

bool CatalogueFile::insertInTx(QList<Item> &items, const QString &action, const QString &source, bool keepIds,
                               const QString &time, QList<qint64> *insertedIds)
{
    QStringList cols, marks;
    if (keepIds) {
        cols << QStringLiteral("id");
        marks << QStringLiteral("?");
    }
    // Only the columns some item fills: the others keep their default ('' or 0), which is what
    // binding an empty value would store. Imports rarely fill all 19 (三级事项, 备注 …), and every
    // bound value costs the driver more than SQLite's own work for it.
    QList<Field> fields;
    for (const FieldInfo &fi : ItemFields::all()) {
        const bool used = fi.field == Field::Domain
                || std::any_of(items.cbegin(), items.cend(), [&fi](const Item &it) {
                              if (const QString *text = it.text(fi.field))
                                  return !text->isEmpty();
                              if (const QStringList *set = it.set(fi.field))
                                  return !set->isEmpty();
                              return fi.field == Field::Seq ? it.seq != 0 : it.withheld;
                          });
        if (!used)
            continue;
        fields << fi.field;
        cols << column(fi.field);
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO item(%1) VALUES(%2)")
                      .arg(cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    QList<qint64> ids;
    ids.reserve(items.size());
    // Imported rows share their set lists (every row saying 县级、乡级 holds the same list): each
    // shared list is encoded once. Keyed by the list's data, alive for the whole loop.
    QHash<QPair<const QString *, qsizetype>, QVariant> encodedSets;
    for (Item &it : items) {
        int pos = 0;
        if (keepIds)
            q.bindValue(pos++, it.id);
        for (const Field f : std::as_const(fields)) {
            const QStringList *set = it.set(f);
            if (set && !set->isEmpty()) {
                const QPair<const QString *, qsizetype> key(set->constData(), set->size());
                auto cached = encodedSets.constFind(key);
                if (cached == encodedSets.cend())
                    cached = encodedSets.insert(key, storedValue(it, f));
                q.bindValue(pos++, *cached);
                continue;
            }
            q.bindValue(pos++, storedValue(it, f));
        }
        if (!q.exec()) {
            return rollbackWith(q.lastError());
        }
        // Inside one write transaction AUTOINCREMENT hands out consecutive ids: ask SQLite for
        // the first one only (lastInsertId() is a round trip through the driver per row).
        if (keepIds)
            ids << it.id;
        else
            ids << (ids.isEmpty() ? q.lastInsertId().toLongLong() : ids.constLast() + 1);
    }
    if (!keepIds && !ids.isEmpty() && q.lastInsertId().toLongLong() != ids.constLast()) {
        // Not consecutive after all (cannot happen in one transaction, but never guess ids).
        QSqlQuery idq(m_db);
        idq.prepare(QStringLiteral("SELECT id FROM item WHERE id >= ? ORDER BY id"));
        idq.addBindValue(ids.constFirst());
        ids.clear();
        if (idq.exec()) {
            while (idq.next())
                ids << idq.value(0).toLongLong();
        }
        if (ids.size() != items.size()) {
            m_db.rollback();
            return fail(tr("The catalogue could not be read or written: %1").arg(QStringLiteral("item ids")));
        }
    }
    // One history row per item, written by SQLite in one statement (an import of 100,000 rows
    // would otherwise pay a second round trip per row).
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("INSERT INTO history(time, user, item_id, action, field, old_value, new_value) "
                             "SELECT ?, ?, value, ?, NULL, NULL, ? FROM json_each(?)"));
    h.addBindValue(time);
    h.addBindValue(m_user);
    h.addBindValue(action);
    h.addBindValue(source.isNull() ? QStringLiteral("") : source);
    QByteArray idList = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            idList += ',';
        idList += QByteArray::number(ids.at(i));
    }
    idList += ']';
    h.addBindValue(QString::fromLatin1(idList));
    if (!ids.isEmpty() && !h.exec()) {
        return rollbackWith(h.lastError());
    }
    *insertedIds = ids;
    return true;
}

qint64 CatalogueFile::insertItem(const Item &item)
{
    QList<Item> one { item };
    if (!insertItemsTx(one, QStringLiteral("insert"), QString(), item.id != 0))
        return 0;
    return one.first().id;
}

bool CatalogueFile::insertItems(QList<Item> &items, const QString &source)
{
    return insertItemsTx(items, QStringLiteral("import"), source, false);
}

bool CatalogueFile::restoreItems(const QList<Item> &items)
{
    QList<Item> copy = items;
    return insertItemsTx(copy, QStringLiteral("insert"), QString(), true);
}

bool CatalogueFile::removeItems(const QList<qint64> &ids)
{
    if (!writable())
        return false;
    if (!m_db.transaction())
        return fail(SqlErrorText::describe(m_db.lastError(), m_path));
    if (!removeInTx(ids, nowUtc()))
        return false;
    if (!commitOrRollback())
        return false;
    emit itemsRemoved(ids);
    return true;
}

bool CatalogueFile::removeInTx(const QList<qint64> &ids, const QString &time)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM item WHERE id = ?"));
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("INSERT INTO history(time, user, item_id, action, field, old_value, new_value) "
                             "VALUES(?, ?, ?, 'delete', NULL, ?, NULL)"));
    for (qint64 id : ids) {
        const std::optional<Item> old = item(id);
        if (!old)
            continue;
        q.addBindValue(id);
        h.addBindValue(time);
        h.addBindValue(m_user);
        h.addBindValue(id);
        h.addBindValue(QStringLiteral("%1 / %2 / %3").arg(old->domain, old->level1, old->level2));
        if (!q.exec() || !h.exec()) {
            return rollbackWith(q.lastError().isValid() ? q.lastError() : h.lastError());
        }
    }
    return true;
}

bool CatalogueFile::applyBatch(const QList<FieldUpdate> &updates, QList<Item> &inserts,
                               const QList<qint64> &removals, const QString &source, bool keepIds)
{
    if (!writable())
        return false;
    // A large import does not fit the 32 MB page cache anyway (100,000 items make a 53 MB file):
    // while it is written, an 8 MB cache spills pages to the file as they fill. The peak memory
    // of the import drops by the difference and it is no slower (measured: 2.6 s -> 2.1 s wall).
    const bool bulk = inserts.size() >= 10000;
    if (bulk)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-8192"));
    const auto restoreCache = qScopeGuard([&] {
        if (bulk)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-32768"));
    });
    if (!m_db.transaction())
        return fail(SqlErrorText::describe(m_db.lastError(), m_path));
    const QString time = nowUtc();
    QList<QPair<qint64, QList<Field>>> changed;
    for (const FieldUpdate &u : updates) {
        QList<Field> fields;
        if (!updateInTx(u.id, u.changes, time, &fields))
            return false;
        if (!fields.isEmpty())
            changed.append({ u.id, fields });
    }
    if (!removeInTx(removals, time))
        return false;
    QList<qint64> ids;
    if (!inserts.isEmpty()
        && !insertInTx(inserts, keepIds ? QStringLiteral("insert") : QStringLiteral("import"), source,
                       keepIds, time, &ids))
        return false;
    if (!commitOrRollback())
        return false;
    for (int i = 0; i < inserts.size(); ++i)
        inserts[i].id = ids.at(i);
    for (const auto &[id, fields] : std::as_const(changed)) {
        for (Field f : fields)
            emit itemChanged(id, f);
    }
    if (!removals.isEmpty())
        emit itemsRemoved(removals);
    if (!ids.isEmpty())
        emit itemsInserted(ids);
    return true;
}

QList<HistoryEntry> CatalogueFile::history(qint64 itemId, int limit) const
{
    QList<HistoryEntry> entries;
    QSqlQuery q(m_db);
    QString sql = QStringLiteral(
            "SELECT id, time, user, item_id, action, field, old_value, new_value FROM history");
    if (itemId != 0)
        sql += QStringLiteral(" WHERE item_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    q.prepare(sql);
    if (itemId != 0)
        q.addBindValue(itemId);
    q.addBindValue(limit);
    if (!q.exec())
        return entries;
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.itemId = q.value(3).toLongLong();
        e.action = q.value(4).toString();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        entries.append(e);
    }
    return entries;
}

bool CatalogueFile::saveCopy(const QString &target) const
{
    m_error.clear();
    const QString abs = QFileInfo(target).absoluteFilePath();
    if (QDir::cleanPath(abs) == m_path)
        return fail(tr("Choose another file name for the copy."));
    if (QFileInfo::exists(abs))
        return fail(tr("A file with this name already exists; choose another name."));
    // VACUUM INTO writes a consistent snapshot through SQLite itself (the same guarantee as the
    // backup API) and works with Qt's bundled SQLite on Windows, which exposes no sqlite3 symbols.
    const QString tmp = abs + QStringLiteral(".partial");
    QFile::remove(tmp);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(tmp);
    if (!q.exec()) {
        QFile::remove(tmp);
        return fail(SqlErrorText::describe(q.lastError(), abs));
    }
    if (!QFile::rename(tmp, abs)) {
        QFile::remove(tmp);
        return fail(tr("Could not write the copy: the folder may be read-only."));
    }
    return true;
}

void CatalogueFile::refreshLock()
{
    if (m_lock)
        m_lock->refresh();
}

} // namespace gkml
