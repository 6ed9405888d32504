#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"

#include <QCoreApplication>

namespace gkml::cli {

int runNew(const QStringList &args)
{
    CliParser p(QStringLiteral("new"));
    p.addOption({ QStringLiteral("unit"), QStringLiteral("The unit (单位) that owns the catalogue."),
                  QStringLiteral("NAME") });
    p.addOption(
            { QStringLiteral("region"), QStringLiteral("Administrative region."), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("standard"), QStringLiteral("Standard id or standard file."),
                  QStringLiteral("ID|PATH") });
    if (!p.parseArgs(args, 1, 1) || !p.require(QStringLiteral("unit")))
        return 2;
    CatalogueInfo info;
    info.unit = p.value(QStringLiteral("unit")).trimmed();
    info.region = p.value(QStringLiteral("region")).trimmed();
    if (p.isSet(QStringLiteral("standard"))) {
        // Resolved against the standards library in StandardOption (checker).
        info.standardId = p.value(QStringLiteral("standard"));
    }
    QString error;
    auto file = CatalogueFile::create(p.positionalArguments().first(), info, &error);
    if (!file)
        return CliOutput::error(error);
    return 0;
}

} // namespace gkml::cli
