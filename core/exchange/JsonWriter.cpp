#include "JsonWriter.h"

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
            JsonWriter::appendString(out, *text);
        } else if (const QStringList *set = item.set(fi.field)) {
            out += QLatin1Char('[');
            for (qsizetype i = 0; i < set->size(); ++i) {
                if (i)
                    out += QLatin1String(", ");
                JsonWriter::appendString(out, set->at(i));
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

// Written by hand because QJsonObject sorts and re-encodes every key, which made exporting
// 100,000 items ten times slower than reading them.
void JsonWriter::appendString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    bool plain = true; // the common case: nothing to escape, append in one go
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || u == 0x2028 || u == 0x2029) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += s;
        out += QLatin1Char('"');
        return;
    }
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case 0x2028: out += QLatin1String("\\u2028"); break; // breaks JavaScript consumers
        case 0x2029: out += QLatin1String("\\u2029"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

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
    JsonWriter::appendString(out, info.unit);
    out += QLatin1String(",\n  \"standard\": ");
    if (info.standardId.isEmpty()) {
        out += QLatin1String("null");
    } else {
        out += QLatin1String("{\"id\": ");
        JsonWriter::appendString(out, info.standardId);
        out += QLatin1String(", \"version\": ");
        JsonWriter::appendString(out, info.standardVersion);
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
