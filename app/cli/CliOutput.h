#pragma once

#include <QByteArray>
#include <QString>

namespace gkml::cli {

// stdout/stderr helpers: UTF-8 always (Windows consoles are switched to UTF-8 in main()).
class CliOutput
{
public:
    static void out(const QString &text); // adds nothing
    static void outLine(const QString &text); // adds a newline
    static void outBytes(const QByteArray &bytes);
    // One line on stderr, prefixed "gkml-cli: "; returns exit code 2 for `return usageError(...)`.
    static int error(const QString &message, int exitCode = 2);
};

} // namespace gkml::cli
