#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "TownshipTargets.h"
#include "catalogue/CatalogueFile.h"
#include "check/FindingReport.h"
#include "package/PackageJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gkml::cli {

namespace { } // namespace

int runPackage(const QStringList &args)
{
    CliParser p(QStringLiteral("package"));
    p.addOutputOption(Cli::tr("The zip to write, or a folder for the default name "
                              "<unit>-政务公开事项标准目录-<YYYYMMDD>.zip (default: the current folder)."),
                      Cli::tr("OUT"));
    TownshipTargets::addOptions(p);
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const bool townships = TownshipTargets::requested(p);
    // A township package is not an edition of the county catalogue: it needs no write access.
    const auto file = p.openCatalogue(townships ? CatalogueFile::OpenMode::ReadOnly
                                                : CatalogueFile::OpenMode::ReadWrite);
    if (!file)
        return 2;
    const QString output = p.value(QStringLiteral("output"));
    if (townships) {
        QList<TownshipTargets::Target> targets;
        if (const int code = TownshipTargets::resolve(p, *file, QStringLiteral("package"),
                                                      output.isEmpty() ? QStringLiteral(".") : output,
                                                      QStringLiteral(".zip"), &targets))
            return code;
        const QString generator = QStringLiteral("GKML %1 (gkml-cli)").arg(QStringLiteral(GKML_VERSION));
        int written = 0;
        for (const TownshipTargets::Target &target : std::as_const(targets)) {
            const PackageJob::Result r
                    = PackageJob::runTownship(*file, target.township, target.output, generator);
            if (r.status == PackageJob::Status::Refused && r.errorCount > 0) {
                CliOutput::out(FindingReport::toText(r.findings, r.items));
                return CliOutput::error(r.error, 1);
            }
            if (r.status == PackageJob::Status::Refused) {
                CliOutput::outLine(r.error);
                continue;
            }
            if (r.status == PackageJob::Status::Failed)
                return CliOutput::error(r.error);
            CliOutput::outLine(Cli::tr("Package written: %1")
                                       .arg(QDir::toNativeSeparators(QFileInfo(r.path).absoluteFilePath())));
            CliOutput::outLine(Cli::tr("  %n public item(s)", nullptr, r.manifest.itemCount));
            ++written;
        }
        return written > 0 ? 0 : CliOutput::error(Cli::tr("package: no township has public items"), 1);
    }
    if (!output.isEmpty() && !QFileInfo(output).isDir()) {
        const QFileInfo target(output);
        if (!target.absoluteDir().exists())
            return CliOutput::error(Cli::tr("The folder %1 does not exist.")
                                            .arg(QDir::toNativeSeparators(target.absolutePath())));
    }

    const PackageJob::Result r = PackageJob::run(
            *file, output, QStringLiteral("GKML %1 (gkml-cli)").arg(QStringLiteral(GKML_VERSION)));
    switch (r.status) {
    case PackageJob::Status::Refused:
        if (!r.findings.isEmpty())
            CliOutput::out(FindingReport::toText(r.findings, r.items));
        return CliOutput::error(r.error, 1);
    case PackageJob::Status::Failed: return CliOutput::error(r.error);
    case PackageJob::Status::Done: break;
    }
    CliOutput::outLine(Cli::tr("Package written: %1")
                               .arg(QDir::toNativeSeparators(QFileInfo(r.path).absoluteFilePath())));
    CliOutput::outLine(Cli::tr("  %n public item(s)", nullptr, r.manifest.itemCount)
                       + Cli::tr("; %n withheld item(s) left out", nullptr, r.manifest.withheldCount));
    CliOutput::outLine(Cli::tr("  %n file(s) and manifest.json; sha256 %1", nullptr,
                               static_cast<int>(r.manifest.files.size()))
                               .arg(r.sha256));
    if (r.publishedFindings > 0)
        CliOutput::outLine(Cli::tr("  %n warning(s) or note(s) recorded in validation.json", nullptr,
                                   r.publishedFindings));
    CliOutput::outLine(Cli::tr("  Recorded as edition %1.").arg(r.editionId));
    return 0;
}

} // namespace gkml::cli
