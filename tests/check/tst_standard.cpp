// Standards as data: the built-in 民政部 guides, provenance, vocabularies, user files in
// folders (newer versions win), and clear errors naming the place in a malformed file.
#include "TestData.h"
#include "TestFiles.h"
#include "standard/StandardLibrary.h"
#include "util/TextNormalizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {

QByteArray builtin(const char *name)
{
    QFile f(QStringLiteral(":/standards/%1").arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no built-in %s", name);
    return f.readAll();
}

} // namespace

class TestStandard : public QObject
{
    Q_OBJECT
private slots:
    void builtIns()
    {
        StandardLibrary lib { QStringList() };
        QVERIFY2(lib.loadErrors().isEmpty(), qPrintable(lib.loadErrors().join(u'\n')));
        QStringList ids;
        for (const Standard *s : lib.standards())
            ids.append(s->id());
        QCOMPARE(ids,
                 (QStringList { QStringLiteral("mca-2019"), QStringLiteral("mca-2019-shehui-jiuzhu"),
                                QStringLiteral("mca-2019-yanglao-fuwu") }));
        const Standard *sj = lib.find(QStringLiteral("mca-2019-shehui-jiuzhu"), nullptr);
        const Standard *yl = lib.find(QStringLiteral("mca-2019-yanglao-fuwu"), nullptr);
        const Standard *all = lib.find(QStringLiteral("mca-2019"), nullptr);
        QVERIFY(sj && yl && all);
        QCOMPARE(sj->items().size(), 13);
        QCOMPARE(yl->items().size(), 6);
        QCOMPARE(all->items().size(), 19);
        QCOMPARE(all->domains(), (QStringList { QStringLiteral("社会救助"), QStringLiteral("养老服务") }));
        QCOMPARE(all->document(), QStringLiteral("民办函〔2019〕52号"));
        QVERIFY(all->isBuiltIn());
        QVERIFY(all->includes().isEmpty()); // resolved
        QVERIFY(all->vocabulary(Field::Channels)); // inherited from the first guide
        QCOMPARE(all->maxWorkingDays().value, 20);
        QVERIFY(!all->maxWorkingDays().inferred);
        // each guide's rows are numbered 1..n in the guide's order
        for (int i = 0; i < sj->items().size(); ++i)
            QCOMPARE(sj->items().at(i).seq, i + 1);
    }

    void provenance()
    {
        StandardLibrary lib { QStringList() };
        const Standard *s = lib.find(QStringLiteral("mca-2019"), nullptr);
        int inferredRows = 0;
        for (const StandardItem &it : s->items())
            inferredRows += it.inferred ? 1 : 0;
        QCOMPARE(inferredRows, 1); // 社会救助 row 10
        const StandardItem *row9 = s->findItem(QStringLiteral("社会救助"), QStringLiteral("特困人员救助供养"),
                                               QStringLiteral("审核信息"));
        QVERIFY(row9);
        QVERIFY(row9->isInferred(Field::Deadline) && row9->isInferred(Field::Owner)
                && !row9->isInferred(Field::Content));
        const StandardItem *old6 = s->findItem(QStringLiteral("养老服务"), QStringLiteral("养老服务业务办理"),
                                               QStringLiteral("老年人补贴"));
        QVERIFY(old6 && old6->isInferred(Field::Deadline) && !old6->isInferred(Field::Method));
        QVERIFY(!old6->sources.isEmpty());
    }

    void vocabularies()
    {
        StandardLibrary lib { QStringList() };
        const Standard *s = lib.find(QStringLiteral("mca-2019-yanglao-fuwu"), nullptr);
        const Vocabulary *ch = s->vocabulary(Field::Channels);
        QVERIFY(ch);
        QCOMPARE(ch->values().size(), 13);
        QCOMPARE(ch->values().first(), QStringLiteral("政府网站"));
        QCOMPARE(ch->order(QStringLiteral("政务服务中心")), 7); // printed order
        QCOMPARE(ch->values().last(), QStringLiteral("其他"));
        QCOMPARE(ch->otherValue(), QStringLiteral("其他"));
        using M = Vocabulary::Match;
        QCOMPARE(ch->lookup(QStringLiteral("政务服务中心")).match, M::Canonical);
        QCOMPARE(ch->lookup(QStringLiteral("社区/企事业单位/村公示 栏（电子屏）")).match, M::Canonical);
        const auto alias = ch->lookup(QStringLiteral("政府服务中心"));
        QCOMPARE(alias.match, M::Alias);
        QCOMPARE(alias.canonical, QStringLiteral("政务服务中心"));
        const auto other = ch->lookup(QStringLiteral("其他：镇村公示公开栏"));
        QCOMPARE(other.match, M::Other);
        QCOMPARE(other.otherText, QStringLiteral("镇村公示公开栏"));
        QCOMPARE(ch->lookup(QStringLiteral("征地信息公开平台")).match, M::Other);
        QCOMPARE(ch->lookup(QStringLiteral("微信群")).match, M::Unknown);
        const Vocabulary *aud = s->vocabulary(Field::Audience);
        QCOMPARE(aud->lookup(QStringLiteral("特定群众")).canonical, QStringLiteral("特定群体"));
        const Vocabulary *method = s->vocabulary(Field::Method);
        QCOMPARE(method->lookup(QStringLiteral("依申请公开")).match, M::Alias);
        QCOMPARE(method->lookup(QStringLiteral("依申请公开")).canonical, QStringLiteral("依申请"));
        const Vocabulary *level = s->vocabulary(Field::Level);
        for (const char *v : { "乡、村级", "镇、村级", "镇级" })
            QCOMPARE(level->lookup(QString::fromUtf8(v)).canonical, QStringLiteral("乡级"));
        QCOMPARE(level->lookup(QStringLiteral("市级")).match, M::Unknown);
        // column schema with header aliases
        const StandardColumn *content = s->column(Field::Content);
        QVERIFY(content && content->aliases.contains(QStringLiteral("公开内容")));
        QVERIFY(s->isRequired(Field::Deadline));
        QVERIFY(!s->isRequired(Field::Level3));
    }

    void malformed_data()
    {
        // place: what the error must name
        gkml::test::addColumns<QByteArray, QString>({ "json", "place" });
        const QByteArray ok
                = R"({"id":"x","version":"1","title":"t","items":[{"domain":"d","level1":"a","level2":"b"}]})";
        QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("one JSON object");
        QTest::newRow("missing id") << QByteArray(R"({"version":"1","title":"t","items":[]})")
                                    << QStringLiteral("id: ");
        QTest::newRow("id with space")
                << QByteArray(ok).replace("\"x\"", "\"a b\"") << QStringLiteral("id: ");
        QTest::newRow("no items") << QByteArray(R"({"id":"x","version":"1","title":"t"})")
                                  << QStringLiteral("items: ");
        QTest::newRow("items not a list") << QByteArray(R"({"id":"x","version":"1","title":"t","items":{}})")
                                          << QStringLiteral("items: expected a list");
        QTest::newRow("level2 a number") << QByteArray(
                R"({"id":"x","version":"1","title":"t","items":[{"domain":"d","level1":"a","level2":"b"},{"domain":"d","level1":"a","level2":7}]})")
                                         << QStringLiteral("items[1].level2: expected text");
        QTest::newRow("duplicate item") << QByteArray(
                R"({"id":"x","version":"1","title":"t","items":[{"domain":"d","level1":"a","level2":"b"},{"domain":"d","level1":"a","level2":"b "}]})")
                                        << QStringLiteral("items[1]: ");
        QTest::newRow("unknown vocabulary") << QByteArray(
                R"({"id":"x","version":"1","title":"t","vocabularies":{"colour":{"values":["r"]}},"items":[]})")
                                            << QStringLiteral("vocabularies.colour: ");
        QTest::newRow("alias to nowhere") << QByteArray(
                R"({"id":"x","version":"1","title":"t","vocabularies":{"method":{"values":["主动"],"aliases":{"主动公开":"被动"}}},"items":[]})")
                                          << QStringLiteral("vocabularies.method.aliases.主动公开: ");
        QTest::newRow("item value not in vocabulary") << QByteArray(
                R"({"id":"x","version":"1","title":"t","vocabularies":{"method":{"values":["主动"]}},"items":[{"domain":"d","level1":"a","level2":"b","method":["依申请"]}]})")
                                                      << QStringLiteral("items[0].method: ");
        QTest::newRow("bad rule") << QByteArray(
                R"({"id":"x","version":"1","title":"t","rules":{"maxWorkingDays":{"value":"twenty"}},"items":[{"domain":"d","level1":"a","level2":"b"}]})")
                                  << QStringLiteral("rules.maxWorkingDays.value: ");
        QTest::newRow("unknown column") << QByteArray(
                R"({"id":"x","version":"1","title":"t","columns":[{"key":"colour","label":"c"}],"items":[]})")
                                        << QStringLiteral("columns[0].key: ");
        QTest::newRow("newer format")
                << QByteArray(R"({"formatVersion":2,"id":"x","version":"1","title":"t","items":[]})")
                << QStringLiteral("formatVersion: ");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        QString error;
        QVERIFY(!Standard::fromJson(json, QStringLiteral("my.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("my.json")), qPrintable(error));
        QVERIFY2(error.contains(place), qPrintable(error));
    }

    void parseErrorNamesLineAndColumn()
    {
        QByteArray data = builtin("mca-2019-yanglao-fuwu.json");
        // break line 5 ("title" line): drop the comma at its end
        QList<QByteArray> lines = data.split('\n');
        QVERIFY(lines.at(4).trimmed().startsWith("\"version\""));
        lines[4].chop(1);
        data = lines.join('\n');
        QString error;
        QVERIFY(!Standard::fromJson(data, QStringLiteral("newer.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("newer.json")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("line 6")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("byte offset")), qPrintable(error));
    }

    void byteOrderMarkAccepted()
    {
        QString error;
        auto s = Standard::fromJson("\xEF\xBB\xBF" + builtin("mca-2019-shehui-jiuzhu.json"),
                                    QStringLiteral("bom.json"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->items().size(), 13);
    }

    void userFolderNewerVersionWins()
    {
        QTemporaryDir dir;
        QByteArray data = builtin("mca-2019-yanglao-fuwu.json");
        data.replace("\"version\": \"2019\"", "\"version\": \"2024\"");
        data.replace("\"title\": \"养老服务领域基层政务公开标准指引\"",
                     "\"title\": \"养老服务领域基层政务公开标准指引（2024年修订）\"");
        QVERIFY(gkml::test::writeFile(dir.filePath(QStringLiteral("养老2024.json")),
                                      data)); // a Chinese file name
        StandardLibrary lib { QStringList { dir.path() } };
        QVERIFY(lib.loadErrors().isEmpty());
        QCOMPARE(lib.standards().size(), 4);
        const Standard *s = lib.find(QStringLiteral("mca-2019-yanglao-fuwu"), nullptr);
        QCOMPARE(s->version(), QStringLiteral("2024"));
        QVERIFY(!s->isBuiltIn());
        QVERIFY(lib.find(QStringLiteral("mca-2019-yanglao-fuwu"), QStringLiteral("2019")));
        // the bundle includes the newest version of its parts
        const Standard *bundle = lib.find(QStringLiteral("mca-2019"), nullptr);
        QVERIFY(bundle);
        QCOMPARE(bundle->items().size(), 19);
    }

    void userFolderBadFileIsReportedNotFatal()
    {
        QTemporaryDir dir;
        QVERIFY(gkml::test::writeFile(dir.filePath(QStringLiteral("broken.json")),
                                      "{\"id\": \"x\",\n \"version\": }"));
        QVERIFY(gkml::test::writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a standard"));
        StandardLibrary lib { QStringList { dir.path(), dir.filePath(QStringLiteral("missing")) } };
        QCOMPARE(lib.standards().size(), 3);
        QCOMPARE(lib.loadErrors().size(), 1);
        QVERIFY2(lib.loadErrors().first().contains(QStringLiteral("broken.json")),
                 qPrintable(lib.loadErrors().first()));
        QVERIFY(lib.loadErrors().first().contains(QStringLiteral("line 2")));
    }

    void findByPathAndVersion()
    {
        StandardLibrary lib { QStringList() };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("本地标准.json"));
        QVERIFY(gkml::test::writeFile(
                path,
                R"({"id":"local","version":"3","title":"本地","items":[{"domain":"社会救助","level1":"a","level2":"b"}]})"));
        QString error;
        const Standard *s = lib.find(path, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->id(), QStringLiteral("local"));
        QVERIFY(!lib.find(dir.filePath(QStringLiteral("nope.json")), &error));
        QVERIFY(error.contains(QStringLiteral("nope.json")));
        QVERIFY(!lib.find(QStringLiteral("mca-2030"), &error));
        QVERIFY2(error.contains(QStringLiteral("mca-2030")) && error.contains(QStringLiteral("mca-2019")),
                 qPrintable(error));
        QVERIFY(lib.find(QStringLiteral("mca-2019@2019"), &error));
        QVERIFY(!lib.find(QStringLiteral("mca-2019@2000"), &error));
        QVERIFY(error.contains(QStringLiteral("2000")));
    }

    void forDomains()
    {
        StandardLibrary lib { QStringList() };
        auto id = [&](const QStringList &d) {
            const Standard *s = lib.forDomains(d);
            return s ? s->id() : QString();
        };
        QCOMPARE(id({ QStringLiteral("社会救助") }), QStringLiteral("mca-2019-shehui-jiuzhu"));
        QCOMPARE(id({ QStringLiteral("养老服务领域") }), QStringLiteral("mca-2019-yanglao-fuwu"));
        QCOMPARE(id({ QStringLiteral("社会救助"), QStringLiteral("养老服务") }), QStringLiteral("mca-2019"));
        // A catalogue of several areas is checked against the standard covering the most of them.
        QCOMPARE(id({ QStringLiteral("社会救助"), QStringLiteral("婚姻登记") }),
                 QStringLiteral("mca-2019-shehui-jiuzhu"));
        QCOMPARE(id({ QStringLiteral("社会救助"), QStringLiteral("养老服务"), QStringLiteral("就业") }),
                 QStringLiteral("mca-2019"));
        QCOMPARE(id({ QStringLiteral("婚姻登记") }), QString());
        QCOMPARE(id({}), QString());
    }

    void forCatalogue()
    {
        StandardLibrary lib { QStringList() };
        using C = StandardLibrary::Choice;
        C choice;
        QString error;
        const QStringList both
                = { QStringLiteral("社会救助"), QStringLiteral("养老服务"), QStringLiteral(" ") };
        QCOMPARE(lib.forCatalogue(QString(), QString(), both, &choice, &error)->id(),
                 QStringLiteral("mca-2019"));
        QCOMPARE(choice, C::Covering); // the blank domain (an item without one) does not count
        QCOMPARE(lib.forCatalogue(QStringLiteral("mca-2019-yanglao-fuwu"), QStringLiteral("2019"), both,
                                  &choice, &error)
                         ->id(),
                 QStringLiteral("mca-2019-yanglao-fuwu"));
        QCOMPARE(choice, C::Recorded);
        QCOMPARE(lib.forCatalogue(QStringLiteral("mca-2019"), QStringLiteral("2018"), both, &choice, &error)
                         ->version(),
                 QStringLiteral("2019"));
        QCOMPARE(choice, C::RecordedOtherVersion);
        QVERIFY(error.isEmpty());
        QVERIFY(!lib.forCatalogue(QStringLiteral("gone"), QStringLiteral("1"), both, &choice, &error));
        QVERIFY(error.contains(QStringLiteral("gone")));
        error.clear();
        QVERIFY(!lib.forCatalogue(QString(), QString(), { QStringLiteral("婚姻登记") }, &choice, &error));
        QCOMPARE(choice, C::None);
        QVERIFY(error.isEmpty());
    }

    void versionOrder()
    {
        QVERIFY(Standard::compareVersions(QStringLiteral("2019"), QStringLiteral("2024")) < 0);
        QVERIFY(Standard::compareVersions(QStringLiteral("2019.2"), QStringLiteral("2019.10")) < 0);
        QVERIFY(Standard::compareVersions(QStringLiteral("2024-01"), QStringLiteral("2019")) > 0);
        QCOMPARE(Standard::compareVersions(QStringLiteral("2019"), QStringLiteral("2019")), 0);
        QVERIFY(Standard::compareVersions(QString(40, u'9'), QStringLiteral("1")) > 0); // capped, no overflow
    }

    void nameKeyEqualsMatchKey()
    {
        // Standard::nameKey is a fast path of TextNormalizer::matchKey: it must give the same keys.
        const QStringList names = { QStringLiteral("最低生活保障"),
                                    QStringLiteral("最低生活保障（审批）"),
                                    QStringLiteral("最低生活保障 (审批)"),
                                    QStringLiteral("审批　信息"),
                                    QStringLiteral("ＡＢＣ１２３ｘ"),
                                    QStringLiteral("Level-2 Item"),
                                    QStringLiteral("《条例》〔2019〕"),
                                    QStringLiteral("社区/企事业单位/村公示栏(电子屏)"),
                                    QStringLiteral("々〆"),
                                    QStringLiteral("①②"),
                                    QStringLiteral("㈠"),
                                    QStringLiteral("ﬁ"),
                                    QStringLiteral("\t\n "),
                                    QString(),
                                    QStringLiteral("户籍管理·迁移") };
        for (const QString &n : names)
            QCOMPARE(Standard::nameKey(n), TextNormalizer::matchKey(n));
    }

    // The short names the editor's search also finds by (issue 12): data of the standard.
    void abbreviations()
    {
        StandardLibrary lib { QStringList() };
        QString findError;
        const Standard *bundle = lib.find(QStringLiteral("mca-2019"), &findError);
        QVERIFY2(bundle, qPrintable(findError));
        QCOMPARE(bundle->abbreviations().value(QStringLiteral("低保")),
                 QStringList { QStringLiteral("最低生活保障") });
        QCOMPARE(bundle->abbreviations().value(QStringLiteral("特困")),
                 QStringList { QStringLiteral("特困人员救助供养") });
        QString error;
        const QByteArray bad = R"({"id":"x","version":"1","title":"t","abbreviations":{"a":7},)"
                               R"("items":[{"domain":"d","level1":"a","level2":"b"}]})";
        QVERIFY(!Standard::fromJson(bad, QStringLiteral("my.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("abbreviations")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStandard)
#include "tst_standard.moc"
