#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "package/EvidencePack.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace gkml::cli {

namespace { } // namespace

// gkml-cli evidence FILE -o OUT.zip [--as-of DATE]: the 佐证材料 pack; evidence --verify OUT.zip.
int runEvidence(const QStringList &args)
{
    CliParser p(QStringLiteral("evidence"));
    p.addOutputOption(QStringLiteral("The zip to write."), QStringLiteral("OUT.zip"));
    p.addDateOption(QStringLiteral("as-of"),
                    QStringLiteral("Date of the inspection report (default today)."));
    p.addOption({ QStringLiteral("verify"), QStringLiteral("Check a pack instead.") });
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const QString path = p.positionalArguments().first();
    if (p.isSet(QStringLiteral("verify"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return CliOutput::error(Cli::tr("evidence: %1 cannot be read").arg(path));
        bool unreadable = false;
        const QStringList problems = EvidencePack::verify(f.readAll(), &unreadable);
        if (unreadable)
            return CliOutput::error(problems.value(0));
        for (const QString &problem : problems)
            CliOutput::outLine(problem);
        if (problems.isEmpty())
            CliOutput::outLine(Cli::tr("The evidence pack is complete: every file matches its sha256."));
        return problems.isEmpty() ? 0 : 1;
    }
    if (!p.require(QStringLiteral("output")))
        return 2;
    QDate asOf = QDate::currentDate();
    if (!p.dateOption(QStringLiteral("as-of"), &asOf))
        return 2;
    const QString out = p.value(QStringLiteral("output"));
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return CliOutput::error(Cli::tr("evidence: the pack would overwrite the catalogue"));
    QString error;
    const auto file = p.openCatalogue();
    if (!file)
        return 2;
    const auto zip = EvidencePack::build(*file, WorkCalendar::instance(), asOf, &error);
    if (!zip)
        return CliOutput::error(error);
    QSaveFile save(out);
    if (!save.open(QIODevice::WriteOnly) || save.write(*zip) != zip->size() || !save.commit())
        return CliOutput::error(Cli::tr("evidence: cannot write %1").arg(out));
    CliOutput::outLine(Cli::tr("Evidence pack written: %1").arg(out));
    return 0;
}

} // namespace gkml::cli
