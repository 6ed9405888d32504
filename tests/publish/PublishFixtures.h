#pragma once

// Shared by the publication tests: the small catalogue of 测试局 they publish from.
#include "catalogue/CatalogueFile.h"
#include "catalogue/Item.h"

#include <QTest>
#include <memory>

namespace publishfixtures {

// 事项1..`count` of 社会救助 / 最低生活保障 (社会救助股), due 20 working days after their event.
inline QList<gkml::Item> numberedItems(int count)
{
    QList<gkml::Item> items;
    for (int n = 1; n <= count; ++n) {
        gkml::Item item;
        item.domain = QStringLiteral("社会救助");
        item.level1 = QStringLiteral("最低生活保障");
        item.level2 = QStringLiteral("事项%1").arg(n);
        item.deadline = QStringLiteral("信息形成或者变更之日起20个工作日内");
        item.department = QStringLiteral("社会救助股");
        items.append(item);
    }
    return items;
}

// 不予公开 (personal privacy): never in a status column, a report or a pack.
inline void withhold(gkml::Item &item)
{
    item.withheld = true;
    item.withheldBasis = QStringLiteral("涉及个人隐私");
}

// A new catalogue of 测试局 at `path` holding `items`, left open in `file`; called from init(), a
// failure here skips the test.
inline void createCatalogue(const QString &path, QList<gkml::Item> items,
                            std::unique_ptr<gkml::CatalogueFile> *file)
{
    QString error;
    *file = gkml::CatalogueFile::create(path, gkml::CatalogueInfo::withUnit(QStringLiteral("测试局")),
                                        &error);
    QVERIFY2(*file, qPrintable(error));
    QVERIFY((*file)->insertItems(items, QStringLiteral("test")));
}

} // namespace publishfixtures
