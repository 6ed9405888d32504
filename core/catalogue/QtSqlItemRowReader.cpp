#include "QtSqlItemRowReader.h"

#include "CatalogueFile.h"

namespace gkml {

QtSqlItemRowReader::QtSqlItemRowReader(const QSqlDatabase &db)
    : m_query(db)
    , m_db(db)
{
    m_query.setForwardOnly(true);
}

bool QtSqlItemRowReader::exec(const QString &tail, const QVariantList &bindings, QSqlError *error)
{
    // Not printf('%s…'), which builds the row in one buffer but stops each value at a NUL
    // character (a hostile CSV can bring one in): || keeps every byte.
    static const QString select = [] {
        QStringList cols;
        for (Field f : valueFields())
            cols << quotedColumn(f);
        return QStringLiteral("SELECT id, seq, withheld, ") + cols.join(QStringLiteral(" || char(31) || "))
                + QStringLiteral(" FROM item ");
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

bool QtSqlItemRowReader::next(Item *item, QSqlError *error)
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

bool QtSqlItemRowReader::readJoined(const QString &joined, Item *item)
{
    const QChar separator(0x1F);
    const QList<Field> &fields = valueFields();
    qsizetype start = 0;
    for (int i = 0; i < fields.size(); ++i) {
        qsizetype end = joined.indexOf(separator, start);
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

void QtSqlItemRowReader::readColumns(Item *item)
{
    static const QString select = [] {
        QStringList cols;
        for (Field f : valueFields())
            cols << quotedColumn(f);
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

} // namespace gkml
