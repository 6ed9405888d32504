#pragma once

// Items for tests: a filled-in county item, items that use every field the template carries, the
// package fixture's items, field-by-field comparison and the findings of one code.
#include "catalogue/CatalogueInfo.h"
#include "catalogue/EditionStore.h"
#include "catalogue/Item.h"
#include "catalogue/ItemField.h"
#include "check/Finding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <initializer_list>

namespace gkml::test {

// A list of values written as UTF-8 literals: names({ "政府网站", "两微一端" }).
inline QStringList names(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QString::fromUtf8(v);
    return out;
}

// An item of 安溪县民政局 with every required field filled; the content names the 二级事项.
inline Item makeItem(const QString &domain, const QString &l1, const QString &l2)
{
    Item it;
    it.domain = domain;
    it.level1 = l1;
    it.level2 = l2;
    it.content = QStringLiteral("内容 ") + l2;
    it.basis = QStringLiteral("《政府信息公开条例》");
    it.deadline = QStringLiteral("信息形成或者变更之日起20个工作日内");
    it.owner = QStringLiteral("安溪县民政局");
    it.channels = { QStringLiteral("政府网站"), QStringLiteral("政务服务中心") };
    it.audience = { QStringLiteral("全社会") };
    it.method = { QStringLiteral("主动") };
    it.level = { QStringLiteral("县级") };
    return it;
}

// The five items of the GUI tests' catalogue: two domains (社会救助 three, 养老服务 two).
inline QList<Item> fiveItems()
{
    return {
        makeItem(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"), QStringLiteral("政策文件")),
        makeItem(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"), QStringLiteral("办事指南")),
        makeItem(QStringLiteral("社会救助"), QStringLiteral("临时救助"), QStringLiteral("审批信息")),
        makeItem(QStringLiteral("养老服务"), QStringLiteral("养老服务业务办理"),
                 QStringLiteral("养老机构备案")),
        makeItem(QStringLiteral("养老服务"), QStringLiteral("养老服务业务办理"),
                 QStringLiteral("老年人补贴")),
    };
}

// An item with every required field filled as the standard guides write them (id and 序号 `id`).
inline Item guideItem(qint64 id, const QString &domain, const QString &level1, const QString &level2,
                      const QString &content = QStringLiteral("办理事项"))
{
    Item it;
    it.id = id;
    it.seq = int(id);
    it.domain = domain;
    it.level1 = level1;
    it.level2 = level2;
    it.content = content;
    it.basis = QStringLiteral("《信息公开条例》及相关规定");
    it.deadline = QStringLiteral("制定或获取信息之日起10个工作日内");
    it.owner = QStringLiteral("县级人民政府民政部门、乡镇人民政府(街道办事处)");
    it.channels = QStringList { QStringLiteral("政府网站") };
    it.audience = QStringList { QStringLiteral("全社会") };
    it.method = QStringList { QStringLiteral("主动") };
    it.level = QStringList { QStringLiteral("县级"), QStringLiteral("乡级") };
    return it;
}

// An item with the short values of the column-fill tests and no 公开层级 (the column they fill).
inline Item itemWithoutLevel(const QString &domain, const QString &level1, const QString &level2)
{
    Item it;
    it.domain = domain;
    it.level1 = level1;
    it.level2 = level2;
    it.content = QStringLiteral("内容");
    it.basis = QStringLiteral("《条例》");
    it.deadline = QStringLiteral("20个工作日内");
    it.owner = QStringLiteral("县民政局");
    it.channels = { QStringLiteral("政府网站") };
    it.audience = { QStringLiteral("全社会") };
    it.method = { QStringLiteral("主动") };
    return it;
}

// Items that use every field the template can carry: two 社会救助 items (the first with formula-
// like, HTML-like and multi-line text and 其他 channels), one 养老服务 item, and a withheld one
// (never exported).
inline QList<Item> richItems()
{
    QList<Item> items;
    Item a;
    a.domain = QStringLiteral("社会救助");
    a.seq = 1;
    a.level1 = QStringLiteral("最低生活保障");
    a.level2 = QStringLiteral("审核信息");
    a.level3 = QStringLiteral("城市");
    a.content
            = QStringLiteral("=SUM(A1:A3) 不是公式\n初审对象名单  及相关信息\n<b>&amp;</b> \"引号\" '撇号'");
    a.basis = QStringLiteral("-《信息公开条例》及相关规定");
    a.deadline = QStringLiteral("制定或获取信息之日起10个工作日内，公示7个工作日");
    a.owner = QStringLiteral("@乡镇人民政府(街道办事处)");
    a.channels
            = names({ "政府网站", "发布会/听证会", "社区/企事业单位/村公示栏(电子屏)", "其他：村民微信群" });
    a.audience = names({ "全社会", "特定群体" });
    a.audienceNote = QStringLiteral("低保申请人（城市）");
    a.method = names({ "主动", "依申请" });
    a.level = names({ "乡级" });
    a.stages = names({ "执行", "结果" });
    a.department = QStringLiteral("社会救助股");
    a.note = QStringLiteral("咨询电话：0595-23281234");
    items << a;
    Item b = a;
    b.seq = 2;
    b.level3 = QStringLiteral("农村");
    b.content = QStringLiteral("终止供养名单");
    b.channels = names({ "政府网站" });
    b.audience = names({ "全社会" });
    b.audienceNote.clear();
    b.method = names({ "主动" });
    b.level = names({ "县级", "市级" });
    b.stages.clear();
    b.note.clear();
    items << b;
    Item c;
    c.domain = QStringLiteral("养老服务");
    c.seq = 1;
    c.level1 = QStringLiteral("养老服务通用政策");
    c.level2 = QStringLiteral("养老机构投资指南");
    c.content = QStringLiteral("本区域养老机构投资环境简介");
    c.basis = QStringLiteral("信息公开规定");
    c.deadline = QStringLiteral("制定或获取指南之日起10个工作日内");
    c.owner = QStringLiteral("县级人民政府民政部门");
    c.channels = names({ "政府网站", "两微一端", "政务服务中心" });
    c.audience = names({ "全社会" });
    c.method = names({ "主动" });
    c.level = names({ "县级" });
    c.department = QStringLiteral("养老服务股");
    items << c;
    Item hidden = c;
    hidden.seq = 2;
    hidden.level2 = QStringLiteral("内部审批过程记录");
    hidden.withheld = true;
    hidden.withheldBasis = QStringLiteral("条例第十六条 过程性信息");
    items << hidden;
    return items;
}

// The first item of the 安溪县民政局 sample catalogue (tests/fixtures/samples/), whichever format
// it was read from: every field.
inline void verifyFirstSampleItem(const Item &first)
{
    QCOMPARE(first.domain, QStringLiteral("社会救助"));
    QCOMPARE(first.seq, 1);
    QCOMPARE(first.level1, QStringLiteral("综合业务"));
    QCOMPARE(first.level2, QStringLiteral("政策法规文件"));
    QCOMPARE(first.content, QStringLiteral("《社会救助暂行办法》\n各地配套政策法规文件"));
    QCOMPARE(first.basis, QStringLiteral("《信息公开条例》及相关规定"));
    QCOMPARE(first.deadline, QStringLiteral("制定或获取信息之日起10个工作日内"));
    QCOMPARE(first.owner, QStringLiteral("县级人民政府民政部门、乡镇人民政府(街道办事处)"));
    QCOMPARE(first.channels, names({ "政府网站", "公开查阅点", "政务服务中心" }));
    QCOMPARE(first.audience, names({ "全社会" }));
    QCOMPARE(first.method, names({ "主动" }));
    QCOMPARE(first.level, names({ "县级", "乡级" }));
    QCOMPARE(first.department, QStringLiteral("社会救助股"));
    QVERIFY(first.note.isEmpty());
}

// Every field of every item (ids aside), naming the first field that differs. A failure inside
// fails the calling test; check QTest::currentTestFailed() to stop early.
inline void compareItems(const QList<Item> &got, const QList<Item> &want)
{
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        Item g = got.at(i);
        g.id = want.at(i).id;
        for (const FieldInfo &fi : ItemFields::all()) {
            if (g.value(fi.field) != want.at(i).value(fi.field))
                QFAIL(qPrintable(QStringLiteral("item %1 field %2: got \"%3\", want \"%4\"")
                                         .arg(i)
                                         .arg(ItemFields::key(fi.field))
                                         .arg(g.value(fi.field).toStringList().join(QLatin1Char('|'))
                                              + g.value(fi.field).toString())
                                         .arg(want.at(i).value(fi.field).toStringList().join(QLatin1Char('|'))
                                              + want.at(i).value(fi.field).toString())));
        }
        QVERIFY(g.sameContent(want.at(i)));
    }
}

// The items of a fixture under tests/fixtures, {"items": [...]} in the field keys of DESIGN.md (the
// JSON export's); a key left out is an empty field.
inline QList<Item> itemsFromFixture(const char *relativePath)
{
    QFile f(QStringLiteral(GKML_FIXTURES "/") + QLatin1String(relativePath));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", relativePath);
    const QJsonArray a
            = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("items")).toArray();
    QList<Item> items;
    for (const QJsonValue &v : a)
        items.append(EditionStore::itemFromJson(v.toObject()));
    return items;
}

// The items of tests/fixtures/package/catalogue-items.json: two domains, 22 items, two of them
// withheld, 五公开 stages on every item (the package and township tests' catalogue).
inline QList<Item> fixtureItems()
{
    return itemsFromFixture("package/catalogue-items.json");
}

inline CatalogueInfo fixtureInfo()
{
    CatalogueInfo info;
    info.unit = QStringLiteral("安溪县民政局");
    info.region = QStringLiteral("福建省泉州市安溪县");
    info.adminLevel = QStringLiteral("县级");
    return info;
}

// What must never appear in a public output: the withheld items' names, contents and reasons.
inline QStringList withheldNames(const QList<Item> &items)
{
    QStringList names;
    for (const Item &i : items) {
        if (i.withheld)
            names << i.level2 << i.content << i.withheldBasis;
    }
    return names;
}

inline QList<Finding> withCode(const QList<Finding> &findings, const QString &code)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.code == code)
            out.append(f);
    }
    return out;
}

} // namespace gkml::test
