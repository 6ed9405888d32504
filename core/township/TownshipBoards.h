#pragma once

#include "print/SheetOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gkml {

class CatalogueFile;

// Prints every township's notice-board sheets in one go: one PDF per township, named after it
// (<folder>/城厢镇.pdf), from its derived catalogue (TownshipCatalogue). The GUI's "print all
// townships" uses it; gkml-cli print --all-townships does the same per township.
class TownshipBoards
{
    Q_DECLARE_TR_FUNCTIONS(TownshipBoards)
public:
    struct Result
    {
        QStringList written; // paths of the PDFs made
        QStringList skipped; // townships with no public item (no PDF made)
        QString error; // empty on success; a PDF already written stays
    };
    static Result printAll(CatalogueFile &file, const SheetOptions &options, const QString &folder);
};

} // namespace gkml
