#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml {

ImportResult JsonReader::read(const QByteArray &bytes, const ImportOptions &options)
{
    ImportResult r;
    r.encoding = QStringLiteral("utf-8");
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        r.error = JsonReader::tr("The JSON file is malformed at character %1: %2")
                          .arg(err.offset)
                          .arg(err.errorString());
        return r;
    }
    const QJsonValue itemsValue = doc.object().value(QStringLiteral("items"));
    if (!itemsValue.isArray()) {
        r.error = JsonReader::tr("The JSON file has no \"items\" list; it is not a GKML export.");
        return r;
    }
    r.unit = doc.object().value(QStringLiteral("unit")).toString();
    const QJsonArray items = itemsValue.toArray();
    int index = 0;
    for (const QJsonValue &v : items) {
        ++index;
        if (!v.isObject()) {
            r.error = JsonReader::tr("Entry %1 of \"items\" is not an object.").arg(index);
            r.items.clear();
            return r;
        }
        const QJsonObject o = v.toObject();
        Item item;
        for (const FieldInfo &fi : ItemFields::all()) {
            const QJsonValue fv = o.value(QLatin1String(fi.key));
            if (fv.isUndefined() || fv.isNull())
                continue;
            item.setValue(fi.field, ItemFields::fromJson(fi.field, fv));
        }
        if (item.domain.isEmpty())
            item.domain = options.domain;
        r.items.append(item);
    }
    r.layout = JsonReader::tr("GKML JSON export, %1 items").arg(r.items.size());
    if (r.items.isEmpty())
        r.error = JsonReader::tr("The file holds no catalogue items.");
    return r;
}

} // namespace gkml
