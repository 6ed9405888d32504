#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "standard/StandardLibrary.h"

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
    QString error;
    if (p.isSet(QStringLiteral("standard"))) {
        // An id, id@version or a standard file: record what it resolves to, refuse what does not.
        const Standard *standard
                = StandardLibrary::instance().find(p.value(QStringLiteral("standard")), &error);
        if (!standard)
            return CliOutput::error(error);
        info.standardId = standard->id();
        info.standardVersion = standard->version();
    }
    auto file = CatalogueFile::create(p.positionalArguments().first(), info, &error);
    if (!file)
        return CliOutput::error(error);
    return 0;
}

} // namespace gkml::cli
