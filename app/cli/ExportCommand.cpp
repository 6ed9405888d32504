#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "TownshipTargets.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "exchange/Exporter.h"
#include "township/TownshipCatalogue.h"

#include <QCoreApplication>

namespace gkml::cli {

int runExport(const QStringList &args)
{
    CliParser p(QStringLiteral("export"));
    p.addOption({ QStringLiteral("format"), QStringLiteral("xlsx, csv, json, html or docx."),
                  QStringLiteral("FORMAT") });
    p.addOutputOption(QStringLiteral("Output file."), QStringLiteral("OUT"));
    p.addOption({ QStringLiteral("encoding"), QStringLiteral("csv: utf-8 (with BOM) or gb18030."),
                  QStringLiteral("ENC"), QStringLiteral("utf-8") });
    p.addOption(
            { QStringLiteral("include-withheld"),
              QStringLiteral(
                      "csv/json only: also write withheld (不予公开) items, for a backup or a transfer.") });
    p.addOption(
            { QStringLiteral("no-department"), QStringLiteral("xlsx/html: leave out the 责任股室 column.") });
    TownshipTargets::addOptions(p);
    if (!p.parseArgs(args, 1, 1) || !p.require(QStringLiteral("format")) || !p.require(QStringLiteral("o")))
        return 2;
    const std::optional<ExportFormat> format = Exporter::formatFromName(p.value(QStringLiteral("format")));
    if (!format)
        return CliOutput::error(Cli::tr("export: unknown format \"%1\"; use xlsx, csv, json, html or docx.")
                                        .arg(p.value(QStringLiteral("format"))));
    ExportOptions options;
    options.encoding = p.value(QStringLiteral("encoding"));
    options.departmentColumn = !p.isSet(QStringLiteral("no-department"));
    options.includeWithheld = p.isSet(QStringLiteral("include-withheld"));
    if (options.includeWithheld && *format != ExportFormat::Csv && *format != ExportFormat::Json)
        return CliOutput::error(
                Cli::tr("export: withheld items never go into %1 files, which are for the public.")
                        .arg(Exporter::suffix(*format)));
    QString error;
    const auto file = p.openCatalogue();
    if (!file)
        return 2;
    if (TownshipTargets::requested(p)) {
        if (options.includeWithheld)
            return CliOutput::error(
                    Cli::tr("export: a township's catalogue is for its notice boards; withheld items "
                            "never go into it."));
        QList<TownshipTargets::Target> targets;
        if (const int code
            = TownshipTargets::resolve(p, *file, QStringLiteral("export"), p.value(QStringLiteral("o")),
                                       QLatin1Char('.') + Exporter::suffix(*format), &targets))
            return code;
        const CatalogueInfo county = file->info();
        // The county items once, each township's catalogue derived from them.
        const std::optional<QList<Item>> countyItems = CliParser::readItems(*file);
        if (!countyItems)
            return 2;
        const Vocabulary *levels = TownshipCatalogue::levelVocabularyFor(*file);
        TownshipStore store(*file);
        for (const TownshipTargets::Target &target : std::as_const(targets)) {
            const TownshipCatalogue catalogue(target.township, levels);
            const TownshipCatalogue::View view
                    = catalogue.derive(*countyItems, store.additions(target.township.id));
            if (!Exporter::write(view.items, catalogue.info(county), *format, target.output, options, &error))
                return CliOutput::error(error);
        }
        return 0;
    }
    const std::optional<QList<Item>> items = CliParser::readItems(*file);
    if (!items)
        return 2;
    if (!Exporter::write(*items, file->info(), *format, p.value(QStringLiteral("o")), options, &error))
        return CliOutput::error(error);
    return 0;
}

} // namespace gkml::cli
