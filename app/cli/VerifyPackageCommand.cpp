#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "package/PackageVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("gkml-cli", text, nullptr, n);
}

} // namespace

int runVerifyPackage(const QStringList &args)
{
    CliParser p(QStringLiteral("verify-package"));
    p.addOption({ QStringLiteral("json"), tr("Print the result as JSON.") });
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const QString path = p.positionalArguments().first();
    const PackageVerifier::Result r = PackageVerifier::verify(path);
    if (r.status == PackageVerifier::Status::Unreadable)
        return CliOutput::error(tr("%1: %2").arg(path, r.unreadableReason));

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o { { QStringLiteral("ok"), r.status == PackageVerifier::Status::Ok },
                        { QStringLiteral("problems"), QJsonArray::fromStringList(r.problems) } };
        o.insert(QStringLiteral("manifest"), r.manifest ? QJsonValue(r.manifest->toJson()) : QJsonValue());
        CliOutput::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return r.exitCode();
    }
    if (r.manifest) {
        const PackageManifest &m = *r.manifest;
        CliOutput::outLine(tr("Unit: %1").arg(m.unit));
        CliOutput::outLine(tr("Standard: %1")
                                   .arg(m.standardId.isEmpty()
                                                ? tr("(none)")
                                                : m.standardId + QLatin1Char(' ') + m.standardVersion));
        CliOutput::outLine(
                tr("Made: %1 by %2")
                        .arg(m.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             m.generator));
        CliOutput::outLine(
                tr("Items: %1 (withheld, not included: %2)").arg(m.itemCount).arg(m.withheldCount));
    }
    if (r.status == PackageVerifier::Status::Ok) {
        CliOutput::outLine(
                tr("OK: all %n file(s) match manifest.json.", static_cast<int>(r.manifest->files.size())));
        return 0;
    }
    CliOutput::outLine(tr("The package has %n problem(s):", static_cast<int>(r.problems.size())));
    for (const QString &problem : r.problems)
        CliOutput::outLine(QStringLiteral("  - ") + problem);
    return 1;
}

} // namespace gkml::cli
