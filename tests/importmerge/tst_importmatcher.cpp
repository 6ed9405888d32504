// ImportMatcher: rows of an import matched with the items a catalogue has (domain, 一级/二级/三级
// 事项 after normalisation; 公开内容 when a name is shared), the batch written in one transaction,
// and EditionDiff::sinceEdition (the one code path of the changes view and gkml-cli diff).
#include "catalogue/CatalogueFile.h"
#include "catalogue/Edition.h"
#include "exchange/ImportMatcher.h"
#include "package/EditionDiff.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {

Item item(qint64 id, const QString &domain, const QString &l1, const QString &l2, const QString &content)
{
    Item it;
    it.id = id;
    it.domain = domain;
    it.seq = int(id);
    it.level1 = l1;
    it.level2 = l2;
    it.content = content;
    it.basis = QStringLiteral("《社会救助暂行办法》");
    it.deadline = QStringLiteral("信息形成或者变更之日起20个工作日内");
    it.channels = { QStringLiteral("政府网站") };
    return it;
}

} // namespace

class TestImportMatcher : public QObject
{
    Q_OBJECT
private slots:
    void identicalUpdatedAndNew()
    {
        const QList<Item> existing = {
            item(1, QStringLiteral("社会救助"), QStringLiteral("最低生活保障"), QStringLiteral("政策文件"),
                 QStringLiteral("政策")),
            item(2, QStringLiteral("社会救助"), QStringLiteral("最低生活保障"), QStringLiteral("办事指南"),
                 QStringLiteral("指南")),
        };
        Item same = existing.at(0);
        same.id = 0;
        same.seq = 9; // the file's own numbering does not make it a change
        Item changed = existing.at(1);
        changed.id = 0;
        changed.deadline = QStringLiteral("10个工作日内");
        changed.basis.clear(); // an empty cell leaves the catalogue's value
        const Item fresh = item(0, QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                                QStringLiteral("审批信息"), QStringLiteral("名单"));
        const ImportMatcher::Plan plan = ImportMatcher::match(existing, { same, changed, fresh });
        QCOMPARE(plan.identical.size(), 1);
        QCOMPARE(plan.identical.first().existing.id, 1);
        QCOMPARE(plan.updates.size(), 1);
        QCOMPARE(plan.updates.first().existing.id, 2);
        QCOMPARE(plan.updates.first().changes.size(), 1);
        QCOMPARE(plan.updates.first().changes.first().field, Field::Deadline);
        QCOMPARE(plan.updates.first().changes.first().oldValue.toString(),
                 QStringLiteral("信息形成或者变更之日起20个工作日内"));
        QCOMPARE(plan.updates.first().changes.first().newValue.toString(), QStringLiteral("10个工作日内"));
        QCOMPARE(plan.added.size(), 1);
        QCOMPARE(plan.added.first().level1, QStringLiteral("临时救助"));
        QCOMPARE(plan.itemsToAdd(ImportMatcher::OnMatch::Add).size(), 3);
        QCOMPARE(plan.itemsToAdd(ImportMatcher::OnMatch::Update).size(), 1);
        QCOMPARE(plan.updatesToApply(ImportMatcher::OnMatch::Skip).size(), 0);
        QCOMPARE(plan.updatesToApply(ImportMatcher::OnMatch::Update).size(), 1);
    }

    void normalisedNamesAndDomainAlias()
    {
        const QList<Item> existing = { item(1, QStringLiteral("社会救助"), QStringLiteral("特困人员救助供养"),
                                            QStringLiteral("审批信息（名单）"), QStringLiteral("名单")) };
        // Full-width/half-width, spaces, punctuation and a trailing 领域 are the checker's folding.
        const Item in = item(0, QStringLiteral("社会救助领域"), QStringLiteral("特困人员 救助供养"),
                             QStringLiteral("审批信息(名单)"), QStringLiteral("名单"));
        const ImportMatcher::Plan plan = ImportMatcher::match(existing, { in });
        QCOMPARE(plan.added.size(), 0);
        QCOMPARE(plan.identical.size(), 1);
        // A new row of that domain joins it under the catalogue's spelling.
        const Item other = item(0, QStringLiteral("社会救助领域"), QStringLiteral("临时救助"),
                                QStringLiteral("政策文件"), QStringLiteral("政策"));
        const ImportMatcher::Plan plan2 = ImportMatcher::match(existing, { other });
        QCOMPARE(plan2.added.size(), 1);
        QCOMPARE(plan2.added.first().domain, QStringLiteral("社会救助"));
        // Another domain with the same names is another item.
        const Item elsewhere = item(0, QStringLiteral("养老服务"), QStringLiteral("特困人员救助供养"),
                                    QStringLiteral("审批信息（名单）"), QStringLiteral("名单"));
        QCOMPARE(ImportMatcher::match(existing, { elsewhere }).added.size(), 1);
        // A known variant of the area's name (DomainNames) is the same domain.
        const QList<Item> safety = { item(1, QStringLiteral("安全生产"), QStringLiteral("监管执法"),
                                          QStringLiteral("执法结果"), QStringLiteral("处罚决定")) };
        const Item variant = item(0, QStringLiteral("应急管理"), QStringLiteral("监管执法"),
                                  QStringLiteral("执法结果"), QStringLiteral("处罚决定"));
        QCOMPARE(ImportMatcher::match(safety, { variant }).identical.size(), 1);
        // 三级事项 is part of the name when given.
        Item third = in;
        third.level3 = QStringLiteral("分散供养");
        QCOMPARE(ImportMatcher::match(existing, { third }).added.size(), 1);
    }

    void severalRowsPerName()
    {
        // Two parts of one item in the catalogue (same names, different 公开内容).
        const QString d = QStringLiteral("社会救助"), l1 = QStringLiteral("最低生活保障"),
                      l2 = QStringLiteral("审批信息");
        const QList<Item> existing = { item(1, d, l1, l2, QStringLiteral("低保对象名单")),
                                       item(2, d, l1, l2, QStringLiteral("低保标准")) };
        Item part2 = item(0, d, l1, l2, QStringLiteral("低保标准"));
        part2.deadline = QStringLiteral("5个工作日内");
        const Item part1 = item(0, d, l1, l2, QStringLiteral("低保对象名单"));
        const Item part3 = item(0, d, l1, l2, QStringLiteral("资金发放情况"));
        const ImportMatcher::Plan plan = ImportMatcher::match(existing, { part2, part1, part3 });
        // Matched on content: part2 updates item 2 (not item 1), part1 is identical to item 1 and
        // the third content is new: never two different contents merged into one item.
        QCOMPARE(plan.updates.size(), 1);
        QCOMPARE(plan.updates.first().existing.id, 2);
        QCOMPARE(plan.updates.first().changes.first().field, Field::Deadline);
        QCOMPARE(plan.identical.size(), 1);
        QCOMPARE(plan.identical.first().existing.id, 1);
        QCOMPARE(plan.added.size(), 1);
        QCOMPARE(plan.added.first().content, QStringLiteral("资金发放情况"));
        // Several existing rows of a name and no content match: new, not guessed.
        const ImportMatcher::Plan guess
                = ImportMatcher::match(existing, { item(0, d, l1, l2, QStringLiteral("其他内容")) });
        QCOMPARE(guess.added.size(), 1);
        QCOMPARE(guess.updates.size(), 0);

        // One item in the catalogue (e.g. from the standard), three parts in the file: the first
        // updates it, the other two are new parts; the item is never updated twice.
        const QList<Item> one = { item(7, d, l1, l2, QStringLiteral("名单\n标准")) };
        const ImportMatcher::Plan parts = ImportMatcher::match(one,
                                                               { item(0, d, l1, l2, QStringLiteral("A")),
                                                                 item(0, d, l1, l2, QStringLiteral("B")),
                                                                 item(0, d, l1, l2, QStringLiteral("C")) });
        QCOMPARE(parts.updates.size(), 1);
        QCOMPARE(parts.updates.first().incoming.content, QStringLiteral("A"));
        QCOMPARE(parts.added.size(), 2);
    }

    void onMatchKeys()
    {
        QCOMPARE(ImportMatcher::onMatchFromKey(QStringLiteral("add")), ImportMatcher::OnMatch::Add);
        QCOMPARE(ImportMatcher::onMatchFromKey(QStringLiteral("update")), ImportMatcher::OnMatch::Update);
        QCOMPARE(ImportMatcher::onMatchFromKey(QStringLiteral("skip")), ImportMatcher::OnMatch::Skip);
        QVERIFY(!ImportMatcher::onMatchFromKey(QStringLiteral("merge")));
    }

    void batchIsOneTransaction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.gkml"));
        CatalogueInfo info;
        info.unit = QStringLiteral("安溪县民政局");
        QString error;
        auto file = CatalogueFile::create(path, info, &error);
        QVERIFY2(file, qPrintable(error));
        QList<Item> start = { item(0, QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                                   QStringLiteral("政策文件"), QStringLiteral("政策")) };
        QVERIFY(file->insertItems(start, QStringLiteral("t")));
        const qint64 id = start.first().id;
        QList<Item> inserts = { item(0, QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                                     QStringLiteral("审批信息"), QStringLiteral("名单")) };
        QSignalSpy inserted(file.get(), &CatalogueFile::itemsInserted);
        QVERIFY(file->applyBatch({ { id, { { Field::Deadline, QStringLiteral("5个工作日内") } } } }, inserts,
                                 {}, QStringLiteral("x.xlsx"), false));
        QCOMPARE(file->itemCount(), 2);
        QCOMPARE(file->item(id)->deadline, QStringLiteral("5个工作日内"));
        QVERIFY(inserts.first().id > id);
        QCOMPARE(inserted.count(), 1);
        // A failing part (an unknown item) rolls back the whole batch.
        QList<Item> more = { item(0, QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                                  QStringLiteral("办事指南"), QStringLiteral("指南")) };
        QVERIFY(!file->applyBatch({ { id, { { Field::Deadline, QStringLiteral("1个工作日内") } } },
                                    { 9999, { { Field::Note, QStringLiteral("x") } } } },
                                  more, {}, QStringLiteral("y.xlsx"), false));
        QCOMPARE(file->itemCount(), 2);
        QCOMPARE(file->item(id)->deadline, QStringLiteral("5个工作日内"));
        // The inverse: old values back and the new item removed, again in one step.
        QList<Item> none;
        QVERIFY(file->applyBatch(
                { { id, { { Field::Deadline, QStringLiteral("信息形成或者变更之日起20个工作日内") } } } },
                none, { inserts.first().id }, QString(), false));
        QCOMPARE(file->itemCount(), 1);
        QCOMPARE(file->item(id)->deadline, QStringLiteral("信息形成或者变更之日起20个工作日内"));
    }

    void withheldSinceEditionIsAChange()
    {
        QTemporaryDir dir;
        CatalogueInfo info;
        info.unit = QStringLiteral("安溪县民政局");
        QString error;
        auto file = CatalogueFile::create(dir.filePath(QStringLiteral("t.gkml")), info, &error);
        QVERIFY2(file, qPrintable(error));
        QList<Item> items = { item(0, QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                                   QStringLiteral("政策文件"), QStringLiteral("政策")),
                              item(0, QStringLiteral("社会救助"), QStringLiteral("临时救助"),
                                   QStringLiteral("审批信息"), QStringLiteral("名单")) };
        QVERIFY(file->insertItems(items, QStringLiteral("t")));
        Edition edition;
        edition.items = file->items();
        QVERIFY(file->setField(items.at(1).id, Field::Withheld, true));
        QVERIFY(file->setField(items.at(1).id, Field::WithheldBasis, QStringLiteral("条例第十五条")));
        const EditionDiff diff = EditionDiff::sinceEdition(edition, *file);
        QCOMPARE(diff.removed().size(), 0); // withheld is not deleted
        QCOMPARE(diff.added().size(), 0);
        QCOMPARE(diff.changed().size(), 1);
        QVERIFY(diff.changed().first().becameWithheld());
        QCOMPARE(diff.becameWithheldCount(), 1);
        QCOMPARE(diff.changed().first().changes.first().field, Field::Withheld);
    }
};

QTEST_GUILESS_MAIN(TestImportMatcher)
#include "tst_importmatcher.moc"
