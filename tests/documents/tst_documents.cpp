// The document ledger: 索引号 templates and assignment (undo, import, two editors), the rules
// and the to-return list, the ledger import from a real-looking xlsx, the 两馆 transfer days and
// batches, recording a batch, the annual report's counts and the migration of older files.
#include "TestFiles.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/DocumentStore.h"
#include "documents/AnnualReport.h"
#include "documents/DocumentChecker.h"
#include "documents/IndexNumberTemplate.h"
#include "documents/LedgerDate.h"
#include "documents/LedgerImporter.h"
#include "documents/TransferPlanner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {

Document doc(const QString &no, const QDate &written, const QString &attribute = Document::proactive(),
             bool reviewed = true)
{
    Document d;
    d.docNo = no;
    d.title = QStringLiteral("关于%1的通知").arg(no);
    d.writtenOn = written;
    d.department = QStringLiteral("办公室");
    d.attribute = attribute;
    if (attribute != Document::proactive() && !attribute.isEmpty())
        d.reason = QStringLiteral("内部事务");
    if (reviewed) {
        d.reviewer = QStringLiteral("张明");
        d.reviewedOn = written;
    }
    return d;
}

// Ids 1..n, as a fresh ledger gives them.
void numberFromOne(QList<Document> &docs)
{
    for (int i = 0; i < docs.size(); ++i)
        docs[i].id = i + 1;
}

// The 文号 of a batch, in its order.
QStringList numbers(const QList<Document> &batch)
{
    QStringList n;
    for (const Document &d : batch)
        n << d.docNo;
    return n;
}

QSet<QString> codes(const QList<Finding> &findings, qint64 id)
{
    QSet<QString> s;
    for (const Finding &f : findings) {
        if (f.item == id)
            s.insert(f.code);
    }
    return s;
}

// A calendar for the planner's own rules, independent of the holiday data: weekends and the
// listed days are off.
TransferPlanner plannerWithOff(QSet<QDate> off)
{
    return TransferPlanner([off](const QDate &day, bool *outside) {
        if (outside)
            *outside = false;
        QDate d = day;
        while (d.dayOfWeek() > 5 || off.contains(d))
            d = d.addDays(1);
        return d;
    });
}

IndexNumberTemplate anxi()
{
    return IndexNumberTemplate(QStringLiteral("003543211"), IndexNumberTemplate::defaultPattern());
}

DocumentStore::IndexFormatter formatter(const IndexNumberTemplate &t)
{
    return [t](const QDate &d, int seq) { return t.format(d, seq); };
}

DocumentStore::IndexParser parser(const IndexNumberTemplate &t)
{
    return [t](const QString &n, int *y, int *s) { return t.parse(n, y, s); };
}

using gkml::test::sha256;

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<CatalogueFile> newFile()
    {
        QString error;
        auto f = CatalogueFile::create(m_dir.filePath(QStringLiteral("c%1.gkml").arg(++m_n)),
                                       CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), &error);
        if (!f)
            qWarning() << error;
        return f;
    }

private slots:
    void indexTemplateFormats()
    {
        const IndexNumberTemplate a = anxi();
        QVERIFY2(a.isUsable(), qPrintable(a.problem()));
        QCOMPARE(a.format(QDate(2026, 3, 1), 12), QStringLiteral("003543211/2026-00012"));
        int year = 0, seq = 0;
        QVERIFY(a.parse(QStringLiteral("003543211/2026-00012"), &year, &seq));
        QCOMPARE(year, 2026);
        QCOMPARE(seq, 12);
        QVERIFY(a.parse(QStringLiteral("003543211/2026-123456"))); // past 99999 the number grows
        QVERIFY(!a.parse(QStringLiteral("003543211/2026-0012"))); // too short
        QVERIFY(!a.parse(QStringLiteral("003543212/2026-00012"))); // another organisation
        QVERIFY(!a.parse(QStringLiteral("003543211-2026-00012"))); // wrong separator
        QVERIFY(!a.parse(QStringLiteral("003543211/2026-00000")));

        const IndexNumberTemplate b(QStringLiteral("113417020032563511"),
                                    QStringLiteral("{org}/{year}{month}-{seq:5}"));
        QVERIFY(b.isUsable());
        QCOMPARE(b.format(QDate(2025, 4, 18), 57), QStringLiteral("113417020032563511/202504-00057"));
        QVERIFY(b.parse(QStringLiteral("113417020032563511/202504-00057"), &year, &seq));
        QCOMPARE(year, 2025);
        QCOMPARE(seq, 57);
        QVERIFY(!b.parse(QStringLiteral("113417020032563511/202513-00057"))); // month 13

        QVERIFY(!IndexNumberTemplate(QString(), QStringLiteral("{org}/{year}-{seq:5}")).isUsable());
        QVERIFY(!IndexNumberTemplate(QStringLiteral("1"), QStringLiteral("{org}/{seq:5}")).isUsable());
        QVERIFY(!IndexNumberTemplate(QStringLiteral("1"), QStringLiteral("{org}/{year}")).isUsable());
        QVERIFY(!IndexNumberTemplate(QStringLiteral("1"), QStringLiteral("{org}/{year}-{seq:5}{x}"))
                         .isUsable());
    }

    void ledgerDates()
    {
        QCOMPARE(LedgerDate::parse(QStringLiteral("2026-03-05")), QDate(2026, 3, 5));
        QCOMPARE(LedgerDate::parse(QStringLiteral("2026/3/5")), QDate(2026, 3, 5));
        QCOMPARE(LedgerDate::parse(QStringLiteral("2026.3.5")), QDate(2026, 3, 5));
        QCOMPARE(LedgerDate::parse(QStringLiteral("2026年3月5日")), QDate(2026, 3, 5));
        QCOMPARE(LedgerDate::parse(QStringLiteral("20260305")), QDate(2026, 3, 5));
        QCOMPARE(LedgerDate::parse(QStringLiteral("46086")), QDate(2026, 3, 5));
        QVERIFY(!LedgerDate::parse(QStringLiteral("2026-02-30")).isValid());
        QVERIFY(!LedgerDate::parse(QStringLiteral("三月")).isValid());
    }

    void storeRoundTrip()
    {
        auto file = newFile();
        QVERIFY(file);
        DocumentStore store(file.get());
        Document d = doc(QStringLiteral("安民〔2026〕1号"), QDate(2026, 1, 5));
        d.docType = Document::normative();
        d.repealedOn = QDate(2026, 6, 1);
        d.copies = 3;
        d.id = store.insert(d);
        QVERIFY2(d.id, qPrintable(store.errorString()));
        QCOMPARE(*store.document(d.id), d);
        d.title = QStringLiteral("改过的标题");
        d.attribute = Document::withheld();
        d.reason = QStringLiteral("国家秘密");
        QVERIFY(store.update(d));
        QCOMPARE(*store.document(d.id), d);
        QVERIFY(!file->history(0, 10).isEmpty());
        QVERIFY(store.remove({ d.id }));
        QCOMPARE(store.count(), 0);
        // Undo of a removal puts it back under its id.
        QCOMPARE(store.insert(d), d.id);
        QCOMPARE(*store.document(d.id), d);
    }

    void indexNumbersNeverReused()
    {
        auto file = newFile();
        DocumentStore store(file.get());
        const IndexNumberTemplate t = anxi();
        QList<qint64> ids;
        for (int i = 1; i <= 3; ++i)
            ids << store.insert(doc(QStringLiteral("安民〔2026〕%1号").arg(i), QDate(2026, 1, i + 1)));
        QCOMPARE(store.assignIndexNumber(ids[0], formatter(t)), QStringLiteral("003543211/2026-00001"));
        QCOMPARE(store.assignIndexNumber(ids[1], formatter(t)), QStringLiteral("003543211/2026-00002"));
        // A document with a number gets no second one.
        QVERIFY(store.assignIndexNumber(ids[1], formatter(t)).isEmpty());
        QVERIFY(!store.errorString().isEmpty());
        // Deleting the holder of 00002 does not free the number.
        QVERIFY(store.remove({ ids[1] }));
        QCOMPARE(store.assignIndexNumber(ids[2], formatter(t)), QStringLiteral("003543211/2026-00003"));
        // Another year counts on its own.
        const qint64 old = store.insert(doc(QStringLiteral("安民〔2025〕9号"), QDate(2025, 12, 31)));
        QCOMPARE(store.assignIndexNumber(old, formatter(t)), QStringLiteral("003543211/2025-00001"));
        QCOMPARE(store.reservedIndexNumbers().size(), 4);
    }

    void indexNumbersUnderUndo()
    {
        auto file = newFile();
        DocumentStore store(file.get());
        const IndexNumberTemplate t = anxi();
        const qint64 a = store.insert(doc(QStringLiteral("A"), QDate(2026, 5, 1)));
        const qint64 b = store.insert(doc(QStringLiteral("B"), QDate(2026, 5, 2)));
        const QString first = store.assignIndexNumber(a, formatter(t));
        QCOMPARE(first, QStringLiteral("003543211/2026-00001"));
        // Undo: the document loses its number, the number stays reserved for it.
        QVERIFY2(store.setIndexNumber(a, QString()), qPrintable(store.errorString()));
        QVERIFY(store.document(a)->indexNo.isEmpty());
        QCOMPARE(store.assignIndexNumber(b, formatter(t)), QStringLiteral("003543211/2026-00002"));
        // The undone number cannot be typed onto another document ...
        QVERIFY(!store.setIndexNumber(b, first));
        // ... but redo gives it back to its document.
        QVERIFY2(store.setIndexNumber(a, first), qPrintable(store.errorString()));
        QCOMPARE(store.document(a)->indexNo, first);
    }

    void indexNumbersFromImport()
    {
        auto file = newFile();
        DocumentStore store(file.get());
        const IndexNumberTemplate t = anxi();
        QList<Document> docs;
        for (int i = 1; i <= 4; ++i) {
            Document d = doc(QStringLiteral("安民〔2026〕%1号").arg(i), QDate(2026, 2, i));
            d.indexNo = t.format(d.writtenOn, i == 4 ? 40 : i);
            docs << d;
        }
        Document legacy = doc(QStringLiteral("旧"), QDate(2026, 2, 9));
        legacy.indexNo = QStringLiteral("XY-2026-1"); // not of the pattern: kept, reported, not counted
        docs << legacy;
        QVERIFY2(store.insertAll(docs, QStringLiteral("ledger.xlsx"), parser(t)),
                 qPrintable(store.errorString()));
        const qint64 next = store.insert(doc(QStringLiteral("新"), QDate(2026, 3, 1)));
        QCOMPARE(store.assignIndexNumber(next, formatter(t)), QStringLiteral("003543211/2026-00041"));
        QCOMPARE(codes(DocumentChecker::check(store.documents(), t), docs.last().id),
                 QSet<QString> { QStringLiteral("doc-index-malformed") });

        // An import repeating a number of the file is refused whole; the file is untouched.
        file.reset();
        const QString path = m_dir.filePath(QStringLiteral("c%1.gkml").arg(m_n));
        const QByteArray before = sha256(path);
        QString error;
        file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        DocumentStore again(file.get());
        QList<Document> more { doc(QStringLiteral("X"), QDate(2026, 4, 1)),
                               doc(QStringLiteral("Y"), QDate(2026, 4, 2)) };
        more[1].indexNo = QStringLiteral("003543211/2026-00002");
        QVERIFY(!again.insertAll(more, QStringLiteral("more.xlsx"), parser(t)));
        QVERIFY(again.errorString().contains(QStringLiteral("003543211/2026-00002")));
        // Twice in the same import, too.
        QList<Document> twice { doc(QStringLiteral("P"), QDate(2026, 4, 1)),
                                doc(QStringLiteral("Q"), QDate(2026, 4, 2)) };
        twice[0].indexNo = twice[1].indexNo = QStringLiteral("003543211/2026-00099");
        QVERIFY(!again.insertAll(twice, QStringLiteral("twice.xlsx"), parser(t)));
        file.reset();
        QCOMPARE(sha256(path), before);
    }

    void indexNumbersWithTwoEditors()
    {
        auto first = newFile();
        const QString path = first->path();
        const IndexNumberTemplate t = anxi();
        DocumentStore one(first.get());
        const qint64 a = one.insert(doc(QStringLiteral("A"), QDate(2026, 6, 1)));
        const qint64 b = one.insert(doc(QStringLiteral("B"), QDate(2026, 6, 2)));
        QString error;
        auto second = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY(second);
        QVERIFY(second->isReadOnly()); // the lock of the first editor
        DocumentStore two(second.get());
        QVERIFY(two.assignIndexNumber(b, formatter(t)).isEmpty());
        QVERIFY(two.errorString().contains(second->readOnlyReason()));
        QCOMPARE(one.assignIndexNumber(a, formatter(t)), QStringLiteral("003543211/2026-00001"));
        // The second editor sees the number at once (same file), and gets the next one after
        // the first editor closed.
        QCOMPARE(two.document(a)->indexNo, QStringLiteral("003543211/2026-00001"));
        second.reset();
        first.reset();
        second = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY(!second->isReadOnly());
        DocumentStore later(second.get());
        QCOMPARE(later.assignIndexNumber(b, formatter(t)), QStringLiteral("003543211/2026-00002"));
    }

    void findings()
    {
        QList<Document> docs;
        docs << doc(QStringLiteral("安民〔2026〕1号"), QDate(2026, 1, 5)); // clean
        docs << doc(QStringLiteral("安民〔2026〕2号"), QDate(2026, 1, 6), QString()); // no attribute
        docs << doc(QStringLiteral("安民〔2026〕3号"), QDate(2026, 1, 7), Document::proactive(),
                    false); // no review
        Document noReason = doc(QStringLiteral("安民〔2026〕4号"), QDate(2026, 1, 8), Document::withheld());
        noReason.reason.clear();
        docs << noReason;
        docs << doc(QStringLiteral("安民[2026]1号"), QDate(2026, 1, 9)); // the same 文号, other brackets
        Document reviewerNoDate = doc(QStringLiteral("安民〔2026〕6号"), QDate(2026, 1, 10));
        reviewerNoDate.reviewedOn = QDate();
        docs << reviewerNoDate;
        docs[0].indexNo = QStringLiteral("003543211/2026-00001");
        docs[1].indexNo = QStringLiteral("003543211/2026-00001");
        docs[2].indexNo = QStringLiteral("003543211/2026-1");
        for (int i = 0; i < docs.size(); ++i)
            docs[i].id = i + 1;
        const QList<Finding> f = DocumentChecker::check(docs, anxi());
        QCOMPARE(codes(f, 1),
                 (QSet<QString> { QStringLiteral("doc-number-duplicate"),
                                  QStringLiteral("doc-index-duplicate") }));
        QCOMPARE(codes(f, 2),
                 (QSet<QString> { QStringLiteral("doc-attribute-missing"),
                                  QStringLiteral("doc-index-duplicate") }));
        QCOMPARE(codes(f, 3),
                 (QSet<QString> { QStringLiteral("doc-review-missing"),
                                  QStringLiteral("doc-index-malformed") }));
        QCOMPARE(codes(f, 4), QSet<QString> { QStringLiteral("doc-reason-missing") });
        QCOMPARE(codes(f, 5), QSet<QString> { QStringLiteral("doc-number-duplicate") });
        QCOMPARE(codes(f, 6), QSet<QString> { QStringLiteral("doc-review-missing") });
        for (const Finding &x : f) {
            QVERIFY(!x.message.isEmpty());
            QCOMPARE(x.domain, QStringLiteral("办公室"));
        }
        // The to-return list: documents 2, 3, 4 and 6, under their office.
        docs[5].department = QStringLiteral("社会救助股");
        const auto back = DocumentChecker::toReturn(docs);
        QCOMPARE(back.keys(), (QStringList { QStringLiteral("办公室"), QStringLiteral("社会救助股") }));
        QList<qint64> ids;
        for (const auto &r : back.value(QStringLiteral("办公室")))
            ids << r.document.id;
        QCOMPARE(ids, (QList<qint64> { 2, 3, 4 }));
        QCOMPARE(back.value(QStringLiteral("社会救助股")).first().document.id, qint64(6));
    }

    void importMergedHeaderXlsx()
    {
        const LedgerImporter::Result r = LedgerImporter::readFile(
                QStringLiteral(GKML_FIXTURES "/documents/ledger-merged-header.xlsx"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.documents.size(), 6); // the 填表人 footer is no document
        const Document &first = r.documents.at(0);
        QCOMPARE(first.docNo, QStringLiteral("安民〔2026〕1号"));
        QCOMPARE(first.title, QStringLiteral("关于印发《安溪县最低生活保障审核确认办法》的通知"));
        QCOMPARE(first.writtenOn, QDate(2026, 1, 5));
        QCOMPARE(first.department, QStringLiteral("社会救助股"));
        QCOMPARE(first.attribute, Document::proactive());
        QCOMPARE(first.reviewer, QStringLiteral("张明")); // 保密审查 / 审查人 (merged two-row header)
        QCOMPARE(first.reviewedOn, QDate(2026, 1, 4)); // 保密审查 / 审查日期
        QCOMPARE(first.indexNo, QStringLiteral("003543211/2026-00001"));
        QCOMPARE(first.docType, Document::normative()); // 行政规范性文件
        QCOMPARE(r.documents.at(1).writtenOn, QDate(2026, 2, 13)); // typed as 2026年2月13日
        QCOMPARE(r.documents.at(1).attribute, Document::proactive()); // 主动
        QCOMPARE(r.documents.at(2).attribute, Document::withheld());
        QCOMPARE(r.documents.at(2).reason, QStringLiteral("人事任免内部事项"));
        QVERIFY(r.documents.at(4).attribute.isEmpty());
        QVERIFY(!r.documents.at(4).isReviewed());
        QCOMPARE(r.documents.at(5).writtenOn, QDate(2025, 12, 31));

        // Into a file: the numbers are reserved and counted on.
        auto file = newFile();
        DocumentStore store(file.get());
        QList<Document> docs = r.documents;
        QVERIFY(store.insertAll(docs, QStringLiteral("ledger.xlsx"), parser(anxi())));
        const qint64 id = store.insert(doc(QStringLiteral("新"), QDate(2026, 5, 1)));
        QCOMPARE(store.assignIndexNumber(id, formatter(anxi())), QStringLiteral("003543211/2026-00005"));
    }

    void importCsvAndRefusals()
    {
        const LedgerImporter::Result r
                = LedgerImporter::readFile(QStringLiteral(GKML_FIXTURES "/documents/ledger-simple.csv"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.documents.size(), 2);
        QCOMPARE(r.documents.at(0).writtenOn, QDate(2026, 4, 3));
        QCOMPARE(r.documents.at(1).reviewedOn, QDate(2026, 4, 5));
        QVERIFY(!LedgerImporter::readFile(QStringLiteral(GKML_FIXTURES "/documents/make_ledger.py"))
                         .error.isEmpty());
        QVERIFY(!LedgerImporter::readFile(QStringLiteral(GKML_FIXTURES "/documents/nothing.xlsx"))
                         .error.isEmpty());
        TableGrid noHeader;
        noHeader.rows = { { QStringLiteral("a"), QStringLiteral("b") },
                          { QStringLiteral("1"), QStringLiteral("2") } };
        QVERIFY(!LedgerImporter::readGrids({ noHeader }).error.isEmpty());
    }

    void transferDaysDeferred()
    {
        // 2026-02-20 falls in the Spring Festival holiday (off 2/15-2/23): deferred.
        const TransferPlanner p = plannerWithOff({ QDate(2026, 2, 20), QDate(2026, 2, 23) });
        QCOMPARE(p.dayFor(QDate(2026, 2, 20)).due, QDate(2026, 2, 24));
        QCOMPARE(p.dayFor(QDate(2026, 1, 5)).due, QDate(2026, 1, 5)); // a Monday stays
        QCOMPARE(p.dayFor(QDate(2026, 4, 5)).due, QDate(2026, 4, 6)); // Sunday → Monday here
        const QList<TransferPlanner::Day> year = p.schedule(2026);
        QCOMPARE(year.size(), 24);
        for (int i = 0; i < year.size(); ++i) {
            QCOMPARE(year[i].nominal, QDate(2026, i / 2 + 1, i % 2 ? 20 : 5));
            QVERIFY(year[i].due >= year[i].nominal);
            QVERIFY(year[i].due.dayOfWeek() <= 5);
        }
        // The next transfer day from a date: the batch still due counts.
        QCOMPARE(p.next(QDate(2026, 2, 21)).nominal, QDate(2026, 2, 20));
        QCOMPARE(p.next(QDate(2026, 2, 25)).nominal, QDate(2026, 3, 5));
        QCOMPARE(p.next(QDate(2026, 12, 21)).nominal, QDate(2026, 12, 20)); // Sunday: due on Monday
        QCOMPARE(p.next(QDate(2026, 12, 22)).nominal, QDate(2027, 1, 5)); // over the year end
    }

    void transferDaysOfCalendarMd()
    {
        // calendar.md: the vectors of the national calendar (core/calendar).
        const TransferPlanner p = TransferPlanner::national();
        QCOMPARE(p.dayFor(QDate(2026, 2, 20)).due, QDate(2026, 2, 24));
        QCOMPARE(p.dayFor(QDate(2026, 4, 5)).due, QDate(2026, 4, 7));
        QCOMPARE(p.dayFor(QDate(2026, 10, 5)).due, QDate(2026, 10, 8));
        QCOMPARE(p.dayFor(QDate(2026, 12, 5)).due, QDate(2026, 12, 7));
        QCOMPARE(p.dayFor(QDate(2026, 1, 5)).due, QDate(2026, 1, 5));
        QVERIFY(!p.dayFor(QDate(2026, 1, 5)).outsideData);
        QVERIFY(p.dayFor(QDate(2031, 1, 5)).outsideData); // no notice for 2031 (yet)
    }

    void wholeYearSchedule()
    {
        // Every day of 2026, computed independently from holidays-cn.json (a short script over
        // the notice's off/work lists): the nine deferred days; the other fifteen stay.
        const QMap<QDate, QDate> deferred {
            { QDate(2026, 2, 20), QDate(2026, 2, 24) },  { QDate(2026, 4, 5), QDate(2026, 4, 7) },
            { QDate(2026, 5, 5), QDate(2026, 5, 6) },    { QDate(2026, 6, 20), QDate(2026, 6, 22) },
            { QDate(2026, 7, 5), QDate(2026, 7, 6) },    { QDate(2026, 9, 5), QDate(2026, 9, 7) },
            { QDate(2026, 10, 5), QDate(2026, 10, 8) },  { QDate(2026, 12, 5), QDate(2026, 12, 7) },
            { QDate(2026, 12, 20), QDate(2026, 12, 21) }
        };
        const QList<TransferPlanner::Day> days = TransferPlanner::national().schedule(2026);
        QCOMPARE(days.size(), 24);
        for (const TransferPlanner::Day &d : days) {
            QCOMPARE(d.due, deferred.value(d.nominal, d.nominal));
            QVERIFY(!d.outsideData);
        }
    }

    void batchesOnHolidaysAndYearEnd()
    {
        const TransferPlanner p = TransferPlanner::national();
        QList<Document> docs { doc(QStringLiteral("国庆前"), QDate(2026, 9, 30)),
                               doc(QStringLiteral("节中"), QDate(2026, 10, 5)),
                               doc(QStringLiteral("顺延期间"), QDate(2026, 10, 6)),
                               doc(QStringLiteral("年末"), QDate(2026, 12, 31)),
                               doc(QStringLiteral("12月21日"), QDate(2026, 12, 21)) };
        numberFromOne(docs);
        // 10-05 falls in the 国庆 holiday: handed over on 10-08, holding what was written by the 5th.
        QCOMPARE(p.dayFor(QDate(2026, 10, 5)).due, QDate(2026, 10, 8));
        QCOMPARE(numbers(TransferPlanner::batch(docs, QDate(2026, 10, 5))),
                 (QStringList { QStringLiteral("国庆前"), QStringLiteral("节中") }));
        // 12-20 is a Sunday (due 12-21); a document of 12-21 waits for 2027-01-05.
        QCOMPARE(numbers(TransferPlanner::batch(docs, QDate(2026, 12, 20))).size(), 3);
        QCOMPARE(p.next(QDate(2026, 12, 22)).nominal, QDate(2027, 1, 5));
        QCOMPARE(numbers(TransferPlanner::batch(docs, QDate(2027, 1, 5))).size(), 5);
    }

    void batchesOnBoundaries()
    {
        QList<Document> docs;
        docs << doc(QStringLiteral("on the day"), QDate(2026, 2, 20));
        docs << doc(QStringLiteral("day after"), QDate(2026, 2, 21));
        docs << doc(QStringLiteral("in the holiday before due"), QDate(2026, 2, 23));
        docs << doc(QStringLiteral("last year"), QDate(2025, 12, 31));
        docs << doc(QStringLiteral("依申请"), QDate(2026, 1, 2), Document::onRequest());
        docs << doc(QStringLiteral("不予"), QDate(2026, 1, 2), Document::withheld());
        docs << doc(QStringLiteral("unreviewed"), QDate(2026, 1, 2), Document::proactive(), false);
        docs << doc(QStringLiteral("unmarked"), QDate(2026, 1, 2), QString());
        Document noDate = doc(QStringLiteral("reviewer only"), QDate(2026, 1, 2));
        noDate.reviewedOn = QDate();
        docs << noDate;
        Document sent = doc(QStringLiteral("sent"), QDate(2026, 1, 3));
        sent.transfer = 1;
        docs << sent;
        numberFromOne(docs);
        // The batch of the 20th holds what was written on or before the 20th, not what was
        // written while the batch waited for the holiday to end.
        QCOMPARE(numbers(TransferPlanner::batch(docs, QDate(2026, 2, 20))),
                 (QStringList { QStringLiteral("last year"), QStringLiteral("on the day") }));
        // The first batch of the year takes the year end's documents.
        QCOMPARE(numbers(TransferPlanner::batch(docs, QDate(2026, 1, 5))),
                 QStringList { QStringLiteral("last year") });
        QCOMPARE(numbers(TransferPlanner::batch(docs, QDate(2025, 12, 30))), QStringList());
        // Never in any batch, however late.
        const QStringList late = numbers(TransferPlanner::batch(docs, QDate(2030, 1, 1)));
        for (const char *never : { "依申请", "不予", "unreviewed", "unmarked", "reviewer only", "sent" })
            QVERIFY2(!late.contains(QString::fromUtf8(never)), never);
        QCOMPARE(late.size(), 4);
    }

    void recordingABatch()
    {
        auto file = newFile();
        DocumentStore store(file.get());
        const qint64 a = store.insert(doc(QStringLiteral("A"), QDate(2026, 3, 2)));
        const qint64 b = store.insert(doc(QStringLiteral("B"), QDate(2026, 3, 4)));
        const qint64 c = store.insert(doc(QStringLiteral("C"), QDate(2026, 3, 6)));
        const QList<Document> batch = TransferPlanner::batch(store.documents(), QDate(2026, 3, 5));
        QCOMPARE(batch.size(), 2);
        const qint64 id = store.recordTransfer(QDate(2026, 3, 5), QDate(2026, 3, 5), { a, b });
        QVERIFY2(id, qPrintable(store.errorString()));
        QCOMPARE(store.document(a)->transfer, id);
        QCOMPARE(store.document(c)->transfer, qint64(0));
        QCOMPARE(TransferPlanner::batch(store.documents(), QDate(2026, 3, 5)).size(), 0);
        // Recording b again with c fails as a whole: c stays untransferred, no second batch.
        QVERIFY(!store.recordTransfer(QDate(2026, 3, 20), QDate(2026, 3, 20), { c, b }));
        QCOMPARE(store.document(c)->transfer, qint64(0));
        QCOMPARE(store.batches().size(), 1);
        QCOMPARE(store.batches().first().documents, 2);
        // A transferred document stays in the ledger.
        QVERIFY(!store.remove({ a }));
        QVERIFY(store.document(a));

        // Taken back (undo of a handover recorded by mistake): pending again, the batch gone,
        // both steps in the history; a batch no longer there is refused with a message.
        QVERIFY2(store.cancelTransfer(id), qPrintable(store.errorString()));
        QCOMPARE(store.document(a)->transfer, qint64(0));
        QCOMPARE(store.document(b)->transfer, qint64(0));
        QVERIFY(store.batches().isEmpty());
        QCOMPARE(TransferPlanner::batch(store.documents(), QDate(2026, 3, 5)).size(), 2);
        QSqlQuery h(file->database());
        QVERIFY(h.exec(
                QStringLiteral("SELECT action FROM history WHERE action LIKE 'transfer%' ORDER BY id")));
        QStringList actions;
        while (h.next())
            actions << h.value(0).toString();
        QCOMPARE(actions, QStringList({ QStringLiteral("transfer"), QStringLiteral("transfer-cancel") }));
        QVERIFY(!store.cancelTransfer(id));
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(store.recordTransfer(QDate(2026, 3, 5), QDate(2026, 3, 5), { a, b }));
    }

    void annualReportCounts()
    {
        QList<Document> docs;
        auto typed = [](const QString &type, const QDate &written, const QDate &repealed = {}) {
            Document d = doc(QStringLiteral("x"), written);
            d.docType = type;
            d.repealedOn = repealed;
            return d;
        };
        docs << typed(QStringLiteral("行政规范性文件"), QDate(2025, 3, 1)); // in force
        docs << typed(Document::normative(), QDate(2025, 6, 1),
                      QDate(2025, 12, 31)); // repealed the year before
        docs << typed(Document::normative(), QDate(2026, 2, 1)); // issued, in force
        docs << typed(Document::normative(), QDate(2026, 5, 1), QDate(2026, 11, 1)); // issued and repealed
        docs << typed(Document::normative(), QDate(2024, 5, 1),
                      QDate(2027, 1, 1)); // repealed later: in force
        docs << typed(Document::normative(), QDate(2027, 1, 2)); // next year: not counted
        docs << typed(Document::regulation(), QDate(2026, 7, 1));
        docs << typed(QString(), QDate(2026, 7, 1)); // an ordinary document
        const QList<AnnualReport::Row> rows = AnnualReport::count(docs, 2026);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].type, Document::regulation());
        QCOMPARE(rows[0].issued, 1);
        QCOMPARE(rows[0].inForce, 1);
        QCOMPARE(rows[1].issued, 2);
        QCOMPARE(rows[1].repealed, 1);
        QCOMPARE(rows[1].inForce, 3);
        QVERIFY(AnnualReport::toText(rows, 2026, QStringLiteral("安溪县民政局"))
                        .contains(QStringLiteral("安溪县民政局")));
        QCOMPARE(AnnualReport::toJson(rows, 2026, QString())
                         .value(QStringLiteral("leftForOffice"))
                         .toArray()
                         .size(),
                 AnnualReport::leftForOffice().size());
    }

    void migratedFileHoldsALedger()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.gkml"));
        QVERIFY(QFile::copy(QStringLiteral(GKML_FIXTURES "/foundation/catalogue-v2.gkml"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->schemaVersion(), CatalogueFile::kSchemaVersion);
        DocumentStore store(file.get());
        QVERIFY(store.setIndexTemplate(QStringLiteral("003543211"), IndexNumberTemplate::defaultPattern()));
        const qint64 id = store.insert(doc(QStringLiteral("安民〔2026〕1号"), QDate(2026, 1, 5)));
        QVERIFY(id);
        const IndexNumberTemplate t(store.indexOrg(), store.indexPattern());
        QCOMPARE(store.assignIndexNumber(id, formatter(t)), QStringLiteral("003543211/2026-00001"));
        QVERIFY(file->itemCount() > 0); // the catalogue itself is untouched by the ledger
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
