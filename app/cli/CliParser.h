#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

namespace gkml {
class CatalogueFile;
}

namespace gkml::cli {

// QCommandLineParser with GKML's conventions: "gkml-cli CMD" as the program name, errors as
// one line on stderr with exit code 2.
class CliParser : public QCommandLineParser
{
public:
    explicit CliParser(const QString &command);
    // Parses; on failure prints the reason and returns false (the caller returns 2).
    bool parseArgs(const QStringList &args, int minPositional, int maxPositional);
    // Returns 2 after printing "missing option" for a required option that is absent.
    bool require(const QString &option);
    // Opens the first positional argument as a catalogue for reading; on failure prints the
    // reason (exit code 2 for the caller) and returns null.
    std::unique_ptr<CatalogueFile> openCatalogueForReading() const;

private:
    QString m_command;
};

} // namespace gkml::cli
