// PublicationStore on a real catalogue file, and the inspection report's counts on a fixture
// with known answers.
#include "TestFiles.h"
#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "publish/InspectionReport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {
QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Item makeItem(const QString &domain, const QString &l2, const QString &department, const QString &deadline)
{
    Item item;
    item.domain = domain;
    item.level1 = QStringLiteral("一级");
    item.level2 = l2;
    item.basis = QStringLiteral("依据");
    item.deadline = deadline;
    item.owner = QStringLiteral("县民政局");
    item.department = department;
    item.channels = { QStringLiteral("政府网站") };
    item.method = { QStringLiteral("主动") };
    item.level = { QStringLiteral("县级") };
    return item;
}

using gkml::test::sha256;
} // namespace

class TestPublicationStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_file.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_file = CatalogueFile::create(m_dir->filePath(QStringLiteral("a.gkml")),
                                       CatalogueInfo::withUnit(QStringLiteral("测试局")), &error);
        QVERIFY2(m_file, qPrintable(error));
        const QString twenty = QStringLiteral("信息形成或者变更之日起20个工作日内");
        m_items = {
            makeItem(QStringLiteral("社会救助"), QStringLiteral("A 按时"), QStringLiteral("社会救助股"),
                     twenty),
            makeItem(QStringLiteral("社会救助"), QStringLiteral("B 逾期"), QStringLiteral("社会救助股"),
                     twenty),
            makeItem(QStringLiteral("社会救助"), QStringLiteral("C 未公开"), QStringLiteral("社会救助股"),
                     twenty),
            makeItem(QStringLiteral("养老服务"), QStringLiteral("D 未更新"), QStringLiteral("养老服务股"),
                     twenty),
            makeItem(QStringLiteral("养老服务"), QStringLiteral("E 无日期"), QStringLiteral("养老服务股"),
                     twenty),
            makeItem(QStringLiteral("养老服务"), QStringLiteral("F 按时"), QStringLiteral("养老服务股"),
                     QStringLiteral("及时")),
            makeItem(QStringLiteral("养老服务"), QStringLiteral("G 不予公开"), QStringLiteral("养老服务股"),
                     twenty),
            makeItem(QStringLiteral("婚姻登记"), QStringLiteral("H 未公开"), QStringLiteral("办公室"),
                     twenty),
        };
        m_items[6].withheld = true;
        QVERIFY(m_file->insertItems(m_items, QStringLiteral("test")));
    }

    void addListRemove()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("截图.png"));
        QVERIFY(gkml::test::writeFile(shot, "not really a png, but bytes"));
        PublicationStore store(*m_file);
        PublicationRecord r;
        r.channel = QStringLiteral("政府网站");
        r.publishedOn = d("2026-10-09");
        r.eventOn = d("2026-09-24");
        r.where = QStringLiteral("https://example.invalid/1");
        const QList<qint64> ids = store.add({ m_items[0].id }, r, { shot });
        QCOMPARE(ids.size(), 1);
        const QList<PublicationRecord> records = store.records(m_items[0].id);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].publishedOn, d("2026-10-09"));
        QCOMPARE(records[0].eventOn, d("2026-09-24"));
        QCOMPARE(records[0].where, r.where);
        QCOMPARE(records[0].evidence.size(), 1);
        QCOMPARE(records[0].evidence[0].name, QStringLiteral("截图.png"));
        QCOMPARE(records[0].evidence[0].sha256,
                 QString::fromLatin1(
                         QCryptographicHash::hash("not really a png, but bytes", QCryptographicHash::Sha256)
                                 .toHex()));
        QCOMPARE(store.evidenceData(records[0].evidence[0].id), QByteArray("not really a png, but bytes"));
        QVERIFY(store.remove(ids[0]));
        QVERIFY(store.records(m_items[0].id).isEmpty());
        QCOMPARE(store.allEvidence().size(), 0);
        QVERIFY(!store.remove(ids[0]));
    }

    void onePostingManyItems()
    {
        PublicationStore store(*m_file);
        PublicationRecord r;
        r.channel = QStringLiteral("公示栏");
        r.publishedOn = d("2026-11-02");
        r.where = QStringLiteral("城厢镇村公示栏");
        const QList<qint64> ids = store.add({ m_items[0].id, m_items[1].id, m_items[2].id }, r, {});
        QCOMPARE(ids.size(), 3);
        QCOMPARE(store.recordCount(), 3);
        QCOMPARE(store.allRecords().size(), 3);
        QCOMPARE(store.records(m_items[2].id).first().where, QStringLiteral("城厢镇村公示栏"));
    }

    void refusalsLeaveTheFileUntouched()
    {
        const QString path = m_file->path();
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.jpg"));
        QVERIFY(gkml::test::writeFileOfSize(big, PublicationStore::kMaxEvidenceBytes + 1));
        const QByteArray before = sha256(path);
        PublicationStore store(*m_file);
        PublicationRecord r;
        r.channel = QStringLiteral("政府网站");
        r.publishedOn = d("2026-10-09");
        QVERIFY(store.add({ m_items[0].id, m_items[1].id }, r, { big }).isEmpty());
        QVERIFY(store.errorString().contains(QStringLiteral("big.jpg")));
        QVERIFY(store.add({ m_items[0].id }, r, { dir.filePath(QStringLiteral("missing.png")) }).isEmpty());
        QVERIFY(store.add({ 99999 }, r, {}).isEmpty());
        PublicationRecord noChannel = r;
        noChannel.channel.clear();
        QVERIFY(store.add({ m_items[0].id }, noChannel, {}).isEmpty());
        PublicationRecord eventAfter = r;
        eventAfter.eventOn = d("2026-10-10");
        QVERIFY(store.add({ m_items[0].id }, eventAfter, {}).isEmpty());
        QVERIFY(!store.setCycle({ m_items[0].id }, QStringLiteral("每周")));
        QCOMPARE(store.recordCount(), 0);
        m_file.reset();
        QCOMPARE(sha256(path), before);
    }

    void cycles()
    {
        PublicationStore store(*m_file);
        QVERIFY(store.setCycle({ m_items[0].id, m_items[1].id }, QStringLiteral("每季度")));
        QCOMPARE(store.cycle(m_items[1].id), QStringLiteral("每季度"));
        QVERIFY(store.setCycle({ m_items[1].id }, QString()));
        QCOMPARE(store.cycle(m_items[1].id), QString());
        QCOMPARE(store.allCycles().size(), 1);
    }

    void problems()
    {
        PublicationStore store(*m_file);
        InspectionProblem p;
        p.item = m_items[2].id;
        p.department = QStringLiteral("社会救助股");
        p.text = QStringLiteral("未公开低保对象名单");
        p.fixBy = d("2026-12-14");
        InspectionProblem unmatched;
        unmatched.text = QStringLiteral("网站栏目空白");
        unmatched.sourceRow = QStringLiteral("3|网站栏目空白");
        QVERIFY(store.addProblems({ p, unmatched }));
        QList<InspectionProblem> list = store.problems();
        QCOMPARE(list.size(), 2);
        QVERIFY(!list[0].isFixed());
        QCOMPARE(list[1].item, 0);
        QVERIFY(store.setProblemResult(list[0].id, QStringLiteral("已补充公开"), d("2026-12-01")));
        list = store.problems();
        QVERIFY(list[0].isFixed());
        QCOMPARE(list[0].fixedOn, d("2026-12-01"));
    }

    void reportCounts()
    {
        PublicationStore store(*m_file);
        auto add = [&](int index, const char *on, const char *event) {
            PublicationRecord r;
            r.channel = QStringLiteral("政府网站");
            r.publishedOn = on ? d(on) : QDate();
            r.eventOn = event ? d(event) : QDate();
            QVERIFY(!store.add({ m_items[index].id }, r, {}).isEmpty());
        };
        add(0, "2026-01-29", "2025-12-31"); // A ok
        add(1, "2026-01-30", "2025-12-31"); // B late
        add(3, "2026-06-01", nullptr); // D stale (每季度)
        QVERIFY(store.setCycle({ m_items[3].id }, QStringLiteral("每季度")));
        add(4, nullptr, nullptr); // E undated
        add(5, "2026-10-08", "2026-10-01"); // F ok
        add(6, "2026-10-08", nullptr); // G withheld: left out
        InspectionProblem fed;
        fed.item = m_items[2].id;
        fed.department = QStringLiteral("社会救助股");
        fed.text = QStringLiteral("评估组：未公开");
        QVERIFY(store.addProblems({ fed }));

        InspectionReport::Options options;
        options.asOf = d("2026-11-30");
        const InspectionReport report = InspectionReport::build(*m_file, WorkCalendar(), options);
        QCOMPARE(report.rows().size(), 7);
        const InspectionReport::Counts rescue = report.departments().value(QStringLiteral("社会救助股"));
        QCOMPARE(rescue.items, 3);
        QCOMPARE(rescue.ok, 1);
        QCOMPARE(rescue.late, 1);
        QCOMPARE(rescue.never, 1);
        const InspectionReport::Counts elderly = report.departments().value(QStringLiteral("养老服务股"));
        QCOMPARE(elderly.items, 3);
        QCOMPARE(elderly.ok, 1);
        QCOMPARE(elderly.stale, 1);
        QCOMPARE(elderly.undated, 1);
        QCOMPARE(report.departments().value(QStringLiteral("办公室")).never, 1);
        QCOMPARE(report.domains().value(QStringLiteral("养老服务")).items, 3);
        QCOMPARE(report.total().ok, 2);
        QVERIFY(!report.allOk());
        // 5 items not ok + the assessors' problem; 整改期限 10 working days after 2026-11-30.
        QCOMPARE(report.problems().size(), 6);
        QCOMPARE(report.problems().first().fixBy, d("2026-12-14"));
        QVERIFY(report.problems().last().fromAssessors);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 7);
        for (const QJsonValue &v : json.value(QStringLiteral("items")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("level2")).toString() != QStringLiteral("G 不予公开"));
        QCOMPARE(json.value(QStringLiteral("departments"))
                         .toObject()
                         .value(QStringLiteral("养老服务股"))
                         .toObject()
                         .value(QStringLiteral("stale"))
                         .toInt(),
                 1);
        QCOMPARE(json.value(QStringLiteral("problems"))
                         .toArray()
                         .last()
                         .toObject()
                         .value(QStringLiteral("state"))
                         .toString(),
                 QStringLiteral("open"));
        // The assessors' problem fixed: the next report shows it fixed.
        QVERIFY(store.setProblemResult(store.problems().first().id, QStringLiteral("已公开"),
                                       d("2026-12-02")));
        const InspectionReport again = InspectionReport::build(*m_file, WorkCalendar(), options);
        QVERIFY(again.problems().last().fixed);
        // One office only.
        options.department = QStringLiteral("办公室");
        QCOMPARE(InspectionReport::build(*m_file, WorkCalendar(), options).rows().size(), 1);
    }

    void sampledReport()
    {
        InspectionReport::Options options;
        options.asOf = d("2026-11-30");
        options.sampleDomains = 2;
        options.seed = 42;
        const InspectionReport a = InspectionReport::build(*m_file, WorkCalendar(), options);
        const InspectionReport b = InspectionReport::build(*m_file, WorkCalendar(), options);
        QCOMPARE(a.sampledDomains().size(), 2);
        QCOMPARE(a.sampledDomains(), b.sampledDomains());
        for (const auto &row : a.rows())
            QVERIFY(a.sampledDomains().contains(row.item.domain));
        // Over all seeds, every domain gets drawn sometimes.
        QSet<QString> seen;
        for (quint32 seed = 0; seed < 20; ++seed) {
            options.seed = seed;
            for (const QString &domain :
                 InspectionReport::build(*m_file, WorkCalendar(), options).sampledDomains())
                seen.insert(domain);
        }
        QCOMPARE(seen.size(), 3);
    }

private:
    std::unique_ptr<CatalogueFile> m_file;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Item> m_items;
};

QTEST_GUILESS_MAIN(TestPublicationStore)
#include "tst_publicationstore.moc"
