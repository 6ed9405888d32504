// The checker: golden cases (tests/fixtures/check/<case>/case.json + expected.json, at least one
// per code) and unit tests on items built in code.
#include "CheckFixtures.h"
#include "TestItems.h"
#include "check/Checker.h"
#include "check/FindingReport.h"
#include "standard/StandardLibrary.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace gkml;
using namespace checkfixtures;

namespace {

// "severity code item field" (+ "domain/level1/level2" for findings about no item)
QString signature(const QString &severity, const QString &code, qint64 item, const QString &field,
                  const QString &domain, const QString &level1, const QString &level2)
{
    QString s = QStringLiteral("%1 %2 %3 %4")
                        .arg(severity, code, item ? QString::number(item) : QStringLiteral("null"),
                             field.isEmpty() ? QStringLiteral("null") : field);
    if (!item)
        s += QStringLiteral(" %1/%2/%3").arg(domain, level1, level2);
    return s;
}

QStringList signatures(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(signature(Finding::severityKey(f.severity), f.code, f.item, f.field, f.domain, f.level1,
                             f.level2));
    return out;
}

using gkml::test::withCode;

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_library = std::make_unique<StandardLibrary>(QStringList());
        QVERIFY2(m_library->loadErrors().isEmpty(), qPrintable(m_library->loadErrors().join(u'\n')));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = caseNames();
        QVERIFY(names.size() >= 16);
        for (const QString &n : names)
            QTest::newRow(qPrintable(n)) << n;
    }

    void golden()
    {
        QFETCH(QString, name);
        const QString dir = fixtureDir() + QLatin1Char('/') + name;
        const QJsonObject c = readJson(dir + QStringLiteral("/case.json")).object();
        const QList<Item> items = buildCase(c);

        const Standard *standard = nullptr;
        const QJsonValue spec = c.value(QStringLiteral("standard"));
        QString error;
        if (spec.isUndefined()) {
            QStringList domains;
            for (const Item &it : items) {
                if (!domains.contains(it.domain))
                    domains.append(it.domain);
            }
            standard = m_library->forDomains(domains);
            QVERIFY(standard);
        } else if (spec.isString()) {
            QString s = spec.toString();
            if (s.startsWith(QLatin1String("file:")))
                s = dir + QLatin1Char('/') + s.mid(5);
            standard = m_library->find(s, &error);
            QVERIFY2(standard, qPrintable(error));
        }

        const QList<Finding> findings = Checker(standard).check(items);
        QStringList expected;
        for (const QJsonValue &v : readJson(dir + QStringLiteral("/expected.json"))
                                           .object()
                                           .value(QStringLiteral("findings"))
                                           .toArray()) {
            const QJsonObject o = v.toObject();
            expected.append(signature(
                    o.value(QStringLiteral("severity")).toString(),
                    o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("item")).toInteger(),
                    o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("domain")).toString(),
                    o.value(QStringLiteral("level1")).toString(),
                    o.value(QStringLiteral("level2")).toString()));
        }
        const QStringList actual = signatures(findings);
        if (actual != expected) {
            qWarning().noquote() << "expected:\n " << expected.join(QStringLiteral("\n  "));
            qWarning().noquote() << "actual:\n " << actual.join(QStringLiteral("\n  "));
            for (const Finding &f : findings)
                qWarning().noquote() << f.code << f.message;
        }
        QCOMPARE(actual, expected); // the order is part of the contract: catalogue order
        for (const Finding &f : findings) {
            QVERIFY2(!f.message.isEmpty(), qPrintable(f.code));
            QVERIFY2(Checker::codes().contains(f.code), qPrintable(f.code));
        }
    }

    void everyCodeHasAGoldenCase()
    {
        QSet<QString> seen;
        for (const QString &n : caseNames()) {
            const QJsonArray a = readJson(fixtureDir() + QStringLiteral("/%1/expected.json").arg(n))
                                         .object()
                                         .value(QStringLiteral("findings"))
                                         .toArray();
            for (const QJsonValue &v : a)
                seen.insert(v.toObject().value(QStringLiteral("code")).toString());
        }
        for (const QString &code : Checker::codes())
            QVERIFY2(seen.contains(code), qPrintable(QStringLiteral("no golden case for ") + code));
    }

    void normalisedMatching()
    {
        const Standard *s = m_library->find(QStringLiteral("mca-2019-shehui-jiuzhu"), nullptr);
        QVERIFY(s);
        // full-width brackets, spaces, 领域 suffix: still the standard's item, not a local one
        QList<Item> items;
        for (const StandardItem *si : s->items(QStringLiteral("社会救助")))
            items.append(guideItem(items.size() + 1, si->domain, si->level1, si->level2));
        items[0].domain = QStringLiteral("社会救助领域");
        items[1].level1 = QStringLiteral(" 综合 业务");
        items[3].level2 = QStringLiteral("办事指南。");
        items[4].level2 = QStringLiteral("审核信息"); // standard row 5 is 乡级 only, owner 乡镇
        const QList<Finding> findings = Checker(s).check(items);
        QVERIFY2(withCode(findings, QStringLiteral("local-item")).isEmpty(),
                 qPrintable(signatures(findings).join(u';')));
        QVERIFY(withCode(findings, QStringLiteral("standard-item-missing")).isEmpty());
        QVERIFY(withCode(findings, QStringLiteral("duplicate-item")).isEmpty());
        QVERIFY(findings.isEmpty());
    }

    void inferredRowOnlyWarns()
    {
        const Standard *s = m_library->find(QStringLiteral("mca-2019"), nullptr);
        QVERIFY(s);
        const StandardItem *row10 = s->findItem(
                QStringLiteral("社会救助"), QStringLiteral("特困人员救助供养"), QStringLiteral("审批信息"));
        QVERIFY(row10 && row10->inferred);
        const StandardItem *row5 = s->findItem(QStringLiteral("社会救助"), QStringLiteral("最低生活保障"),
                                               QStringLiteral("审核信息"));
        QVERIFY(row5 && !row5->inferred && row5->isInferred(Field::Level)
                && !row5->isInferred(Field::Deadline));
        // a catalogue with one 社会救助 item: 12 missing, of which row 10 only a warning
        const QList<Finding> findings = Checker(s).check({ guideItem(
                1, QStringLiteral("社会救助"), QStringLiteral("综合业务"), QStringLiteral("政策法规文件")) });
        const QList<Finding> missing = withCode(findings, QStringLiteral("standard-item-missing"));
        QCOMPARE(missing.size(), 12);
        int warnings = 0;
        for (const Finding &f : missing) {
            QCOMPARE(f.item, 0);
            if (f.severity == Finding::Severity::Warning) {
                ++warnings;
                QCOMPARE(f.level2, QStringLiteral("审批信息"));
                QCOMPARE(f.level1, QStringLiteral("特困人员救助供养"));
            }
        }
        QCOMPARE(warnings, 1);
        // 养老服务 is not in the catalogue: none of its items is reported missing
        for (const Finding &f : findings)
            QCOMPARE(f.domain, QStringLiteral("社会救助"));
    }

    void requiredSetFieldsAndWithheld()
    {
        const Standard *s = m_library->find(QStringLiteral("mca-2019"), nullptr);
        Item it = guideItem(7, QStringLiteral("社会救助"), QStringLiteral("综合业务"),
                            QStringLiteral("政策法规文件"));
        it.channels = QStringList { QStringLiteral("  ") };
        it.audience.clear();
        it.basis = QStringLiteral(" \n");
        QStringList fields;
        for (const Finding &f : withCode(Checker(s).check({ it }), QStringLiteral("required-missing"))) {
            QCOMPARE(f.item, 7);
            QCOMPARE(f.severity, Finding::Severity::Error);
            fields.append(f.field);
        }
        QCOMPARE(fields,
                 (QStringList { QStringLiteral("basis"), QStringLiteral("channels"),
                                QStringLiteral("audience") }));

        // no domain: said once, at the item; no "domain not in standard" note for the empty name
        Item nodomain = guideItem(8, QString(), QStringLiteral("综合业务"), QStringLiteral("政策法规文件"));
        QCOMPARE(signatures(Checker(s).check({ nodomain })),
                 QStringList { QStringLiteral("error required-missing 8 domain") });

        // a withheld item needs only its name and the basis for withholding
        Item w;
        w.id = 9;
        w.domain = QStringLiteral("社会救助");
        w.level1 = QStringLiteral("最低生活保障");
        w.level2 = QStringLiteral("个人信息");
        w.withheld = true;
        QCOMPARE(signatures(Checker(s).check({ w })).filter(QStringLiteral("required-missing")),
                 QStringList());
        w.level2.clear();
        QCOMPARE(signatures(Checker(s).check({ w })).filter(QStringLiteral("required-missing")),
                 QStringList { QStringLiteral("error required-missing 9 level2") });
    }

    void findingJson()
    {
        Finding f { Finding::Severity::Warning,
                    QStringLiteral("vocabulary-alias"),
                    0,
                    QStringLiteral("社会救助"),
                    QStringLiteral("a"),
                    QStringLiteral("b"),
                    QString(),
                    QStringLiteral("m") };
        QJsonObject o = f.toJson();
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(o.value(QStringLiteral("item")).isNull());
        QVERIFY(o.value(QStringLiteral("field")).isNull());
        for (const char *key :
             { "severity", "code", "item", "domain", "level1", "level2", "field", "message" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        f.item = 42;
        f.field = QStringLiteral("channels");
        o = f.toJson();
        QCOMPARE(o.value(QStringLiteral("item")).toInteger(), 42);
        QCOMPARE(o.value(QStringLiteral("field")).toString(), QStringLiteral("channels"));
        QCOMPARE(Finding::severityFromKey(QStringLiteral("info")), Finding::Severity::Info);
        QVERIFY(!Finding::severityFromKey(QStringLiteral("fatal")));
    }

    void reportJsonAndText()
    {
        const QJsonObject c
                = readJson(fixtureDir() + QStringLiteral("/deadline-exceeds-limit/case.json")).object();
        const QList<Item> items = buildCase(c);
        const Standard *s = m_library->find(QStringLiteral("mca-2019"), nullptr);
        const QList<Finding> findings = Checker(s).check(items);
        const QJsonObject o = FindingReport::toJson(findings, s);
        QCOMPARE(o.value(QStringLiteral("findings")).toArray().size(), findings.size());
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("warnings")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("infos")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("standard")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("mca-2019"));
        QVERIFY(FindingReport::toJson({}, nullptr).value(QStringLiteral("standard")).isNull());
        // the streamed bytes are the same document, also with characters JSON must escape
        QList<Finding> tricky = findings;
        tricky.append(Finding { Finding::Severity::Info, QStringLiteral("local-item"), 99,
                                QStringLiteral("a\"b"), QStringLiteral("c\\d\n\te"),
                                QString(QChar(0x01)) + QChar(0x2028), QString(), QStringLiteral("《x》\r") });
        for (const Standard *std : { s, static_cast<const Standard *>(nullptr) }) {
            QJsonParseError e;
            const QJsonDocument streamed
                    = QJsonDocument::fromJson(FindingReport::toJsonBytes(tricky, std), &e);
            QCOMPARE(e.error, QJsonParseError::NoError);
            QCOMPARE(streamed.object(), FindingReport::toJson(tricky, std));
        }
        QCOMPARE(QJsonDocument::fromJson(FindingReport::toJsonBytes({}, nullptr)).object(),
                 FindingReport::toJson({}, nullptr));

        // grouped by item: the heading of item 3 comes before its two findings, item 14 after them
        const QString text = FindingReport::toText(findings, items);
        const qsizetype h3 = text.indexOf(QStringLiteral("最低生活保障 / 政策法规文件"));
        const qsizetype h14 = text.indexOf(QStringLiteral("医疗救助 / 办事指南"));
        QVERIFY(h3 >= 0 && h14 > h3);
        QCOMPARE(text.mid(h3, h14 - h3).count(QStringLiteral("[deadline-exceeds-limit]")), 1);
        QCOMPARE(text.mid(h3, h14 - h3).count(QStringLiteral("[weaker-than-standard]")), 1);
        QVERIFY(text.trimmed().endsWith(QLatin1Char('.')));
    }

    void withoutStandard()
    {
        Item a = guideItem(1, QStringLiteral("社会救助"), QStringLiteral("综合业务"),
                           QStringLiteral("政策法规文件"));
        a.deadline = QStringLiteral("二十五个工作日内");
        Item b = a;
        b.id = 2;
        b.deadline = QStringLiteral("10个工作日内");
        b.channels = QStringList { QStringLiteral("任意渠道") };
        const QList<Finding> f = Checker(nullptr).check({ a, b });
        QCOMPARE(signatures(f),
                 (QStringList { QStringLiteral("error deadline-exceeds-limit 1 deadline"),
                                QStringLiteral("error duplicate-item 2 level2") }));
        // 依申请 only: Art. 26 is about proactive disclosure
        a.method = QStringList { QStringLiteral("依申请") };
        QVERIFY(Checker(nullptr).check({ a }).isEmpty());
    }

    void withheldFindingsStayInside()
    {
        const QJsonObject c = readJson(fixtureDir() + QStringLiteral("/withheld/case.json")).object();
        const QList<Item> items = buildCase(c);
        const QList<Finding> all = Checker(m_library->find(QStringLiteral("mca-2019"), nullptr)).check(items);
        const QList<Finding> shown = FindingReport::withoutWithheld(all, items);
        QCOMPARE(all.size(), 5);
        // items 7, 21 and 22 are withheld: only the note about item 14 remains
        QCOMPARE(signatures(shown), QStringList { QStringLiteral("info local-item 14 null") });
    }

private:
    std::unique_ptr<StandardLibrary> m_library; // built-ins only: no user folders in tests
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
