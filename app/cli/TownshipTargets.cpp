#include "TownshipTargets.h"

#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gkml::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("gkml-cli", s);
}
} // namespace

void TownshipTargets::addOptions(CliParser &parser)
{
    parser.addOption({ QStringLiteral("township"),
                       tr("Only the catalogue derived for this township (see gkml-cli townships)."),
                       tr("NAME") });
    parser.addOption({ QStringLiteral("all-townships"),
                       tr("One output per township, into the folder given with -o, named after it.") });
}

bool TownshipTargets::requested(const CliParser &parser)
{
    return parser.isSet(QStringLiteral("township")) || parser.isSet(QStringLiteral("all-townships"));
}

int TownshipTargets::resolve(const CliParser &parser, CatalogueFile &file, const QString &command,
                             const QString &output, const QString &suffix, QList<Target> *targets)
{
    const bool all = parser.isSet(QStringLiteral("all-townships"));
    if (all && parser.isSet(QStringLiteral("township")))
        return CliOutput::error(
                tr("%1: give either --township NAME or --all-townships, not both").arg(command));
    TownshipStore store(file);
    QList<Township> townships = store.townships();
    if (!store.errorString().isEmpty())
        return CliOutput::error(store.errorString());
    if (townships.isEmpty())
        return CliOutput::error(
                tr("%1: the catalogue has no townships yet; add them with gkml-cli townships %2 "
                   "--add NAME")
                        .arg(command, file.path()));
    if (!all) {
        const QString name = parser.value(QStringLiteral("township")).trimmed();
        const auto found = store.find(name);
        if (!found) {
            QStringList names;
            for (const Township &t : townships)
                names.append(t.name);
            return CliOutput::error(tr("%1: there is no township \"%2\" in the catalogue; it has: %3")
                                            .arg(command, name, names.join(QStringLiteral("、"))));
        }
        const QFileInfo out(output);
        const bool folder
                = out.isDir() || output.endsWith(QLatin1Char('/')) || output.endsWith(QLatin1Char('\\'));
        if (folder && !out.isDir())
            return CliOutput::error(
                    tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(output)));
        if (!folder && !out.absoluteDir().exists())
            return CliOutput::error(
                    tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(out.absolutePath())));
        targets->append({ *found, folder ? QDir(output).filePath(found->name + suffix) : output });
        return 0;
    }
    const QFileInfo out(output);
    if (out.exists() && !out.isDir())
        return CliOutput::error(tr("%1: with --all-townships, -o names a folder (one file per township goes "
                                   "into it); %2 is a file")
                                        .arg(command, QDir::toNativeSeparators(output)));
    if (!out.exists()) {
        if (!out.absoluteDir().exists())
            return CliOutput::error(
                    tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(out.absolutePath())));
        if (!QDir().mkpath(out.absoluteFilePath()))
            return CliOutput::error(tr("The folder %1 cannot be made.")
                                            .arg(QDir::toNativeSeparators(out.absoluteFilePath())));
    }
    for (const Township &t : std::as_const(townships))
        targets->append({ t, QDir(output).filePath(t.name + suffix) });
    return 0;
}

} // namespace gkml::cli
