// Compiled only where GKML reads through SQLite's C API (GKML_SQLITE_API); ItemRows does not
// make this reader elsewhere.
#ifdef GKML_SQLITE_API

#include "SqliteItemRowReader.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace gkml {

sqlite3 *SqliteItemRowReader::handle(const QSqlDatabase &db)
{
    // Qt's documented way to reach the driver's connection.
    const QVariant v = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteItemRowReader::SqliteItemRowReader(sqlite3 *db)
    : m_db(db)
{ }

SqliteItemRowReader::~SqliteItemRowReader()
{
    sqlite3_finalize(m_statement);
}

bool SqliteItemRowReader::exec(const QString &tail, const QVariantList &bindings, QSqlError *error)
{
    static const QByteArray select = [] {
        QStringList cols;
        for (Field f : valueFields())
            cols << quotedColumn(f);
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
            rc = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(m_statement, i + 1, b.toLongLong());
        }
    }
    if (rc == SQLITE_OK)
        return true;
    *error = sqliteError(QStringLiteral("Unable to execute statement"), rc);
    return false;
}

bool SqliteItemRowReader::next(Item *item, QSqlError *error)
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
            if (const QString *known = m_interner.knownText(utf8, i)) {
                *text = *known;
            } else {
                const QString decoded = decode(&utf8, &kept, col);
                *text = m_interner.addText(utf8, i, decoded);
            }
        } else if (const QStringList *known = m_interner.knownSet(utf8, i)) {
            *item->set(fields.at(i)) = *known;
        } else {
            const QString decoded = decode(&utf8, &kept, col);
            *item->set(fields.at(i)) = m_interner.addSet(utf8, i, decoded);
        }
    }
    return true;
}

// Valid UTF-8 is decoded by Qt; anything else (bytes another program wrote, a lone surrogate) is
// left to SQLite's own conversion, so both readers give the same text. That conversion frees the
// UTF-8 bytes `utf8` views: they are copied into `kept` first, and `utf8` views the copy (found
// under ASan by tst_item_rows).
QString SqliteItemRowReader::decode(QByteArrayView *utf8, QByteArray *kept, int column) const
{
    if (utf8->isValidUtf8())
        return QString::fromUtf8(*utf8);
    *kept = utf8->toByteArray();
    *utf8 = *kept;
    const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(m_statement, column));
    return QString(utf16, sqlite3_column_bytes16(m_statement, column) / 2);
}

// What the Qt driver reports for the same failure: SqlErrorText reads the result code.
QSqlError SqliteItemRowReader::sqliteError(const QString &what, int rc) const
{
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                     QString::number(rc));
}

} // namespace gkml

#endif
