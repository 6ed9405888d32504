#pragma once
// Shared by the checker tests: items from the JSON of `gkml-cli export --format json` and the
// golden cases of tests/fixtures/check/<case>/ (case.json + expected.json, see README there).

#include "TestItems.h"
#include "catalogue/Item.h"
#include "catalogue/ItemField.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace checkfixtures {

inline QString fixtureDir()
{
    return QStringLiteral(GKML_FIXTURES "/check");
}

inline QJsonDocument readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("fixture %s: %s at %d", qPrintable(path), qPrintable(e.errorString()), e.offset);
    return doc;
}

inline void applyJson(gkml::Item &item, const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        const auto field = gkml::ItemFields::fromKey(it.key());
        if (!field)
            qFatal("fixture: unknown field key %s", qPrintable(it.key()));
        item.setValue(*field, it.value().toVariant());
    }
}

// Base items get the ids 1..n (their order), like a fresh import.
inline QList<gkml::Item> loadItems(const QString &path)
{
    QList<gkml::Item> items;
    const QJsonArray a = readJson(path).object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : a) {
        gkml::Item item;
        applyJson(item, v.toObject());
        item.id = items.size() + 1;
        items.append(item);
    }
    return items;
}

using gkml::test::guideItem;

inline gkml::Item *byId(QList<gkml::Item> &items, qint64 id)
{
    for (gkml::Item &it : items) {
        if (it.id == id)
            return &it;
    }
    qFatal("fixture: no item with id %lld", id);
    return nullptr;
}

// case.json: {"base": "anxi"?, "standard": "ID" | "file:NAME.json" | null | absent (automatic),
//   "set": [{"item": ID, ...fields}], "remove": [ID], "duplicate": [ID], "append": [{...fields}]}
// Ids stay stable: removed ids are not reused; duplicated and appended items get new ids in order.
inline QList<gkml::Item> buildCase(const QJsonObject &c)
{
    QList<gkml::Item> items;
    const QString base = c.value(QStringLiteral("base")).toString();
    if (!base.isEmpty())
        items = loadItems(fixtureDir() + QStringLiteral("/base/%1.json").arg(base));
    qint64 nextId = items.size() + 1;
    for (const QJsonValue &v : c.value(QStringLiteral("set")).toArray()) {
        const QJsonObject o = v.toObject();
        applyJson(*byId(items, o.value(QStringLiteral("item")).toInteger()),
                  QJsonObject(o).value(QStringLiteral("fields")).toObject());
    }
    for (const QJsonValue &v : c.value(QStringLiteral("remove")).toArray())
        items.removeOne(*byId(items, v.toInteger()));
    for (const QJsonValue &v : c.value(QStringLiteral("duplicate")).toArray()) {
        gkml::Item copy = *byId(items, v.toInteger());
        copy.id = nextId++;
        items.append(copy);
    }
    for (const QJsonValue &v : c.value(QStringLiteral("append")).toArray()) {
        gkml::Item item;
        applyJson(item, v.toObject());
        item.id = nextId++;
        items.append(item);
    }
    return items;
}

inline QStringList caseNames()
{
    QStringList names;
    const QDir dir(fixtureDir());
    for (const QString &d : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(dir.filePath(d + QStringLiteral("/case.json"))))
            names.append(d);
    }
    return names;
}

} // namespace checkfixtures
