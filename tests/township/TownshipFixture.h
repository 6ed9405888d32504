#pragma once

// The fixture catalogue of the township tests (a copy of the package fixture: two domains, 22
// items, two of them withheld, 五公开 stages on every item).
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditionStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace gkml::test {

inline QList<Item> townshipFixtureItems()
{
    QFile f(QStringLiteral(GKML_FIXTURES "/township/catalogue-items.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture township/catalogue-items.json missing");
    const QJsonArray a
            = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("items")).toArray();
    QList<Item> items;
    for (const QJsonValue &v : a)
        items.append(EditionStore::itemFromJson(v.toObject()));
    return items;
}

inline std::unique_ptr<CatalogueFile> makeTownshipCatalogue(const QString &path)
{
    CatalogueInfo info;
    info.unit = QStringLiteral("安溪县民政局");
    info.region = QStringLiteral("福建省泉州市安溪县");
    info.adminLevel = QStringLiteral("县级");
    QString error;
    auto file = CatalogueFile::create(path, info, &error);
    if (!file)
        qFatal("cannot create catalogue: %s", qPrintable(error));
    QList<Item> items = townshipFixtureItems();
    if (!file->insertItems(items, QStringLiteral("fixture")))
        qFatal("cannot insert items: %s", qPrintable(file->errorString()));
    return file;
}

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace gkml::test
