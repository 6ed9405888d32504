#include "EditionStore.h"

#include "catalogue/CatalogueFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace gkml {

namespace {

Edition fromRow(const QSqlQuery &q)
{
    Edition e;
    e.id = q.value(0).toLongLong();
    e.created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.created.setTimeSpec(Qt::UTC);
    e.user = q.value(2).toString();
    e.itemCount = q.value(3).toInt();
    e.withheldCount = q.value(4).toInt();
    e.sha256 = q.value(5).toString();
    e.fileName = q.value(6).toString();
    return e;
}

const char *const kColumns = "id, created, user, item_count, withheld_count, sha256, file_name";

} // namespace

QList<Edition> EditionStore::list() const
{
    QList<Edition> result;
    QSqlQuery q(m_file.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM edition ORDER BY id").arg(QLatin1String(kColumns)))) {
        m_error = tr("The editions cannot be read: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<Edition> EditionStore::load(qint64 id) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT %1, items_json FROM edition WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = tr("The editions cannot be read: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        m_error = tr("There is no edition %1 in this catalogue; run gkml-cli editions to list them.").arg(id);
        return std::nullopt;
    }
    Edition e = fromRow(q);
    auto items = itemsFromJson(q.value(7).toString().toUtf8());
    if (!items) {
        m_error = tr("Edition %1 is damaged: its items cannot be read.").arg(id);
        return std::nullopt;
    }
    e.items = *items;
    return e;
}

std::optional<Edition> EditionStore::latest() const
{
    QSqlQuery q(m_file.database());
    if (!q.exec(QStringLiteral("SELECT max(id) FROM edition")) || !q.next() || q.value(0).isNull()) {
        m_error = tr(
                "No package has been made from this catalogue yet, so there is no edition to compare with.");
        return std::nullopt;
    }
    return load(q.value(0).toLongLong());
}

qint64 EditionStore::record(const Edition &edition, const std::function<bool(QString *)> &beforeCommit)
{
    m_error.clear();
    if (m_file.isReadOnly()) {
        m_error = tr("The catalogue is open read-only, so the edition cannot be recorded: %1")
                          .arg(m_file.readOnlyReason());
        return 0;
    }
    QSqlDatabase db = m_file.database();
    if (!db.transaction()) {
        m_error = tr("The edition cannot be recorded: %1").arg(db.lastError().text());
        return 0;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "INSERT INTO edition(created, user, item_count, withheld_count, sha256, file_name, "
            "items_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(edition.created.toUTC().toString(Qt::ISODateWithMs));
    // A null QString binds as SQL NULL; the columns are NOT NULL, so bind "" instead.
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.addBindValue(text(edition.user));
    q.addBindValue(edition.itemCount);
    q.addBindValue(edition.withheldCount);
    q.addBindValue(text(edition.sha256));
    q.addBindValue(text(edition.fileName));
    q.addBindValue(QString::fromUtf8(itemsToJson(edition.items)));
    if (!q.exec()) {
        m_error = tr("The edition cannot be recorded: %1").arg(q.lastError().text());
        db.rollback();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QString why;
    if (beforeCommit && !beforeCommit(&why)) {
        m_error = why;
        db.rollback();
        return 0;
    }
    if (!db.commit()) {
        m_error = tr("The edition cannot be recorded: %1").arg(db.lastError().text());
        db.rollback();
        return 0;
    }
    return id;
}

QJsonObject EditionStore::itemToJson(const Item &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), item.id);
    for (const FieldInfo &f : ItemFields::all())
        o.insert(QLatin1String(f.key), ItemFields::toJson(f.field, item.value(f.field)));
    return o;
}

Item EditionStore::itemFromJson(const QJsonObject &o)
{
    Item item;
    item.id = static_cast<qint64>(o.value(QLatin1String("id")).toDouble());
    for (const FieldInfo &f : ItemFields::all())
        item.setValue(f.field, ItemFields::fromJson(f.field, o.value(QLatin1String(f.key))));
    return item;
}

QByteArray EditionStore::itemsToJson(const QList<Item> &items)
{
    QJsonArray a;
    for (const Item &i : items)
        a.append(itemToJson(i));
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

std::optional<QList<Item>> EditionStore::itemsFromJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QList<Item> items;
    for (const auto &v : doc.array()) {
        if (!v.isObject())
            return std::nullopt;
        items.append(itemFromJson(v.toObject()));
    }
    return items;
}

} // namespace gkml
