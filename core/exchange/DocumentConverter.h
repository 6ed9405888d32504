#pragma once

#include <QCoreApplication>
#include <QString>

namespace gkml {

// Converts the office formats GKML does not read itself (.doc and .wps to .docx, .et to .xlsx)
// with LibreOffice, when it is installed: `soffice --headless --convert-to`, in a private
// profile and a temporary folder, with a time limit. The original file is only read. The
// converted file is then imported like any other (same checks, same messages).
class DocumentConverter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentConverter)
public:
    // The soffice program, or empty. GKML_SOFFICE overrides the search (tests, odd installs).
    static QString findLibreOffice();
    // True for the suffixes LibreOffice can turn into a format GKML reads.
    static bool canConvert(const QString &suffix);
    // "docx" or "xlsx": what `suffix` is converted to.
    static QString targetSuffix(const QString &suffix);
    // Converts `path` into `outputDir`; returns the converted file, or empty with *error set.
    static QString convert(const QString &path, const QString &outputDir, int timeoutMs, QString *error);
};

} // namespace gkml
