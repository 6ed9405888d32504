#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gkml {

QJsonObject JsonWriter::itemObject(const Item &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), item.id);
    for (const FieldInfo &fi : ItemFields::all()) {
        const QString key = QString::fromLatin1(fi.key);
        switch (fi.type) {
        case FieldType::Text: o.insert(key, item.value(fi.field).toString()); break;
        case FieldType::Integer: o.insert(key, item.seq); break;
        case FieldType::Boolean: o.insert(key, item.withheld); break;
        case FieldType::Set:
            o.insert(key, QJsonArray::fromStringList(item.value(fi.field).toStringList()));
            break;
        }
    }
    return o;
}

QByteArray JsonWriter::write(const QList<Item> &items, const CatalogueInfo &info,
                             const ExportOptions &options)
{
    QJsonArray array;
    for (const Item &item : items) {
        if (item.withheld && !options.includeWithheld)
            continue;
        array.append(itemObject(item));
    }
    QJsonObject root;
    root.insert(QStringLiteral("unit"), info.unit);
    if (info.standardId.isEmpty())
        root.insert(QStringLiteral("standard"), QJsonValue::Null);
    else
        root.insert(QStringLiteral("standard"),
                    QJsonObject { { QStringLiteral("id"), info.standardId },
                                  { QStringLiteral("version"), info.standardVersion } });
    root.insert(QStringLiteral("items"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace gkml
