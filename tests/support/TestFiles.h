#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace gkml::test {

// The sha256 of a file (empty when it cannot be read): "bad input leaves the file untouched".
inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// One gkml-cli run: exit code and both streams.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs gkml-cli with `args`; language "en" (GKML_LANG=en) or empty for the default (Chinese).
inline CliRun runCli(const QStringList &args, const QString &language = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GKML_LANG"));
    env.remove(QStringLiteral("LANGUAGE"));
    if (!language.isEmpty())
        env.insert(QStringLiteral("GKML_LANG"), language);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GKML_CLI_PATH), args);
    p.waitForFinished(120000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace gkml::test
