#pragma once

// Helpers shared by the package tests: the fixture catalogue and checksums of files.
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditionStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

namespace gkml::test {

inline QList<Item> fixtureItems()
{
    QFile f(QStringLiteral(GKML_FIXTURES "/package/catalogue-items.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture catalogue-items.json missing");
    const QJsonArray a
            = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("items")).toArray();
    QList<Item> items;
    for (const QJsonValue &v : a)
        items.append(EditionStore::itemFromJson(v.toObject()));
    return items;
}

inline CatalogueInfo fixtureInfo()
{
    CatalogueInfo info;
    info.unit = QStringLiteral("安溪县民政局");
    info.region = QStringLiteral("福建省泉州市安溪县");
    info.adminLevel = QStringLiteral("县级");
    return info;
}

// A new catalogue file at `path` holding the fixture items (ids assigned by the file).
inline std::unique_ptr<CatalogueFile> makeCatalogue(const QString &path, QList<Item> *itemsOut = nullptr)
{
    QString error;
    auto file = CatalogueFile::create(path, fixtureInfo(), &error);
    if (!file)
        qFatal("cannot create catalogue: %s", qPrintable(error));
    QList<Item> items = fixtureItems();
    if (!file->insertItems(items, QStringLiteral("fixture")))
        qFatal("cannot insert items: %s", qPrintable(file->errorString()));
    if (itemsOut)
        *itemsOut = file->items();
    return file;
}

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QStringList withheldNames(const QList<Item> &items)
{
    QStringList names;
    for (const Item &i : items) {
        if (i.withheld)
            names << i.level2 << i.content << i.withheldBasis;
    }
    return names;
}

} // namespace gkml::test
