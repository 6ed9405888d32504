#pragma once

#include <QCoreApplication>

#include "ImportResult.h"

namespace gkml {

// Reads a catalogue from a file a county office has: .csv (.txt), .xlsx, .html/.htm, or a GKML
// .json export. The format follows the file name's extension.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    static ImportResult read(const QString &path, const ImportOptions &options);
    static QStringList supportedSuffixes();
};

} // namespace gkml
