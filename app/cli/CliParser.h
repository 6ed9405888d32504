#pragma once

#include "catalogue/CatalogueFile.h"

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <memory>
#include <optional>

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

    // The options several commands share, declared once.
    void addJsonOption(); // --json
    void addOutputOption(const QString &description, const QString &valueName); // -o, --output
    void addDateOption(const QString &name, const QString &description); // read with dateOption()

    // Opens the first positional argument as a catalogue; on failure prints the reason (exit
    // code 2 for the caller) and returns null.
    std::unique_ptr<CatalogueFile> openCatalogue(CatalogueFile::OpenMode mode
                                                 = CatalogueFile::OpenMode::ReadOnly) const;
    // The commands that take exactly one catalogue and only read it: parseArgs(args, 1, 1), then
    // openCatalogue(); null after printing why.
    std::unique_ptr<CatalogueFile> parseAndOpen(const QStringList &args);
    // Every item of the file; nothing after printing why it could not be read to its end (an
    // export, a check or a print of part of the catalogue would pass for the whole).
    static std::optional<QList<Item>> readItems(const CatalogueFile &file);

    // Reads a YYYY-MM-DD option into *date, left as is when the option is absent; false after
    // printing "COMMAND: "X" is not a date" when it is not one.
    bool dateOption(const QString &option, QDate *date) const;
    // Reads an option with a fixed set of values through `parse` into *target, left as is when
    // the option is absent; false after printing `invalid` when the value is not one of them.
    template<typename T>
    bool choiceOption(const QString &option, std::optional<T> (*parse)(const QString &), T *target,
                      const QString &invalid) const
    {
        if (!isSet(option))
            return true;
        const std::optional<T> parsed = parse(value(option));
        if (!parsed)
            return fail(invalid);
        *target = *parsed;
        return true;
    }

private:
    static bool fail(const QString &message); // prints it, returns false

    QString m_command;
};

} // namespace gkml::cli
