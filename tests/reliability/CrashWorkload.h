#pragma once

// Shared between the crash driver (the process that gets killed) and its supervisor (the Qt Test
// that kills it and checks the file): the items an import adds are generated from the batch name,
// so the supervisor knows what a complete import looks like without being told every field.

#include "catalogue/CatalogueFile.h"
#include "catalogue/Item.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace gkml::reliability {

inline Item workloadItem(const QString &batch, int index)
{
    Item it;
    it.domain = index % 3 == 0 ? QStringLiteral("养老服务") : QStringLiteral("社会救助");
    it.seq = index + 1;
    it.level1 = QStringLiteral("最低生活保障 %1").arg(index);
    it.level2 = QStringLiteral("审批结果 %1").arg(batch);
    it.level3 = batch; // marks the batch, so a half import would be visible
    it.content = QStringLiteral("低保对象名单（姓名、保障人数、保障金额）\n第%1行").arg(index);
    it.basis = QStringLiteral("《社会救助暂行办法》《政府信息公开条例》");
    it.deadline = QStringLiteral("信息形成或者变更之日起20个工作日内");
    it.owner = QStringLiteral("县民政局");
    it.channels = { QStringLiteral("政府网站"), QStringLiteral("其他：村务公开栏%1").arg(index) };
    it.audience = { QStringLiteral("全社会") };
    it.method = { QStringLiteral("主动") };
    it.level = { QStringLiteral("县级"), QStringLiteral("乡级") };
    it.stages = { QStringLiteral("结果") };
    it.department = QStringLiteral("社会救助股");
    it.withheld = index % 17 == 0;
    it.note = QStringLiteral("导入批次 %1 第 %2 条").arg(batch).arg(index);
    return it;
}

inline QList<Item> workloadBatch(const QString &batch, int count)
{
    QList<Item> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i)
        items << workloadItem(batch, i);
    return items;
}

// A new catalogue of 安溪县民政局 at `path` holding `items` (imported from 初始.csv, which gives
// them their ids); false, with `error`, when it cannot be made.
inline bool createStartCatalogue(const QString &path, QList<Item> &items, QString *error)
{
    const auto file
            = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), error);
    if (file && !file->insertItems(items, QStringLiteral("初始.csv")))
        *error = file->errorString();
    return file && error->isEmpty();
}

// Field values travel as JSON: text -> string, set -> array, seq -> number, withheld -> bool.
inline QJsonValue fieldValueToJson(const QVariant &v)
{
    return QJsonValue::fromVariant(v);
}

inline QVariant fieldValueFromJson(Field f, const QJsonValue &v)
{
    switch (ItemFields::info(f).type) {
    case FieldType::Set: {
        QStringList list;
        for (const QJsonValue &s : v.toArray())
            list << s.toString();
        return list;
    }
    case FieldType::Integer: return v.toInt();
    case FieldType::Boolean: return v.toBool();
    case FieldType::Text: return v.toString();
    }
    return {};
}

} // namespace gkml::reliability
