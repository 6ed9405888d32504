#include "LedgerForms.h"

namespace gkml {

QString LedgerForms::chineseDate(const QDate &date)
{
    return date.isValid() ? tr("%1-%2-%3").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

QList<LedgerSheet> LedgerForms::transferList(const QString &unit, const TransferPlanner::Day &day,
                                             const QList<Document> &documents)
{
    int copies = 0;
    for (const Document &d : documents)
        copies += d.copies;
    QList<LedgerSheet> sheets;
    const QStringList halls { tr("Copy 1: for the county archives"), tr("Copy 2: for the county library") };
    for (const QString &hall : halls) {
        LedgerSheet s;
        s.title = tr("List of government information documents handed over");
        s.subtitle = hall;
        s.lines << tr("Unit: %1").arg(unit);
        s.lines << (day.due == day.nominal ? tr("Batch of %1").arg(chineseDate(day.nominal))
                                           : tr("Batch of %1 (deferred over the holiday to %2)")
                                                     .arg(chineseDate(day.nominal), chineseDate(day.due)));
        s.lines << tr("%1 document(s), %2 copies in all").arg(documents.size()).arg(copies);
        s.columns = { { tr("No."), false, true },
                      { tr("Index number"), false, false },
                      { tr("Document number"), false, false },
                      { tr("Title"), true, false },
                      { tr("Date written"), false, true },
                      { tr("Copies"), false, true } };
        int n = 0;
        for (const Document &d : documents)
            s.rows << QStringList {
                QString::number(++n),     d.indexNo, d.docNo, d.title, d.writtenOn.toString(Qt::ISODate),
                QString::number(d.copies)
            };
        s.empty = tr("No document is due in this batch.");
        s.signOff = { tr("Handed over by:"), tr("Received by:"), tr("Date:") };
        sheets << s;
    }
    return sheets;
}

QList<LedgerSheet> LedgerForms::returnLists(const QString &unit,
                                            const QMap<QString, QList<DocumentChecker::Returned>> &byOffice,
                                            const QDate &today)
{
    QList<LedgerSheet> sheets;
    for (auto it = byOffice.begin(); it != byOffice.end(); ++it) {
        LedgerSheet s;
        s.title = tr("Documents returned to be redone");
        s.subtitle = it.key().isEmpty() ? tr("(no drafting office recorded)") : it.key();
        s.lines << tr("Unit: %1").arg(unit)
                << tr("Listed on %1: %n document(s)", nullptr, int(it->size())).arg(chineseDate(today));
        s.columns = { { tr("No."), false, true },
                      { tr("Document number"), false, false },
                      { tr("Title"), true, false },
                      { tr("Date written"), false, true },
                      { tr("Why it is returned"), true, false } };
        int n = 0;
        for (const DocumentChecker::Returned &r : *it)
            s.rows << QStringList { QString::number(++n), r.document.docNo, r.document.title,
                                    r.document.writtenOn.toString(Qt::ISODate),
                                    r.reasons.join(QLatin1Char('\n')) };
        s.signOff = { tr("Returned by:"), tr("Received by:"), tr("Date:") };
        sheets << s;
    }
    return sheets;
}

} // namespace gkml
