#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

namespace {

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int list(CatalogueFile &file, const QList<qint64> &items, bool json)
{
    PublicationStore store(file);
    QList<qint64> ids = items;
    if (ids.isEmpty())
        for (const Item &item : file.items())
            ids.append(item.id);
    QJsonArray records;
    for (qint64 id : std::as_const(ids)) {
        for (const PublicationRecord &r : store.records(id)) {
            QJsonArray evidence;
            for (const EvidenceFile &e : r.evidence)
                evidence.append(QJsonObject { { QStringLiteral("name"), e.name },
                                              { QStringLiteral("sha256"), e.sha256 },
                                              { QStringLiteral("bytes"), e.bytes } });
            if (json) {
                records.append(QJsonObject { { QStringLiteral("id"), r.id },
                                             { QStringLiteral("item"), r.item },
                                             { QStringLiteral("channel"), r.channel },
                                             { QStringLiteral("publishedOn"), dateJson(r.publishedOn) },
                                             { QStringLiteral("eventOn"), dateJson(r.eventOn) },
                                             { QStringLiteral("where"), r.where },
                                             { QStringLiteral("note"), r.note },
                                             { QStringLiteral("evidence"), evidence } });
            } else {
                CliOutput::outLine(Cli::tr("#%1 item %2  %3  %4  %5  %6 evidence file(s)")
                                           .arg(r.id)
                                           .arg(r.item)
                                           .arg(r.publishedOn.isValid() ? r.publishedOn.toString(Qt::ISODate)
                                                                        : Cli::tr("(no date)"),
                                                r.channel, r.where)
                                           .arg(r.evidence.size()));
            }
        }
    }
    if (json)
        CliOutput::outBytes(QJsonDocument(QJsonObject { { QStringLiteral("records"), records } })
                                    .toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace

// gkml-cli publish FILE --item ID... --channel CH --on DATE [--event DATE] [--where URL|TEXT]
// [--evidence PATH]... [--note TEXT] [--cycle C]; also --list [--item ID] [--json] and --remove RECORD.
int runPublish(const QStringList &args)
{
    CliParser p(QStringLiteral("publish"));
    p.addOption({ QStringLiteral("item"), QStringLiteral("Item id (repeat for several items)."),
                  QStringLiteral("ID") });
    p.addOption({ QStringLiteral("channel"), QStringLiteral("Channel."), QStringLiteral("CH") });
    p.addDateOption(QStringLiteral("on"), QStringLiteral("Publication date."));
    p.addDateOption(QStringLiteral("event"), QStringLiteral("Date the information was formed or changed."));
    p.addOption({ QStringLiteral("where"), QStringLiteral("URL or place."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("note"), QStringLiteral("Note."), QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("evidence"), QStringLiteral("Evidence file (repeatable)."),
                  QStringLiteral("PATH") });
    p.addOption({ QStringLiteral("cycle"), QStringLiteral("Update cycle of the items."),
                  QStringLiteral("CYCLE") });
    p.addOption({ QStringLiteral("list"), QStringLiteral("List the records.") });
    p.addOption({ QStringLiteral("remove"), QStringLiteral("Remove a record."), QStringLiteral("RECORD") });
    p.addJsonOption();
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const QString path = p.positionalArguments().first();
    QList<qint64> items;
    for (const QString &v : p.values(QStringLiteral("item"))) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0)
            return CliOutput::error(Cli::tr("publish: \"%1\" is not an item id").arg(v));
        items.append(id);
    }
    const bool listing = p.isSet(QStringLiteral("list"));
    const auto file = p.openCatalogue(listing ? CatalogueFile::OpenMode::ReadOnly
                                              : CatalogueFile::OpenMode::ReadWrite);
    if (!file)
        return 2;
    if (listing)
        return list(*file, items, p.isSet(QStringLiteral("json")));
    if (file->isReadOnly())
        return CliOutput::error(Cli::tr("The catalogue cannot be changed: %1").arg(file->readOnlyReason()));
    PublicationStore store(*file);

    if (p.isSet(QStringLiteral("remove"))) {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("remove")).toLongLong(&ok);
        if (!ok || !store.remove(id))
            return CliOutput::error(ok ? store.errorString()
                                       : Cli::tr("publish: \"%1\" is not a record id")
                                                    .arg(p.value(QStringLiteral("remove"))));
        CliOutput::outLine(Cli::tr("Record %1 removed.").arg(id));
        return 0;
    }
    if (items.isEmpty())
        return CliOutput::error(Cli::tr("publish: the option --item is required"));
    const bool onlyCycle = p.isSet(QStringLiteral("cycle")) && !p.isSet(QStringLiteral("channel"))
            && !p.isSet(QStringLiteral("on"));
    if (!onlyCycle && (!p.require(QStringLiteral("channel")) || !p.require(QStringLiteral("on"))))
        return 2;
    if (p.isSet(QStringLiteral("cycle"))
        && !PublicationStore::cycles().contains(p.value(QStringLiteral("cycle")))
        && !p.value(QStringLiteral("cycle")).isEmpty())
        return CliOutput::error(
                Cli::tr("publish: \"%1\" is not an update cycle; use one of %2, or \"\" for none")
                        .arg(p.value(QStringLiteral("cycle")),
                             PublicationStore::cycles().join(QStringLiteral("、"))));
    // Check every item before writing anything.
    for (qint64 id : std::as_const(items))
        if (!file->item(id))
            return CliOutput::error(Cli::tr("There is no item %1 in this catalogue.").arg(id));
    PublicationRecord record;
    if (!onlyCycle) {
        record.channel = p.value(QStringLiteral("channel")).trimmed();
        // --on is set (required above); --event is optional.
        if (!p.dateOption(QStringLiteral("on"), &record.publishedOn)
            || !p.dateOption(QStringLiteral("event"), &record.eventOn))
            return 2;
        record.where = p.value(QStringLiteral("where"));
        record.note = p.value(QStringLiteral("note"));
        const QList<qint64> ids = store.add(items, record, p.values(QStringLiteral("evidence")));
        if (ids.isEmpty())
            return CliOutput::error(store.errorString());
        for (qint64 id : ids)
            CliOutput::outLine(Cli::tr("Record %1 added.").arg(id));
    }
    if (p.isSet(QStringLiteral("cycle"))) {
        if (!store.setCycle(items, p.value(QStringLiteral("cycle"))))
            return CliOutput::error(store.errorString());
        if (onlyCycle)
            CliOutput::outLine(Cli::tr("Update cycle set for %1 item(s).").arg(items.size()));
    }
    return 0;
}

} // namespace gkml::cli
