// CountyTemplate: the column model every writer, the sheet and the importer share.
#include "template/CellCodec.h"
#include "template/CountyTemplate.h"

#include <QTest>

using namespace gkml;

namespace {

Item item(const QStringList &audience, const QStringList &level)
{
    Item i;
    i.domain = QStringLiteral("社会救助");
    i.level1 = QStringLiteral("最低生活保障");
    i.level2 = QStringLiteral("办事指南");
    i.audience = audience;
    i.method = { QStringLiteral("主动") };
    i.level = level;
    i.channels = { QStringLiteral("政府网站") };
    return i;
}

QStringList tickLabels(const QList<TemplateColumn> &columns, Field field)
{
    QStringList out;
    for (const TemplateColumn &c : columns) {
        if (c.kind == TemplateColumn::Kind::Tick && c.field == field)
            out << c.label;
    }
    return out;
}

QString cellUnder(const QList<TemplateColumn> &columns, const Item &i, Field field, const QString &value)
{
    for (const TemplateColumn &c : columns) {
        if (c.kind == TemplateColumn::Kind::Tick && c.field == field && c.value == value)
            return CellCodec::encode(i, c);
    }
    return QStringLiteral("<no column>");
}

} // namespace

class TstCountyTemplate : public QObject
{
    Q_OBJECT
private slots:
    void templateColumns()
    {
        const QList<TemplateColumn> c = CountyTemplate::columns(
                { item({ QStringLiteral("全社会") }, { QStringLiteral("县级") }) }, {});
        QCOMPARE(c.first().kind, TemplateColumn::Kind::Sequence);
        QCOMPARE(tickLabels(c, Field::Audience),
                 (QStringList { QStringLiteral("全社会"), QStringLiteral("特定群体") }));
        QCOMPARE(tickLabels(c, Field::Method),
                 (QStringList { QStringLiteral("主动"), QStringLiteral("依申请") }));
        QCOMPARE(tickLabels(c, Field::Level),
                 (QStringList { QStringLiteral("县级"), QStringLiteral("乡级") }));
        int checklists = 0;
        for (const TemplateColumn &col : c) {
            checklists += col.kind == TemplateColumn::Kind::Checklist;
            if (col.kind == TemplateColumn::Kind::Tick)
                QCOMPARE(col.group, ItemFields::labelZh(col.field));
        }
        QCOMPARE(checklists, 1);
    }

    void villageLevelHasItsOwnColumn()
    {
        // Issue 11: 村级 ticked under 乡级 on the sheet but had its own column in the xlsx.
        const Item village = item({ QStringLiteral("全社会") }, { QStringLiteral("村级") });
        const QList<TemplateColumn> c = CountyTemplate::columns({ village }, {});
        QCOMPARE(tickLabels(c, Field::Level),
                 (QStringList { QStringLiteral("县级"), QStringLiteral("乡级"), QStringLiteral("村级") }));
        QCOMPARE(cellUnder(c, village, Field::Level, QStringLiteral("村级")), QStringLiteral("√"));
        QCOMPARE(cellUnder(c, village, Field::Level, QStringLiteral("乡级")), QString());
    }

    void aliasesTickUnderTheirValue()
    {
        // Issue 11: 区级 and 社会公众 ticked under nothing on the sheet.
        const Item district = item({ QStringLiteral("社会公众") }, { QStringLiteral("区级") });
        const QList<TemplateColumn> c = CountyTemplate::columns({ district }, {});
        QCOMPARE(tickLabels(c, Field::Level),
                 (QStringList { QStringLiteral("县级"), QStringLiteral("乡级") }));
        QCOMPARE(cellUnder(c, district, Field::Level, QStringLiteral("县级")), QStringLiteral("√"));
        QCOMPARE(cellUnder(c, district, Field::Audience, QStringLiteral("全社会")), QStringLiteral("√"));
    }

    void optionalColumns()
    {
        Item i = item({ QStringLiteral("特定群体") }, { QStringLiteral("乡级") });
        i.audienceNote = QStringLiteral("低保对象");
        QList<TemplateColumn> c = CountyTemplate::columns({ i }, {});
        for (const TemplateColumn &col : c)
            QVERIFY(col.field != Field::Level3 && col.field != Field::Stages && col.field != Field::Note);
        QCOMPARE(cellUnder(c, i, Field::Audience, QStringLiteral("特定群体")),
                 QStringLiteral("√（低保对象）"));
        i.level3 = QStringLiteral("申请条件");
        i.stages = { QStringLiteral("决策") };
        i.note = QStringLiteral("备注");
        CountyTemplate::Options o;
        o.departmentColumn = true;
        c = CountyTemplate::columns({ i }, o);
        QList<Field> fields;
        for (const TemplateColumn &col : c)
            fields << col.field;
        QVERIFY(fields.contains(Field::Level3));
        QVERIFY(fields.contains(Field::Stages));
        QVERIFY(fields.contains(Field::Note));
        QVERIFY(fields.contains(Field::Department));
        o.stagesColumn = o.noteColumn = false;
        c = CountyTemplate::columns({ i }, o);
        for (const TemplateColumn &col : c)
            QVERIFY(col.field != Field::Stages && col.field != Field::Note);
    }

    void titles()
    {
        QCOMPARE(CountyTemplate::title(QStringLiteral("安溪县民政局"), QStringLiteral("社会救助")),
                 QStringLiteral("安溪县民政局社会救助领域基层政务公开标准目录"));
        QCOMPARE(CountyTemplate::title(QStringLiteral("安溪县民政局"), QStringLiteral("社会救助领域")),
                 QStringLiteral("安溪县民政局社会救助领域基层政务公开标准目录"));
        const CountyTemplate::Title t
                = CountyTemplate::parseTitle(QStringLiteral("安溪县民政局社会救助领域基层政务公开标准目录"));
        QCOMPARE(t.unit, QStringLiteral("安溪县民政局"));
        QCOMPARE(t.domain, QStringLiteral("社会救助"));
    }
};

QTEST_GUILESS_MAIN(TstCountyTemplate)
#include "tst_countytemplate.moc"
