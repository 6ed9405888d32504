#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "exchange/ImportMatcher.h"
#include "exchange/Importer.h"
#include "template/RowJoiner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace gkml::cli {

int runImport(const QStringList &args)
{
    CliParser p(QStringLiteral("import"));
    p.addOutputOption(QStringLiteral("Catalogue file."), QStringLiteral("FILE"));
    p.addOption({ QStringLiteral("unit"), QStringLiteral("Unit name for a new catalogue."),
                  QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("domain"), QStringLiteral("Domain when the file names none."),
                  QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("encoding"), QStringLiteral("auto, utf-8 or gb18030."),
                  QStringLiteral("ENC"), QStringLiteral("auto") });
    p.addOption({ QStringLiteral("on-match"),
                  QStringLiteral("Rows matching an item already in FILE: add (again), update it, or skip."),
                  QStringLiteral("add|update|skip"), QStringLiteral("add") });
    p.addOption({ QStringLiteral("join-rows"),
                  QStringLiteral("Join the content rows that share an item name into one item.") });
    p.addOption(
            { QStringLiteral("convert"),
              QStringLiteral("Convert .doc, .wps, .et and .ods with LibreOffice first (when installed).") });
    if (!p.parseArgs(args, 1, -1) || !p.require(QStringLiteral("o")))
        return 2;
    const std::optional<ImportMatcher::OnMatch> onMatch
            = ImportMatcher::onMatchFromKey(p.value(QStringLiteral("on-match")));
    if (!onMatch)
        return CliOutput::error(Cli::tr("import: --on-match wants add, update or skip, not \"%1\".")
                                        .arg(p.value(QStringLiteral("on-match"))));
    ImportOptions options;
    options.domain = p.value(QStringLiteral("domain"));
    options.encoding = p.value(QStringLiteral("encoding"));
    options.convertWithLibreOffice = p.isSet(QStringLiteral("convert"));
    const QString target = p.value(QStringLiteral("o"));

    // Read every source first: nothing is written unless all of them are understood.
    QList<Item> items;
    QString unitFromSource;
    QStringList sources;
    for (const QString &src : p.positionalArguments()) {
        ImportResult r = Importer::read(src, options);
        const QString name = QFileInfo(src).fileName();
        if (!r.ok())
            return CliOutput::error(Cli::tr("%1: %2").arg(name, r.error));
        for (const QString &w : r.warnings)
            CliOutput::error(Cli::tr("warning: %1: %2").arg(name, w), 0);
        if (unitFromSource.isEmpty())
            unitFromSource = r.unit;
        const qsizetype count = r.items.size();
        if (items.isEmpty())
            items = std::move(r.items); // no copy of a large file's items
        else
            items += r.items;
        sources << name;
        CliOutput::outLine(Cli::tr("%1: %2 items (%3)")
                                   .arg(name)
                                   .arg(count)
                                   .arg(r.encoding.isEmpty() ? r.layout : r.encoding));
    }

    // Several content rows under one item name: parts of one item, kept as separate items
    // unless asked (issue 19); say so either way.
    if (p.isSet(QStringLiteral("join-rows"))) {
        const int joined = RowJoiner::joinContentRows(items);
        if (joined > 0)
            CliOutput::outLine(Cli::tr("The content rows of %n item name(s) were joined into one item each.",
                                       nullptr, joined));
    } else if (const int shared = RowJoiner::sharedNames(items); shared > 0) {
        CliOutput::error(
                Cli::tr("warning: %n item name(s) have several content rows, kept as separate items; "
                        "--join-rows joins the rows of each name into one item.",
                        nullptr, shared),
                0);
    }

    QString error;
    std::unique_ptr<CatalogueFile> file;
    bool created = false;
    if (QFileInfo::exists(target)) {
        file = CatalogueFile::open(target, CatalogueFile::OpenMode::ReadWrite, &error);
        if (!file)
            return CliOutput::error(error);
        if (file->isReadOnly())
            return CliOutput::error(
                    Cli::tr("The catalogue cannot be changed: %1").arg(file->readOnlyReason()));
    } else {
        CatalogueInfo info;
        info.unit = p.value(QStringLiteral("unit")).trimmed();
        if (info.unit.isEmpty())
            info.unit = unitFromSource;
        if (info.unit.isEmpty())
            return CliOutput::error(
                    Cli::tr("The new catalogue needs the name of its unit: add --unit NAME."));
        file = CatalogueFile::create(target, info, &error);
        if (!file)
            return CliOutput::error(error);
        created = true;
    }
    // Match the rows with the items the catalogue has, so that an office's workbook imported
    // into a catalogue pre-filled from the standard can update it instead of doubling it.
    // Part of the catalogue, read as the whole, would double every item it missed.
    const std::optional<QList<Item>> existing = created ? QList<Item>() : CliParser::readItems(*file);
    if (!existing)
        return 2;
    ImportMatcher::Plan plan = ImportMatcher::match(*existing, items);
    // The rows to add get their ids written in: let them be the only holder of their items, or
    // the write would copy every item once more.
    items = QList<Item>();
    QList<Item> toAdd = plan.itemsToAdd(*onMatch);
    plan.incoming = QList<Item>();
    plan.added = QList<Item>();
    QList<CatalogueFile::FieldUpdate> updates;
    for (const ImportMatcher::Match &m : plan.updatesToApply(*onMatch)) {
        CatalogueFile::FieldUpdate u { m.existing.id, {} };
        for (const ImportMatcher::FieldChange &c : m.changes)
            u.changes.append({ c.field, c.newValue });
        updates.append(u);
    }
    if (!file->applyBatch(updates, toAdd, {}, sources.join(QStringLiteral(", ")), false)) {
        error = file->errorString();
        file.reset();
        if (created)
            QFile::remove(target);
        return CliOutput::error(error);
    }
    const qsizetype matched = plan.updates.size() + plan.identical.size();
    if (*onMatch == ImportMatcher::OnMatch::Add) {
        CliOutput::outLine(
                Cli::tr("Imported %1 items into %2.").arg(toAdd.size()).arg(QFileInfo(target).fileName()));
        if (matched > 0)
            CliOutput::error(
                    Cli::tr("warning: %1 of the rows match items already in the catalogue and were added "
                            "again; --on-match update merges them instead.")
                            .arg(matched),
                    0);
        return 0;
    }
    CliOutput::outLine(Cli::tr("Imported into %1: %2 updated, %3 added, %4 identical%5.")
                               .arg(QFileInfo(target).fileName())
                               .arg(*onMatch == ImportMatcher::OnMatch::Update ? plan.updates.size() : 0)
                               .arg(toAdd.size())
                               .arg(plan.identical.size())
                               .arg(*onMatch == ImportMatcher::OnMatch::Skip
                                            ? Cli::tr(", %1 skipped").arg(plan.updates.size())
                                            : QString()));
    return 0;
}

} // namespace gkml::cli
