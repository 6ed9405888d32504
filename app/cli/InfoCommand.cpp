#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

int runInfo(const QStringList &args)
{
    CliParser p(QStringLiteral("info"));
    p.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON.") });
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const auto file = p.openCatalogueForReading();
    if (!file)
        return 2;
    const CatalogueInfo info = file->info();
    const auto counts = file->domainCounts();
    int total = 0;
    for (const auto &c : counts)
        total += c.second;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("unit"), info.unit);
        o.insert(QStringLiteral("schemaVersion"), file->schemaVersion());
        if (info.standardId.isEmpty()) {
            o.insert(QStringLiteral("standard"), QJsonValue::Null);
        } else {
            o.insert(QStringLiteral("standard"),
                     QJsonObject { { QStringLiteral("id"), info.standardId },
                                   { QStringLiteral("version"), info.standardVersion } });
        }
        o.insert(QStringLiteral("items"), total);
        QJsonObject domains;
        for (const auto &[name, count] : counts)
            domains.insert(name, count);
        o.insert(QStringLiteral("domains"), domains);
        if (!info.region.isEmpty())
            o.insert(QStringLiteral("region"), info.region);
        CliOutput::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    CliOutput::outLine(Cli::tr("Unit: %1").arg(info.unit));
    if (!info.region.isEmpty())
        CliOutput::outLine(Cli::tr("Region: %1").arg(info.region));
    CliOutput::outLine(Cli::tr("Standard: %1")
                               .arg(info.standardId.isEmpty()
                                            ? Cli::tr("(none)")
                                            : info.standardId + QLatin1Char(' ') + info.standardVersion));
    CliOutput::outLine(Cli::tr("Schema version: %1").arg(file->schemaVersion()));
    CliOutput::outLine(Cli::tr("Items: %1").arg(total));
    for (const auto &[name, count] : counts)
        CliOutput::outLine(
                QStringLiteral("  %1: %2").arg(name.isEmpty() ? Cli::tr("(no domain)") : name).arg(count));
    return 0;
}

} // namespace gkml::cli
