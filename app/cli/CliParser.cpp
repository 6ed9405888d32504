#include "CliParser.h"

#include "CliCommands.h"
#include "CliOutput.h"

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

void CliParser::addJsonOption()
{
    addOption({ QStringLiteral("json"), Cli::tr("Print JSON.") });
}

void CliParser::addOutputOption(const QString &description, const QString &valueName)
{
    addOption({ { QStringLiteral("o"), QStringLiteral("output") }, description, valueName });
}

void CliParser::addDateOption(const QString &name, const QString &description)
{
    addOption({ name, description, QStringLiteral("DATE") });
}

std::unique_ptr<CatalogueFile> CliParser::openCatalogue(CatalogueFile::OpenMode mode) const
{
    QString error;
    auto file = CatalogueFile::open(positionalArguments().first(), mode, &error);
    if (!file)
        CliOutput::error(error);
    return file;
}

std::unique_ptr<CatalogueFile> CliParser::parseAndOpen(const QStringList &args)
{
    if (!parseArgs(args, 1, 1))
        return nullptr;
    return openCatalogue();
}

bool CliParser::dateOption(const QString &option, QDate *date) const
{
    if (!isSet(option))
        return true;
    const QDate parsed = QDate::fromString(value(option), Qt::ISODate);
    if (!parsed.isValid())
        return fail(Cli::tr("%1: \"%2\" is not a date (write YYYY-MM-DD)").arg(m_command, value(option)));
    *date = parsed;
    return true;
}

bool CliParser::fail(const QString &message)
{
    CliOutput::error(message);
    return false;
}

std::optional<QList<Item>> CliParser::readItems(const CatalogueFile &file)
{
    bool ok = false;
    QList<Item> items = file.items(&ok);
    if (!ok) {
        fail(file.errorString());
        return std::nullopt;
    }
    return items;
}

} // namespace gkml::cli
