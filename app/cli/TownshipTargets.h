#pragma once

#include "catalogue/Township.h"

#include <QList>
#include <QString>

namespace gkml {
class CatalogueFile;
}

namespace gkml::cli {

class CliParser;

// `--township NAME | --all-townships` of print, export and package (DESIGN.md "Townships"):
// which townships to make an output for and where each one goes.
class TownshipTargets
{
public:
    struct Target
    {
        Township township;
        QString output; // the file to write
    };

    static void addOptions(CliParser &parser);
    static bool requested(const CliParser &parser);
    // Resolves the townships and their output paths: one named file for --township (a folder
    // gets <name><suffix>), <folder>/<name><suffix> for each with --all-townships (the folder is
    // made when its parent exists). Returns 0, or the exit code after printing the reason;
    // nothing is written then.
    static int resolve(const CliParser &parser, CatalogueFile &file, const QString &command,
                       const QString &output, const QString &suffix, QList<Target> *targets);
};

} // namespace gkml::cli
