// CellCodec and TemplateTerms: the one reading of tick, set and checklist cells.
#include "TestData.h"
#include "template/CellCodec.h"
#include "template/TemplateTerms.h"

#include <QTest>

using namespace gkml;

class TstCellText : public QObject
{
    Q_OBJECT
private slots:
    void ticks_data()
    {
        gkml::test::addColumns<QString, bool, QString>({ "cell", "ticked", "text" });
        for (const char *yes : { "√", "✓", "✔", "■", "☑", "●", "是", "Y", "yes", "1" })
            QTest::newRow(yes) << QString::fromUtf8(yes) << true << QString();
        for (const char *no : { "", "□", "口", "☐", "否", "×", "-", "N", "0" })
            QTest::newRow(no[0] ? no : "blank") << QString::fromUtf8(no) << false << QString();
        QTest::newRow("with group") << QStringLiteral("√（低保对象）") << true << QStringLiteral("低保对象");
        QTest::newRow("nested brackets")
                << QStringLiteral("√(残疾人(重度))") << true << QStringLiteral("残疾人(重度)");
        QTest::newRow("text only") << QStringLiteral("低保对象") << true << QStringLiteral("低保对象");
        QTest::newRow("colon") << QStringLiteral("✓：困难群众") << true << QStringLiteral("困难群众");
    }

    void ticks()
    {
        QFETCH(QString, cell);
        QFETCH(bool, ticked);
        QFETCH(QString, text);
        QString got;
        QCOMPARE(CellCodec::parseTick(cell, &got), ticked);
        QCOMPARE(got, text);
    }

    void bools_data()
    {
        // value: 1 yes, 0 no, -1 neither
        gkml::test::addColumns<QString, int>({ "cell", "value" });
        for (const char *yes : { "√", "✓", "✔", "■", "是", "yes", "TRUE", "1", "不予公开" })
            QTest::newRow(yes) << QString::fromUtf8(yes) << 1;
        for (const char *no : { "□", "口", "否", "no", "0", "-" })
            QTest::newRow(no) << QString::fromUtf8(no) << 0;
        QTest::newRow("blank") << QString() << -1;
        QTest::newRow("words") << QStringLiteral("待定") << -1;
    }

    void bools()
    {
        QFETCH(QString, cell);
        QFETCH(int, value);
        const std::optional<bool> b = CellCodec::parseBool(cell);
        QCOMPARE(b.has_value() ? int(*b) : -1, value);
    }

    void sets_data()
    {
        gkml::test::addColumns<int, QString, QStringList>({ "field", "cell", "values" });
        const auto f = [](Field x) { return static_cast<int>(x); };
        QTest::newRow("、") << f(Field::Method) << QStringLiteral("主动、依申请")
                            << QStringList { QStringLiteral("主动"), QStringLiteral("依申请") };
        QTest::newRow("，;") << f(Field::Level) << QStringLiteral("县级，乡级;村级")
                             << QStringList { QStringLiteral("县级"), QStringLiteral("乡级"),
                                              QStringLiteral("村级") };
        QTest::newRow("slash") << f(Field::Method) << QStringLiteral("主动/依申请")
                               << QStringList { QStringLiteral("主动"), QStringLiteral("依申请") };
        QTest::newRow("line breaks") << f(Field::Stages) << QStringLiteral("决策\n执行\r\n结果")
                                     << QStringList { QStringLiteral("决策"), QStringLiteral("执行"),
                                                      QStringLiteral("结果") };
        QTest::newRow("compound alias") << f(Field::Level) << QStringLiteral("县级、乡、村级")
                                        << QStringList { QStringLiteral("县级"), QStringLiteral("乡、村级") };
        QTest::newRow("channel slash kept")
                << f(Field::Channels) << QStringLiteral("发布会/听证会、政府网站")
                << QStringList { QStringLiteral("发布会/听证会"), QStringLiteral("政府网站") };
        QTest::newRow("checklist") << f(Field::Channels)
                                   << QStringLiteral("■政府网站 □政府公报 口两微一端 ■政务服务中心")
                                   << QStringList { QStringLiteral("政府网站"),
                                                    QStringLiteral("政务服务中心") };
        QTest::newRow("local channel") << f(Field::Channels) << QStringLiteral("村民微信群")
                                       << QStringList { QStringLiteral("其他：村民微信群") };
    }

    void sets()
    {
        QFETCH(int, field);
        QFETCH(QString, cell);
        QFETCH(QStringList, values);
        QCOMPARE(CellCodec::splitSet(Field(field), cell), values);
    }

    void aliasesComeFromTheStandard_data()
    {
        gkml::test::addColumns<int, QString, QString>({ "field", "spelling", "canonical" });
        const auto f = [](Field x) { return static_cast<int>(x); };
        QTest::newRow("区级") << f(Field::Level) << QStringLiteral("区级") << QStringLiteral("县级");
        QTest::newRow("镇级") << f(Field::Level) << QStringLiteral("镇级") << QStringLiteral("乡级");
        QTest::newRow("乡、村级") << f(Field::Level) << QStringLiteral("乡、村级") << QStringLiteral("乡级");
        QTest::newRow("村级 is its own value")
                << f(Field::Level) << QStringLiteral("村级") << QStringLiteral("村级");
        QTest::newRow("社会公众") << f(Field::Audience) << QStringLiteral("社会公众")
                                  << QStringLiteral("全社会");
        QTest::newRow("特定群众") << f(Field::Audience) << QStringLiteral("特定群众")
                                  << QStringLiteral("特定群体");
        QTest::newRow("主动公开") << f(Field::Method) << QStringLiteral("主动公开") << QStringLiteral("主动");
    }

    void aliasesComeFromTheStandard()
    {
        QFETCH(int, field);
        QFETCH(QString, spelling);
        QFETCH(QString, canonical);
        QCOMPARE(TemplateTerms::canonical(Field(field), spelling), canonical);
        // The alias is the standard's, not the codec's: the built-in vocabulary knows it.
        const Vocabulary::Lookup l = TemplateTerms::vocabulary(Field(field)).lookup(spelling);
        QCOMPARE(l.match == Vocabulary::Match::Unknown,
                 spelling == canonical && spelling == QStringLiteral("村级"));
    }

    void tickLabels_data()
    {
        gkml::test::addColumns<QString, int, QString>({ "header", "field", "value" });
        const auto f = [](Field x) { return static_cast<int>(x); };
        QTest::newRow("特定群体（请写明）")
                << QStringLiteral("特定群体（请写明）") << f(Field::Audience) << QStringLiteral("特定群体");
        QTest::newRow("依申请公开") << QStringLiteral("依申请公开") << f(Field::Method)
                                    << QStringLiteral("依申请");
        QTest::newRow("县(区)级") << QStringLiteral("县(区)级") << f(Field::Level) << QStringLiteral("县级");
        QTest::newRow("村级") << QStringLiteral("村级") << f(Field::Level) << QStringLiteral("村级");
        QTest::newRow("决策") << QStringLiteral("决策") << f(Field::Stages) << QStringLiteral("决策");
        QTest::newRow("not a tick") << QStringLiteral("公开内容") << -1 << QString();
    }

    void tickLabels()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        QFETCH(QString, value);
        const auto t = TemplateTerms::tickLabel(header);
        QCOMPARE(t.has_value() ? int(t->first) : -1, field);
        if (t)
            QCOMPARE(t->second, value);
    }

    void checklistRoundTrip()
    {
        const QStringList channels = { QStringLiteral("政府网站"), QStringLiteral("政务服务中心"),
                                       QStringLiteral("其他：村民微信群") };
        const QString cell = CellCodec::channelChecklist(channels);
        QCOMPARE(cell.count(QLatin1Char('\n')), 12);
        QVERIFY(cell.startsWith(QStringLiteral("■政府网站\n□政府公报")));
        QVERIFY(cell.endsWith(QStringLiteral("■其他：村民微信群")));
        QCOMPARE(CellCodec::splitSet(Field::Channels, cell), channels);
    }

    void tickColumnEncodesAliases()
    {
        TemplateColumn county;
        county.kind = TemplateColumn::Kind::Tick;
        county.field = Field::Level;
        county.value = QStringLiteral("县级");
        Item item;
        item.level = { QStringLiteral("区级") };
        QCOMPARE(CellCodec::encode(item, county), QStringLiteral("√"));
        Item decoded;
        CellCodec::decode(county, QStringLiteral("✓"), decoded);
        QCOMPARE(decoded.level, QStringList { QStringLiteral("县级") });
    }

    void typedCheckMarkMeansYes()
    {
        // Issue 11: "✓" typed into the 不予公开 cell meant no, while the importer read it as yes.
        for (const QString &mark :
             { QStringLiteral("✓"), QStringLiteral("✔"), QStringLiteral("√"), QStringLiteral("■") })
            QCOMPARE(CellCodec::fieldValue(Field::Withheld, mark).toBool(), true);
        QCOMPARE(CellCodec::fieldValue(Field::Withheld, QStringLiteral("□")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TstCellText)
#include "tst_celltext.moc"
