#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "check/ColumnFill.h"
#include "standard/StandardLibrary.h"

namespace gkml::cli {

// gkml-cli fill FILE --field KEY (--from-standard | --value V) [--domain D]
// The fix for a column-missing finding: fills one field of every item that leaves it blank, in one
// transaction. Exit 0 done (also when nothing was blank); 2 usage, unreadable or read-only file.
int runFill(const QStringList &args)
{
    CliParser p(QStringLiteral("fill"));
    p.addOption({ QStringLiteral("field"),
                  QStringLiteral("The field to fill (a key such as level, or its label)."),
                  QStringLiteral("KEY") });
    p.addOption(
            { QStringLiteral("from-standard"), QStringLiteral("Take each item's value from the standard.") });
    p.addOption({ QStringLiteral("value"), QStringLiteral("Give every blank item this value."),
                  QStringLiteral("V") });
    p.addOption({ QStringLiteral("domain"), QStringLiteral("Only the items of this domain."),
                  QStringLiteral("NAME") });
    if (!p.parseArgs(args, 1, 1) || !p.require(QStringLiteral("field")))
        return 2;
    const QString key = p.value(QStringLiteral("field"));
    std::optional<Field> field = ItemFields::fromKey(key);
    if (!field)
        field = ItemFields::fromHeader(key);
    if (!field || !ColumnFill::fillable(*field))
        return CliOutput::error(
                Cli::tr("fill: \"%1\" is not a field that can be filled for all items.").arg(key));
    const bool fromStandard = p.isSet(QStringLiteral("from-standard"));
    if (fromStandard == p.isSet(QStringLiteral("value")))
        return CliOutput::error(Cli::tr("fill: give either --from-standard or --value."));
    if (!fromStandard && p.value(QStringLiteral("value")).trimmed().isEmpty())
        return CliOutput::error(Cli::tr("fill: --value is empty."));

    QString error;
    const auto file = p.openCatalogue(CatalogueFile::OpenMode::ReadWrite);
    if (!file)
        return 2;
    if (file->isReadOnly())
        return CliOutput::error(file->readOnlyReason());
    const std::optional<QList<Item>> read = CliParser::readItems(*file);
    if (!read)
        return 2;
    const QList<Item> &items = *read;
    const QString domain = p.value(QStringLiteral("domain"));
    ColumnFill::Plan plan;
    if (fromStandard) {
        const CatalogueInfo info = file->info();
        StandardLibrary::Choice choice;
        const Standard *standard = StandardLibrary::instance().forCatalogue(
                info.standardId, info.standardVersion, file->domains(), &choice, &error);
        if (!standard)
            return CliOutput::error(error.isEmpty()
                                            ? Cli::tr("fill: no installed standard covers this catalogue's "
                                                      "domains; use --value.")
                                            : error);
        plan = ColumnFill::fromStandard(items, *field, *standard, domain);
    } else {
        plan = ColumnFill::withValue(items, *field, p.value(QStringLiteral("value")), domain);
    }
    QList<Item> noInserts;
    if (!plan.updates.isEmpty()
        && !file->applyBatch(plan.updates, noInserts, {},
                             QStringLiteral("fill %1").arg(ItemFields::key(*field)), false))
        return CliOutput::error(file->errorString());
    CliOutput::outLine(ColumnFill::summary(plan, *field));
    return 0;
}

} // namespace gkml::cli
