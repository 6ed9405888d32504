#include "JsonWriter.h"

#include "util/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gkml {

namespace {

void appendItem(QString &out, const Item &item)
{
    out += QLatin1String("    {\"id\": ");
    out += QString::number(item.id);
    for (const FieldInfo &fi : ItemFields::all()) {
        out += QLatin1String(", \"");
        out += QLatin1String(fi.key);
        out += QLatin1String("\": ");
        if (const QString *text = item.text(fi.field)) {
            JsonText::appendString(out, *text);
        } else if (const QStringList *set = item.set(fi.field)) {
            out += QLatin1Char('[');
            for (qsizetype i = 0; i < set->size(); ++i) {
                if (i)
                    out += QLatin1String(", ");
                JsonText::appendString(out, set->at(i));
            }
            out += QLatin1Char(']');
        } else if (fi.field == Field::Seq) {
            out += QString::number(item.seq);
        } else {
            out += item.withheld ? QLatin1String("true") : QLatin1String("false");
        }
    }
    out += QLatin1Char('}');
}

} // namespace

QJsonObject JsonWriter::itemObject(const Item &item)
{
    QString one;
    appendItem(one, item);
    return QJsonDocument::fromJson(one.toUtf8()).object();
}

QByteArray JsonWriter::write(const QList<Item> &items, const CatalogueInfo &info,
                             const ExportOptions &options)
{
    QString out;
    out.reserve(1024 + items.size() * 700);
    out += QLatin1String("{\n  \"unit\": ");
    JsonText::appendString(out, info.unit);
    out += QLatin1String(",\n  \"standard\": ");
    if (info.standardId.isEmpty()) {
        out += QLatin1String("null");
    } else {
        out += QLatin1String("{\"id\": ");
        JsonText::appendString(out, info.standardId);
        out += QLatin1String(", \"version\": ");
        JsonText::appendString(out, info.standardVersion);
        out += QLatin1Char('}');
    }
    out += QLatin1String(",\n  \"items\": [");
    bool first = true;
    for (const Item &item : items) {
        if (item.withheld && !options.includeWithheld)
            continue;
        out += first ? QLatin1String("\n") : QLatin1String(",\n");
        first = false;
        appendItem(out, item);
    }
    out += first ? QLatin1String("]\n}\n") : QLatin1String("\n  ]\n}\n");
    return out.toUtf8();
}

} // namespace gkml
