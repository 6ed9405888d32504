#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "package/PackageVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

namespace { } // namespace

int runVerifyPackage(const QStringList &args)
{
    CliParser p(QStringLiteral("verify-package"));
    p.addOption({ QStringLiteral("json"), Cli::tr("Print the result as JSON.") });
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const QString path = p.positionalArguments().first();
    const PackageVerifier::Result r = PackageVerifier::verify(path);
    if (r.status == PackageVerifier::Status::Unreadable)
        return CliOutput::error(Cli::tr("%1: %2").arg(path, r.unreadableReason));

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o { { QStringLiteral("ok"), r.status == PackageVerifier::Status::Ok },
                        { QStringLiteral("problems"), QJsonArray::fromStringList(r.problems) } };
        o.insert(QStringLiteral("manifest"), r.manifest ? QJsonValue(r.manifest->toJson()) : QJsonValue());
        CliOutput::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return r.exitCode();
    }
    if (r.manifest) {
        const PackageManifest &m = *r.manifest;
        CliOutput::outLine(Cli::tr("Unit: %1").arg(m.unit));
        CliOutput::outLine(Cli::tr("Standard: %1")
                                   .arg(m.standardId.isEmpty()
                                                ? Cli::tr("(none)")
                                                : m.standardId + QLatin1Char(' ') + m.standardVersion));
        CliOutput::outLine(
                Cli::tr("Made: %1 by %2")
                        .arg(m.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             m.generator));
        CliOutput::outLine(
                Cli::tr("Items: %1 (withheld, not included: %2)").arg(m.itemCount).arg(m.withheldCount));
    }
    if (r.status == PackageVerifier::Status::Ok) {
        CliOutput::outLine(Cli::tr("OK: all %n file(s) match manifest.json.", nullptr,
                                   static_cast<int>(r.manifest->files.size())));
        return 0;
    }
    CliOutput::outLine(
            Cli::tr("The package has %n problem(s):", nullptr, static_cast<int>(r.problems.size())));
    for (const QString &problem : r.problems)
        CliOutput::outLine(QStringLiteral("  - ") + problem);
    return 1;
}

} // namespace gkml::cli
