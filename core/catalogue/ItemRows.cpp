#include "ItemRows.h"

#include "CatalogueFile.h"
#include "ValueInterner.h"

#include <QSqlDriver>
#include <QSqlQuery>

#ifdef GKML_SQLITE_API
#include <sqlite3.h>
#endif

namespace gkml {

namespace {

const QChar kUnitSeparator(0x1F);

QString quoted(Field f)
{
    return QLatin1Char('"') + ItemFields::key(f) + QLatin1Char('"');
}

// The text and set fields, in the order both readers select them after id, seq and withheld.
const QList<Field> &valueFields()
{
    static const QList<Field> fields = [] {
        QList<Field> f;
        for (const FieldInfo &fi : ItemFields::all()) {
            if (fi.type == FieldType::Text || fi.type == FieldType::Set)
                f << fi.field;
        }
        return f;
    }();
    return fields;
}

} // namespace

class ItemRows::Impl
{
public:
    virtual ~Impl() = default;
    virtual bool exec(const QString &tail, const QVariantList &bindings, QSqlError *error) = 0;
    virtual bool next(Item *item, QSqlError *error) = 0;
    virtual Reader reader() const = 0;

protected:
    ValueInterner m_interner; // one per read: equal values of its rows share their data
};

class ItemRows::QtSqlImpl final : public ItemRows::Impl
{
public:
    explicit QtSqlImpl(const QSqlDatabase &db)
        : m_query(db)
        , m_db(db)
    {
        m_query.setForwardOnly(true);
    }

    bool exec(const QString &tail, const QVariantList &bindings, QSqlError *error) override
    {
        // Not printf('%s…'), which builds the row in one buffer but stops each value at a NUL
        // character (a hostile CSV can bring one in): || keeps every byte.
        static const QString select = [] {
            QStringList cols;
            for (Field f : valueFields())
                cols << quoted(f);
            return QStringLiteral("SELECT id, seq, withheld, ")
                    + cols.join(QStringLiteral(" || char(31) || ")) + QStringLiteral(" FROM item ");
        }();
        if (!m_query.prepare(select + tail)) {
            *error = m_query.lastError();
            return false;
        }
        for (const QVariant &b : bindings)
            m_query.addBindValue(b);
        if (m_query.exec())
            return true;
        *error = m_query.lastError();
        return false;
    }

    bool next(Item *item, QSqlError *error) override
    {
        if (!m_query.next()) {
            if (m_query.lastError().isValid())
                *error = m_query.lastError();
            return false;
        }
        *item = Item();
        item->id = m_query.value(0).toLongLong();
        item->seq = m_query.value(1).toInt();
        item->withheld = m_query.value(2).toInt() != 0;
        if (!readJoined(m_query.value(3).toString(), item))
            readColumns(item);
        return true;
    }

    Reader reader() const override { return Reader::QtSql; }

private:
    bool readJoined(const QString &joined, Item *item)
    {
        const QList<Field> &fields = valueFields();
        qsizetype start = 0;
        for (int i = 0; i < fields.size(); ++i) {
            qsizetype end = joined.indexOf(kUnitSeparator, start);
            const bool last = i == fields.size() - 1;
            if ((end < 0) != last)
                return false; // a separator inside a value: the count does not match
            if (last)
                end = joined.size();
            const QStringView value = QStringView(joined).mid(start, end - start);
            if (QString *text = item->text(fields.at(i)))
                *text = m_interner.text(value, i);
            else
                *item->set(fields.at(i)) = m_interner.set(value, i);
            start = end + 1;
        }
        return true;
    }

    void readColumns(Item *item)
    {
        static const QString select = [] {
            QStringList cols;
            for (Field f : valueFields())
                cols << quoted(f);
            return QStringLiteral("SELECT ") + cols.join(QLatin1String(", "))
                    + QStringLiteral(" FROM item WHERE id = ?");
        }();
        QSqlQuery q(m_db);
        q.prepare(select);
        q.addBindValue(item->id);
        if (!q.exec() || !q.next())
            return;
        const QList<Field> &fields = valueFields();
        for (int i = 0; i < fields.size(); ++i) {
            if (QString *text = item->text(fields.at(i)))
                *text = q.value(i).toString();
            else
                *item->set(fields.at(i)) = CatalogueFile::decodeSet(q.value(i).toString());
        }
    }

    QSqlQuery m_query;
    QSqlDatabase m_db;
};

#ifdef GKML_SQLITE_API
class ItemRows::SqliteApiImpl final : public ItemRows::Impl
{
public:
    explicit SqliteApiImpl(sqlite3 *db)
        : m_db(db)
    { }
    ~SqliteApiImpl() override { sqlite3_finalize(m_statement); }

    // The driver's connection, when the Qt driver is SQLite's (Qt's documented way to reach it).
    static sqlite3 *handle(const QSqlDatabase &db)
    {
        const QVariant v = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
        if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(v.constData());
    }

    bool exec(const QString &tail, const QVariantList &bindings, QSqlError *error) override
    {
        static const QByteArray select = [] {
            QStringList cols;
            for (Field f : valueFields())
                cols << quoted(f);
            return (QStringLiteral("SELECT id, seq, withheld, ") + cols.join(QLatin1String(", "))
                    + QStringLiteral(" FROM item "))
                    .toUtf8();
        }();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        const QByteArray sql = select + tail.toUtf8();
        int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr);
        for (int i = 0; rc == SQLITE_OK && i < bindings.size(); ++i) {
            const QVariant &b = bindings.at(i);
            if (b.typeId() == QMetaType::QString) {
                const QByteArray text = b.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
            } else {
                rc = sqlite3_bind_int64(m_statement, i + 1, b.toLongLong());
            }
        }
        if (rc == SQLITE_OK)
            return true;
        *error = sqliteError(QStringLiteral("Unable to execute statement"), rc);
        return false;
    }

    bool next(Item *item, QSqlError *error) override
    {
        if (!m_statement)
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW) {
            if (rc != SQLITE_DONE)
                *error = sqliteError(QStringLiteral("Unable to fetch row"), rc);
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return false;
        }
        *item = Item();
        item->id = sqlite3_column_int64(m_statement, 0);
        item->seq = sqlite3_column_int(m_statement, 1);
        item->withheld = sqlite3_column_int(m_statement, 2) != 0;
        const QList<Field> &fields = valueFields();
        for (int i = 0; i < fields.size(); ++i) {
            const int col = i + 3;
            const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, col));
            QByteArrayView utf8(bytes, sqlite3_column_bytes(m_statement, col));
            QByteArray kept;
            if (QString *text = item->text(fields.at(i))) {
                const QString *known = m_interner.knownText(utf8, i);
                if (known) {
                    *text = *known;
                } else {
                    const QString decoded = decode(&utf8, &kept, col);
                    *text = m_interner.addText(utf8, i, decoded);
                }
            } else {
                const QStringList *known = m_interner.knownSet(utf8, i);
                if (known) {
                    *item->set(fields.at(i)) = *known;
                } else {
                    const QString decoded = decode(&utf8, &kept, col);
                    *item->set(fields.at(i)) = m_interner.addSet(utf8, i, decoded);
                }
            }
        }
        return true;
    }

    Reader reader() const override { return Reader::SqliteApi; }

private:
    // Valid UTF-8 is decoded by Qt; anything else (bytes another program wrote, a lone surrogate)
    // is left to SQLite's own conversion, so both readers give the same text. That conversion
    // frees the UTF-8 bytes `utf8` views: they are copied into `kept` first, and `utf8` views the
    // copy (found under ASan by tst_item_rows).
    QString decode(QByteArrayView *utf8, QByteArray *kept, int col) const
    {
        if (utf8->isValidUtf8())
            return QString::fromUtf8(*utf8);
        *kept = utf8->toByteArray();
        *utf8 = *kept;
        const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(m_statement, col));
        return QString(utf16, sqlite3_column_bytes16(m_statement, col) / 2);
    }

    // What the Qt driver reports for the same failure: SqlErrorText reads the result code.
    QSqlError sqliteError(const QString &what, int rc) const
    {
        return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                         QString::number(rc));
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};
#endif

ItemRows::ItemRows(const QSqlDatabase &db, Reader reader)
{
#ifdef GKML_SQLITE_API
    if (reader != Reader::QtSql) {
        if (sqlite3 *handle = SqliteApiImpl::handle(db))
            m_impl = std::make_unique<SqliteApiImpl>(handle);
    }
#else
    Q_UNUSED(reader)
#endif
    if (!m_impl)
        m_impl = std::make_unique<QtSqlImpl>(db);
}

ItemRows::~ItemRows() = default;

bool ItemRows::exec(const QString &tail, const QVariantList &bindings)
{
    m_error = QSqlError();
    return m_impl->exec(tail, bindings, &m_error);
}

bool ItemRows::next(Item *item)
{
    return m_impl->next(item, &m_error);
}

ItemRows::Reader ItemRows::reader() const
{
    return m_impl->reader();
}

bool ItemRows::sqliteApiBuilt()
{
#ifdef GKML_SQLITE_API
    return true;
#else
    return false;
#endif
}

} // namespace gkml
