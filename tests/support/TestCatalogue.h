#pragma once

// Catalogue files on disk for tests: created with given items, or the shared fixtures.
#include "TestItems.h"
#include "catalogue/CatalogueFile.h"

#include <QTemporaryDir>
#include <memory>

namespace gkml::test {

// A new catalogue at `path` holding `items` (ids assigned by the file); a fixture that cannot be
// made stops the test run.
inline std::unique_ptr<CatalogueFile> createCatalogue(const QString &path, const CatalogueInfo &info,
                                                      QList<Item> items)
{
    QString error;
    auto file = CatalogueFile::create(path, info, &error);
    if (!file)
        qFatal("cannot create catalogue %s: %s", qPrintable(path), qPrintable(error));
    if (!items.isEmpty() && !file->insertItems(items, QStringLiteral("fixture")))
        qFatal("cannot fill catalogue %s: %s", qPrintable(path), qPrintable(file->errorString()));
    return file;
}

// A catalogue of 安溪县民政局 in `dir`, by default fiveItems() numbered 1..n; returns its path.
inline QString makeCatalogue(const QTemporaryDir &dir,
                             const QString &name = QStringLiteral("安溪县民政局.gkml"),
                             QList<Item> items = {})
{
    const QString path = dir.filePath(name);
    if (items.isEmpty())
        items = fiveItems();
    for (int i = 0; i < items.size(); ++i)
        items[i].seq = i + 1;
    createCatalogue(path, CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), items);
    return path;
}

// The package fixture's catalogue at `path` (fixtureInfo(), fixtureItems()); `itemsOut` gets the
// items as stored (with their ids).
inline std::unique_ptr<CatalogueFile> makeFixtureCatalogue(const QString &path,
                                                           QList<Item> *itemsOut = nullptr)
{
    auto file = createCatalogue(path, fixtureInfo(), fixtureItems());
    if (itemsOut)
        *itemsOut = file->items();
    return file;
}

// How many items the catalogue at `path` holds (-1 when it cannot be opened).
inline int itemCount(const QString &path)
{
    QString error;
    auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, &error);
    return file ? file->itemCount() : -1;
}

} // namespace gkml::test
