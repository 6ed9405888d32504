#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/DocumentStore.h"
#include "documents/LedgerDate.h"
#include "documents/LedgerForms.h"
#include "documents/LedgerPdf.h"
#include "documents/TransferPlanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// gkml-cli transfer: the 两馆 transfer days, the batch due on a date, its 移交清单, recording it.
namespace gkml::cli {

namespace {

void warnOutsideData(int year)
{
    CliOutput::error(
            Cli::tr("warning: GKML has no holiday data for %1: the days are computed Monday to Friday. "
                    "Add the year's notice as a calendar file.")
                    .arg(year),
            0);
}
} // namespace

int runTransfer(const QStringList &args)
{
    CliParser p(QStringLiteral("transfer"));
    p.addOption({ QStringLiteral("schedule"), QStringLiteral("The year's 24 transfer days."),
                  QStringLiteral("YEAR") });
    p.addOption({ QStringLiteral("on"), QStringLiteral("The batch of this transfer day."),
                  QStringLiteral("DATE") });
    p.addOutputOption(QStringLiteral("The 移交清单 as PDF (two copies)."), QStringLiteral("LIST.pdf"));
    p.addOption({ QStringLiteral("record"), QStringLiteral("Mark the batch's documents as handed over.") });
    p.addOption({ QStringLiteral("cancel"),
                  QStringLiteral("Take back the record of this day's batch (a handover recorded by mistake): "
                                 "its documents are pending again.") });
    p.addJsonOption();
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const bool json = p.isSet(QStringLiteral("json"));
    const TransferPlanner planner = TransferPlanner::national();
    if (p.isSet(QStringLiteral("schedule")) == p.isSet(QStringLiteral("on")))
        return CliOutput::error(Cli::tr("transfer: give either --schedule YEAR or --on DATE."));

    if (p.isSet(QStringLiteral("schedule"))) {
        bool ok = false;
        const int year = p.value(QStringLiteral("schedule")).toInt(&ok);
        if (!ok || year < 1990 || year > 2200)
            return CliOutput::error(
                    Cli::tr("--schedule: \"%1\" is not a year.").arg(p.value(QStringLiteral("schedule"))));
        if (p.isSet(QStringLiteral("o")) || p.isSet(QStringLiteral("record"))
            || p.isSet(QStringLiteral("cancel")))
            return CliOutput::error(Cli::tr("-o, --record and --cancel go with --on DATE."));
        // The file is opened only to refuse what is not a catalogue (the schedule is the calendar's).
        if (!p.openCatalogue())
            return 2;
        const QList<TransferPlanner::Day> days = planner.schedule(year);
        bool outside = false;
        for (const TransferPlanner::Day &d : days)
            outside = outside || d.outsideData;
        if (outside)
            warnOutsideData(year);
        if (json) {
            QJsonArray list;
            for (const TransferPlanner::Day &d : days)
                list.append(QJsonObject { { QStringLiteral("nominal"), d.nominal.toString(Qt::ISODate) },
                                          { QStringLiteral("due"), d.due.toString(Qt::ISODate) } });
            CliOutput::outBytes(QJsonDocument(QJsonObject { { QStringLiteral("year"), year },
                                                            { QStringLiteral("days"), list },
                                                            { QStringLiteral("calendarWarning"), outside } })
                                        .toJson(QJsonDocument::Indented));
            return 0;
        }
        for (const TransferPlanner::Day &d : days)
            CliOutput::outLine(d.due == d.nominal ? d.nominal.toString(Qt::ISODate)
                                                  : Cli::tr("%1 -> %2 (deferred)")
                                                            .arg(d.nominal.toString(Qt::ISODate),
                                                                 d.due.toString(Qt::ISODate)));
        return 0;
    }

    const QDate date = LedgerDate::parse(p.value(QStringLiteral("on")));
    if (!date.isValid())
        return CliOutput::error(
                Cli::tr("--on: \"%1\" is not a date (write YYYY-MM-DD).").arg(p.value(QStringLiteral("on"))));
    const bool record = p.isSet(QStringLiteral("record"));
    const bool cancel = p.isSet(QStringLiteral("cancel"));
    if (cancel && (record || p.isSet(QStringLiteral("o")) || json))
        return CliOutput::error(
                Cli::tr("--cancel goes alone with --on DATE (not with --record, -o or --json)."));
    const QString pdfPath = p.value(QStringLiteral("o"));
    if (!pdfPath.isEmpty() && !QFileInfo(QFileInfo(pdfPath).absolutePath()).isDir())
        return CliOutput::error(Cli::tr("-o: the folder of %1 does not exist.").arg(pdfPath));
    const auto file = p.openCatalogue(record || cancel ? CatalogueFile::OpenMode::ReadWrite
                                                       : CatalogueFile::OpenMode::ReadOnly);
    if (!file)
        return 2;
    QString error;
    if ((record || cancel) && file->isReadOnly())
        return CliOutput::error(Cli::tr("The catalogue cannot be changed: %1").arg(file->readOnlyReason()));
    DocumentStore store(file.get());
    const TransferPlanner::Day day = planner.dayFor(date);
    if (day.outsideData)
        warnOutsideData(date.year());
    if (!TransferPlanner::isNominalDay(date))
        CliOutput::error(Cli::tr("warning: %1 is not a 5th or a 20th: this is an extra batch.")
                                 .arg(date.toString(Qt::ISODate)),
                         0);
    // A transfer day that passed without its batch being recorded is overdue: the list is made
    // now and holds what is pending now (DESIGN.md: "written on or before its date" - the date
    // the batch is actually made), so the documents that missed it are not left out again.
    // A day whose batch is recorded: its list again, as handed over (a lost or spoilt copy).
    const std::optional<TransferBatch> recorded = store.batchOn(day.nominal);
    if (cancel) {
        if (!recorded)
            return CliOutput::error(Cli::tr("No handover is recorded for %1; nothing was changed.")
                                            .arg(day.nominal.toString(Qt::ISODate)));
        if (!store.cancelTransfer(recorded->id))
            return CliOutput::error(store.errorString());
        CliOutput::outLine(
                Cli::tr("The record of the batch of %1 (%2 documents) was taken back; they are pending "
                        "again.")
                        .arg(day.nominal.toString(Qt::ISODate))
                        .arg(recorded->documents));
        return 0;
    }
    if (recorded && record)
        return CliOutput::error(
                Cli::tr("The batch of %1 was recorded on %2 (%3 documents); it is not recorded twice. "
                        "Without --record, -o prints its list again.")
                        .arg(day.nominal.toString(Qt::ISODate),
                             recorded->recorded.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                        .arg(recorded->documents));
    const QList<Document> batch = recorded
            ? store.documentsIn(recorded->id)
            : TransferPlanner::batch(store.documents(), qMax(date, QDate::currentDate()));

    const bool pdfExisted = !pdfPath.isEmpty() && QFileInfo::exists(pdfPath);
    if (!pdfPath.isEmpty()
        && !LedgerPdf::write(LedgerForms::transferList(file->info().unit, day, batch),
                             Cli::tr("List of government information documents handed over"), pdfPath,
                             &error))
        return CliOutput::error(error);
    if (record && !batch.isEmpty()) {
        QList<qint64> ids;
        for (const Document &d : batch)
            ids << d.id;
        if (!store.recordTransfer(day.nominal, day.due, ids)) {
            if (!pdfExisted && !pdfPath.isEmpty())
                QFile::remove(pdfPath); // a list of a batch that was not recorded would mislead
            return CliOutput::error(store.errorString());
        }
    }
    if (json) {
        QJsonArray docs;
        for (const Document &d : batch)
            docs.append(QJsonObject { { QStringLiteral("id"), d.id },
                                      { QStringLiteral("indexNo"), d.indexNo },
                                      { QStringLiteral("docNo"), d.docNo },
                                      { QStringLiteral("title"), d.title },
                                      { QStringLiteral("writtenOn"), d.writtenOn.toString(Qt::ISODate) } });
        CliOutput::outBytes(
                QJsonDocument(QJsonObject { { QStringLiteral("date"), date.toString(Qt::ISODate) },
                                            { QStringLiteral("due"), day.due.toString(Qt::ISODate) },
                                            { QStringLiteral("documents"), docs },
                                            { QStringLiteral("copies"), 2 },
                                            { QStringLiteral("recorded"),
                                              recorded || (record && !batch.isEmpty()) },
                                            { QStringLiteral("calendarWarning"), day.outsideData } })
                        .toJson(QJsonDocument::Indented));
        return 0;
    }
    CliOutput::outLine(
            Cli::tr("Batch of %1, handed over on %2: %3 documents, in two copies (county archives, "
                    "county library).")
                    .arg(date.toString(Qt::ISODate), day.due.toString(Qt::ISODate))
                    .arg(batch.size()));
    for (const Document &d : batch)
        CliOutput::outLine(QStringLiteral("  %1\t%2\t%3\t%4")
                                   .arg(d.indexNo, d.docNo, d.title, d.writtenOn.toString(Qt::ISODate)));
    if (recorded)
        CliOutput::outLine(
                Cli::tr("This batch was recorded on %1; nothing was changed.")
                        .arg(recorded->recorded.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    else if (record)
        CliOutput::outLine(batch.isEmpty() ? Cli::tr("Nothing to record.") : Cli::tr("Recorded."));
    else
        CliOutput::outLine(Cli::tr("Nothing was changed (add --record once the documents are handed over)."));
    return 0;
}

} // namespace gkml::cli
