#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "TownshipTargets.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "print/CoverageSheet.h"
#include "print/SheetOptions.h"
#include "print/SheetRenderer.h"
#include "township/TownshipCatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUrl>

namespace gkml::cli {

namespace {
int countPublic(const QList<Item> &items)
{
    return static_cast<int>(
            std::count_if(items.cbegin(), items.cend(), [](const Item &i) { return !i.withheld; }));
}

// The items of --domain/--department (the sheets filter these themselves; the coverage sheet does not).
QList<Item> filtered(const QList<Item> &items, const SheetOptions &options)
{
    QList<Item> out;
    for (const Item &it : items) {
        if ((options.domain.isEmpty() || it.domain == options.domain)
            && (options.department.isEmpty() || it.department == options.department))
            out.append(it);
    }
    return out;
}

// Writes one PDF (board sheets or the coverage sheet) and says so; returns the exit code.
int writeOne(const QList<Item> &items, const CatalogueInfo &info, const SheetOptions &options, bool coverage,
             const QString &out)
{
    QString error;
    int itemCount = 0, pages = 0;
    if (coverage) {
        CoverageSheet sheet(items, info, options);
        if (!sheet.writePdf(out, &error))
            return CliOutput::error(error);
        itemCount = sheet.itemCount();
        pages = sheet.pageCount();
    } else {
        SheetRenderer renderer(items, info, options);
        if (!renderer.writePdf(out, &error))
            return CliOutput::error(error);
        itemCount = renderer.itemCount();
        pages = renderer.pageCount();
    }
    CliOutput::outLine(
            Cli::tr("%1: %2 items on %3 pages").arg(QFileInfo(out).fileName()).arg(itemCount).arg(pages));
    return 0;
}

} // namespace

// gkml-cli print FILE -o OUT.pdf [--paper A4|A3] [--orientation portrait|landscape]
//   [--domain D] [--department D] [--group domain|department] [--board] [--channels chosen|checklist]
//   [--qr URL | --qr-portal] [--date YYYY-MM-DD]
int runPrint(const QStringList &args)
{
    CliParser p(QStringLiteral("print"));
    p.addOutputOption(Cli::tr("The PDF to write."), Cli::tr("OUT.pdf"));
    p.addOption(
            { QStringLiteral("paper"), Cli::tr("Paper size: A4 (default) or A3."), QStringLiteral("A4|A3") });
    p.addOption({ QStringLiteral("orientation"), Cli::tr("portrait or landscape (default)."),
                  QStringLiteral("portrait|landscape") });
    p.addOption({ QStringLiteral("domain"), Cli::tr("Print only this domain."), Cli::tr("NAME") });
    p.addOption({ QStringLiteral("department"), Cli::tr("Print only this responsible office."),
                  Cli::tr("NAME") });
    p.addOption({ QStringLiteral("group"),
                  Cli::tr("One set of sheets per domain (default) or per department."),
                  QStringLiteral("domain|department") });
    p.addOption({ QStringLiteral("board"),
                  Cli::tr("Large print for notice boards: item, content, deadline, channels.") });
    p.addOption({ QStringLiteral("channels"),
                  Cli::tr("Channels as the chosen names (default) or the template's checklist (■/□)."),
                  QStringLiteral("chosen|checklist") });
    p.addOption({ QStringLiteral("qr"), Cli::tr("Print a QR code linking to URL."), Cli::tr("URL") });
    p.addOption({ QStringLiteral("qr-portal"),
                  Cli::tr("Print a QR code linking to the catalogue's portal page.") });
    p.addOption({ QStringLiteral("date"), Cli::tr("Date in the footer (default: today)."),
                  QStringLiteral("YYYY-MM-DD") });
    p.addOption({ QStringLiteral("coverage"),
                  Cli::tr("Print the 五公开 coverage sheet (which items serve 决策、执行、管理、服务、结果) "
                          "instead.") });
    TownshipTargets::addOptions(p);
    if (!p.parseArgs(args, 1, 1))
        return 2;
    if (!p.require(QStringLiteral("o")))
        return 2;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return CliOutput::error(Cli::tr("print: fonts are not available (no GUI application)"));

    SheetOptions options;
    if (!p.choiceOption(QStringLiteral("paper"), SheetOptions::paperFromString, &options.paper,
                        Cli::tr("print: --paper must be A4 or A3"))
        || !p.choiceOption(QStringLiteral("orientation"), SheetOptions::orientationFromString,
                           &options.orientation,
                           Cli::tr("print: --orientation must be portrait or landscape"))
        || !p.choiceOption(QStringLiteral("group"), SheetOptions::groupingFromString, &options.grouping,
                           Cli::tr("print: --group must be domain or department"))
        || !p.choiceOption(QStringLiteral("channels"), SheetOptions::channelStyleFromString,
                           &options.channelStyle, Cli::tr("print: --channels must be chosen or checklist")))
        return 2;
    if (p.isSet(QStringLiteral("date"))) {
        options.date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.date.isValid())
            return CliOutput::error(Cli::tr("print: --date must look like 2020-09-02"));
    }
    options.board = p.isSet(QStringLiteral("board"));
    options.domain = p.value(QStringLiteral("domain")).trimmed();
    options.department = p.value(QStringLiteral("department")).trimmed();

    const QString path = p.positionalArguments().first();
    QString error;
    const auto file = p.openCatalogue();
    if (!file)
        return 2;
    const CatalogueInfo info = file->info();
    if (p.isSet(QStringLiteral("qr"))) {
        const QUrl url(p.value(QStringLiteral("qr")), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return CliOutput::error(
                    Cli::tr("print: --qr needs a full address such as https://example.gov.cn/gkml"));
        options.qrUrl = p.value(QStringLiteral("qr"));
    } else if (p.isSet(QStringLiteral("qr-portal"))) {
        if (info.portalUrl.trimmed().isEmpty())
            return CliOutput::error(
                    Cli::tr("print: the catalogue has no portal address; give one with --qr URL"));
        options.qrUrl = info.portalUrl.trimmed();
    }

    const QString out = p.value(QStringLiteral("o"));
    const bool coverage = p.isSet(QStringLiteral("coverage"));
    if (TownshipTargets::requested(p)) {
        QList<TownshipTargets::Target> targets;
        if (const int code = TownshipTargets::resolve(p, *file, QStringLiteral("print"), out,
                                                      QStringLiteral(".pdf"), &targets))
            return code;
        // The county items once, each township's catalogue derived from them.
        const std::optional<QList<Item>> countyItems = CliParser::readItems(*file);
        if (!countyItems)
            return 2;
        const Vocabulary *levels = TownshipCatalogue::levelVocabularyFor(*file);
        TownshipStore store(*file);
        int written = 0;
        for (const TownshipTargets::Target &target : std::as_const(targets)) {
            const TownshipCatalogue catalogue(target.township, levels);
            const TownshipCatalogue::View view
                    = catalogue.derive(*countyItems, store.additions(target.township.id));
            QList<Item> items = view.items;
            if (!options.domain.isEmpty() || !options.department.isEmpty())
                items = filtered(items, options);
            if (countPublic(items) == 0) {
                CliOutput::outLine(Cli::tr("%1: no public items for this township; no sheet made")
                                           .arg(target.township.name));
                continue;
            }
            if (const int code = writeOne(items, catalogue.info(info), options, coverage, target.output))
                return code;
            ++written;
        }
        return written > 0 ? 0 : CliOutput::error(Cli::tr("print: no township has public items to print"), 1);
    }

    const std::optional<QList<Item>> read = CliParser::readItems(*file);
    if (!read)
        return 2;
    const QList<Item> &items = *read;
    if (coverage) {
        const QList<Item> chosen = filtered(items, options);
        if (countPublic(chosen) == 0)
            return CliOutput::error(Cli::tr("print: the catalogue has no public items to print"), 1);
        return writeOne(chosen, info, options, coverage, out);
    }
    SheetRenderer renderer(items, info, options);
    if (renderer.itemCount() == 0) {
        if (!options.domain.isEmpty() || !options.department.isEmpty())
            return CliOutput::error(Cli::tr("print: no public items match --domain/--department; check the "
                                            "names with gkml-cli info %1")
                                            .arg(path));
        return CliOutput::error(Cli::tr("print: the catalogue has no public items to print"), 1);
    }
    if (!renderer.writePdf(out, &error))
        return CliOutput::error(error);
    CliOutput::outLine(Cli::tr("%1: %2 items on %3 pages")
                               .arg(QFileInfo(out).fileName())
                               .arg(renderer.itemCount())
                               .arg(renderer.pageCount()));
    return 0;
}

} // namespace gkml::cli
