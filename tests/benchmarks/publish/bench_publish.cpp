// Publication status benchmark: N items, 3 records each (one per posting through
// PublicationStore::add, like the GUI's 登记发布 on many items), then, as of a date: read the
// records (allRecords + allCycles) and evaluate every item's status on the working-day calendar.
// Usage: bench_publish N FILE   (prints one Markdown table row)
#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "publish/PublicationStatus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace gkml;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        fprintf(stderr, "usage: bench_publish N FILE\n");
        return 2;
    }
    const int n = atoi(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    QFile::remove(path);
    QString error;
    auto file = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("基准")), &error);
    if (!file) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QStringList deadlines { QStringLiteral("信息形成或者变更之日起20个工作日内"),
                                  QStringLiteral("5个工作日内"), QStringLiteral("及时公开"),
                                  QStringLiteral("20日内"), QStringLiteral("长期公开") };
    QList<Item> items;
    items.reserve(n);
    for (int i = 0; i < n; ++i) {
        Item item;
        item.domain = QStringLiteral("领域%1").arg(i % 20);
        item.level1 = QStringLiteral("一级%1").arg(i % 200);
        item.level2 = QStringLiteral("二级%1").arg(i);
        item.deadline = deadlines.at(i % deadlines.size());
        item.department = QStringLiteral("股室%1").arg(i % 7);
        items.append(item);
    }
    if (!file->insertItems(items, QStringLiteral("bench"))) {
        fprintf(stderr, "%s\n", qPrintable(file->errorString()));
        return 1;
    }
    QList<qint64> ids;
    for (const Item &item : std::as_const(items))
        ids.append(item.id);
    PublicationStore store(*file);
    QElapsedTimer t;
    t.start();
    const QList<QDate> published { QDate(2025, 12, 31), QDate(2026, 3, 2), QDate(2026, 10, 9) };
    for (const QDate &on : published) {
        PublicationRecord r;
        r.channel = QStringLiteral("政府网站");
        r.publishedOn = on;
        r.eventOn = on.addDays(-10);
        if (store.add(ids, r, {}).isEmpty()) {
            fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
    }
    store.setCycle(ids.mid(0, n / 3), QStringLiteral("每季度"));
    const qint64 writeMs = t.elapsed();

    const WorkCalendar calendar;
    qint64 bestRead = -1, bestEval = -1;
    QHash<qint64, ItemStatus> statuses;
    for (int run = 0; run < 3; ++run) {
        t.restart();
        const auto records = store.allRecords();
        const auto cycles = store.allCycles();
        const qint64 read = t.elapsed();
        t.restart();
        statuses = PublicationStatus(calendar, QDate(2026, 11, 30)).evaluateAll(items, records, cycles);
        const qint64 eval = t.elapsed();
        bestRead = bestRead < 0 ? read : qMin(bestRead, read);
        bestEval = bestEval < 0 ? eval : qMin(bestEval, eval);
    }
    int counts[5] = {};
    for (const ItemStatus &s : std::as_const(statuses))
        ++counts[int(s.state)];
    printf("| %d | %d | %.2f s | %.3f s | %.3f s | %.3f s | never %d, undated %d, late %d, stale %d, ok %d "
           "|\n",
           n, store.recordCount(), writeMs / 1000.0, bestRead / 1000.0, bestEval / 1000.0,
           (bestRead + bestEval) / 1000.0, counts[0], counts[1], counts[2], counts[3], counts[4]);
    return 0;
}
