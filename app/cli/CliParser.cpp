#include "CliParser.h"

#include "CliCommands.h"
#include "CliOutput.h"
#include "catalogue/CatalogueFile.h"

#include <QCoreApplication>

namespace gkml::cli {

CliParser::CliParser(const QString &command)
    : m_command(command)
{
    setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

bool CliParser::parseArgs(const QStringList &args, int minPositional, int maxPositional)
{
    QStringList full = args;
    full.prepend(QStringLiteral("gkml-cli"));
    if (!parse(full)) {
        CliOutput::error(QStringLiteral("%1: %2").arg(m_command, errorText()));
        return false;
    }
    const int n = static_cast<int>(positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        CliOutput::error(Cli::tr("%1: wrong number of arguments; run gkml-cli --help").arg(m_command));
        return false;
    }
    return true;
}

bool CliParser::require(const QString &option)
{
    if (isSet(option) && !value(option).isEmpty())
        return true;
    CliOutput::error(Cli::tr("%1: the option --%2 is required").arg(m_command, option));
    return false;
}

std::unique_ptr<CatalogueFile> CliParser::openCatalogueForReading() const
{
    QString error;
    auto file = CatalogueFile::open(positionalArguments().first(), CatalogueFile::OpenMode::ReadOnly, &error);
    if (!file)
        CliOutput::error(error);
    return file;
}

} // namespace gkml::cli
