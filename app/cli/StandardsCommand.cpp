#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "standard/StandardLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

// gkml-cli standards [--json]: what standards are available (built-in and user files).
// Problems with user files are listed on stderr (text) or under "errors" (json); they do not
// change the exit code, since the other standards are still usable.
int runStandards(const QStringList &args)
{
    CliParser p(QStringLiteral("standards"));
    p.addJsonOption();
    if (!p.parseArgs(args, 0, 0))
        return 2;
    const StandardLibrary &library = StandardLibrary::instance();
    const QList<const Standard *> all = library.standards();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Standard *s : all) {
            list.append(QJsonObject { { QStringLiteral("id"), s->id() },
                                      { QStringLiteral("version"), s->version() },
                                      { QStringLiteral("title"), s->title() },
                                      { QStringLiteral("document"), s->document() },
                                      { QStringLiteral("domains"), QJsonArray::fromStringList(s->domains()) },
                                      { QStringLiteral("items"), int(s->items().size()) },
                                      { QStringLiteral("builtIn"), s->isBuiltIn() },
                                      { QStringLiteral("path"), s->origin() } });
        }
        QJsonObject o { { QStringLiteral("standards"), list },
                        { QStringLiteral("folders"),
                          QJsonArray::fromStringList(StandardLibrary::defaultUserDirectories()) },
                        { QStringLiteral("errors"), QJsonArray::fromStringList(library.loadErrors()) } };
        CliOutput::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Standard *s : all) {
        CliOutput::outLine(QStringLiteral("%1  %2  %3").arg(s->id(), s->version(), s->title()));
        CliOutput::outLine(QStringLiteral("    ")
                           + Cli::tr("domains: %1; %2 items; %3")
                                     .arg(s->domains().join(QStringLiteral("、")))
                                     .arg(s->items().size())
                                     .arg(s->isBuiltIn() ? Cli::tr("built in") : s->origin()));
    }
    CliOutput::outLine(Cli::tr("User standard files are read from: %1")
                               .arg(StandardLibrary::defaultUserDirectories().join(QStringLiteral(" ; "))));
    for (const QString &e : library.loadErrors())
        CliOutput::error(e, 0);
    return 0;
}

} // namespace gkml::cli
