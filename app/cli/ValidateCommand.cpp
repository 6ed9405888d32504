#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "check/Checker.h"
#include "check/FindingReport.h"
#include "standard/StandardLibrary.h"

#include <QCoreApplication>

namespace gkml::cli {

// gkml-cli validate FILE [--standard ID|PATH] [--format text|json]
// Exit 0: no errors (warnings allowed); 1: errors found; 2: usage, unreadable file or standard.
int runValidate(const QStringList &args)
{
    CliParser p(QStringLiteral("validate"));
    p.addOption({ QStringLiteral("standard"),
                  QStringLiteral("Check against this standard (id, id@version or a standard file) instead of "
                                 "the one the catalogue records."),
                  QStringLiteral("ID|PATH") });
    p.addOption({ QStringLiteral("format"), QStringLiteral("text (default) or json."),
                  QStringLiteral("FORMAT"), QStringLiteral("text") });
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return CliOutput::error(Cli::tr("validate: --format must be text or json, not \"%1\"").arg(format));

    const auto file = p.openCatalogue();
    if (!file)
        return 2;
    const CatalogueInfo info = file->info();
    const std::optional<QList<Item>> read = CliParser::readItems(*file);
    if (!read)
        return 2;
    const QList<Item> &items = *read;

    StandardLibrary &library = StandardLibrary::instance();
    const Standard *standard = nullptr;
    QString how; // says where the standard came from (text output only)
    QString error;
    if (p.isSet(QStringLiteral("standard"))) {
        standard = library.find(p.value(QStringLiteral("standard")), &error);
        if (!standard)
            return CliOutput::error(error);
        how = Cli::tr("given with --standard");
    } else {
        StandardLibrary::Choice choice;
        standard = library.forCatalogue(info.standardId, info.standardVersion, file->domains(), &choice,
                                        &error);
        if (!standard && !error.isEmpty())
            return CliOutput::error(error);
        switch (choice) {
        case StandardLibrary::Choice::Recorded: how = Cli::tr("recorded in the catalogue"); break;
        case StandardLibrary::Choice::RecordedOtherVersion:
            how = Cli::tr("recorded in the catalogue as version %1; version %2 is installed")
                          .arg(info.standardVersion, standard->version());
            break;
        case StandardLibrary::Choice::Covering:
        case StandardLibrary::Choice::None:
            how = Cli::tr("chosen because the catalogue names no standard and this one covers its domains");
            break;
        }
    }

    const QList<Finding> findings = Checker(standard).check(items);
    const FindingReport::Summary summary = FindingReport::summarize(findings);
    if (format == QLatin1String("json")) {
        CliOutput::outBytes(FindingReport::toJsonBytes(findings, standard));
    } else {
        CliOutput::outLine(Cli::tr("Catalogue: %1").arg(info.unit));
        if (standard) {
            CliOutput::outLine(Cli::tr("Standard: %1 %2 (%3), %4")
                                       .arg(standard->title(), standard->version(), standard->id(), how));
        } else {
            CliOutput::outLine(
                    Cli::tr("Standard: none covers the domains of this catalogue; only the form of the "
                            "items was checked."));
        }
        CliOutput::out(QStringLiteral("\n") + FindingReport::toText(findings, items));
    }
    return summary.errors > 0 ? 1 : 0;
}

} // namespace gkml::cli
