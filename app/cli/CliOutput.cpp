#include "CliOutput.h"

#include <cstdio>

namespace gkml::cli {

void CliOutput::out(const QString &text)
{
    outBytes(text.toUtf8());
}

void CliOutput::outLine(const QString &text)
{
    outBytes(text.toUtf8() + '\n');
}

void CliOutput::outBytes(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    fflush(stdout);
}

int CliOutput::error(const QString &message, int exitCode)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = QByteArrayLiteral("gkml-cli: ") + line.toUtf8() + '\n';
    fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    fflush(stderr);
    return exitCode;
}

} // namespace gkml::cli
