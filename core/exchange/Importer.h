#pragma once

#include "ImportResult.h"

namespace gkml {

// Reads a catalogue from a file a county office has: .csv (.txt), .xlsx, .xls, .docx, .html/.htm,
// or a GKML .json export; .doc/.wps/.et/.ods through LibreOffice when asked. The format follows the file
// name's extension.
class Importer
{
public:
    static ImportResult read(const QString &path, const ImportOptions &options);
    static QStringList supportedSuffixes();
    // True when `path` is a format only LibreOffice can open for GKML (.doc, .wps, .et, .ods)
    // and LibreOffice is installed: the caller may offer to convert it (ImportOptions).
    static bool canConvert(const QString &path);
};

} // namespace gkml
