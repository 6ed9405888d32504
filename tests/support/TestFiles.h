#pragma once

// Files and processes in tests: checksums ("bad input leaves the file untouched"), fixture paths,
// and running gkml-cli as a clerk's script would.
#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace gkml::test {

// A file under tests/fixtures, e.g. fixture("samples/anxi-shehui-jiuzhu.xlsx").
inline QString fixture(const QString &relativePath)
{
    return QStringLiteral(GKML_FIXTURES "/") + relativePath;
}

// The sample catalogues of 安溪县民政局 (tests/fixtures/samples/), and the real layouts of other
// counties the readers must take (tests/fixtures/exchange/).
inline const QString kSamples = QStringLiteral(GKML_FIXTURES "/samples/");
inline const QString kExchangeFixtures = QStringLiteral(GKML_FIXTURES "/exchange/");

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The sha256 of a file (empty when it cannot be read): "bad input leaves the file untouched".
inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The same as hex digits, as packages and editions record it.
inline QByteArray sha256Hex(const QString &path)
{
    return sha256(path).toHex();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A process that stays alive until it is killed (it waits on its standard input): a live process
// id that is not the test's own, for the lock of "another editor".
inline void startIdleProcess(QProcess &process)
{
#ifdef Q_OS_WIN
    process.start(QStringLiteral("cmd.exe"), { QStringLiteral("/c"), QStringLiteral("pause") });
#else
    process.start(QStringLiteral("cat"), {});
#endif
}

// The lock file another editor keeps beside the catalogue at `catalogue`: `user` on `host` as
// process `pid`, holding it since `heartbeat` and beating then (by default now: still at work).
inline bool writeEditorLock(const QString &catalogue, const QString &user, const QString &host, qint64 pid,
                            const QDateTime &heartbeat = QDateTime::currentDateTimeUtc())
{
    const QString at = heartbeat.toString(Qt::ISODate);
    const QJsonObject lock { { QStringLiteral("user"), user },
                             { QStringLiteral("host"), host },
                             { QStringLiteral("pid"), pid },
                             { QStringLiteral("since"), at },
                             { QStringLiteral("heartbeat"), at } };
    return writeFile(catalogue + QStringLiteral(".lock"), QJsonDocument(lock).toJson());
}

// A file of `size` zero bytes (sparse where the file system allows): a photo too large, say.
inline bool writeFileOfSize(const QString &path, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.resize(size);
}

// The text layer of a pdf (pdftotext from poppler-utils, which the tests need).
inline QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext (poppler-utils) is needed and failed");
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A gkml-cli run with its streams as text.
struct CliText
{
    int exitCode = -1;
    QString out;
    QString err;
};

// One gkml-cli run: exit code (-1 when it crashed or hung) and both streams.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    CliText text() const { return { exitCode, outText(), errText() }; }
};

// How to run gkml-cli: the language ("en" sets GKML_LANG=en; empty is the default, Chinese),
// more environment (a variable set to an empty string is set empty, not removed), variables it
// must do without, the working folder, how long it may take.
struct CliOptions
{
    QString language;
    QList<QPair<QString, QString>> environment;
    QStringList unset;
    QString workingDirectory;
    int timeoutMs = 120000;
};

inline CliRun runCli(const QStringList &args, const CliOptions &options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GKML_LANG"));
    env.remove(QStringLiteral("LANGUAGE"));
    if (!options.language.isEmpty())
        env.insert(QStringLiteral("GKML_LANG"), options.language);
    for (const auto &[name, value] : options.environment)
        env.insert(name, value);
    for (const QString &name : options.unset)
        env.remove(name);
    p.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    p.start(QStringLiteral(GKML_CLI_PATH), args);
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return { -1, p.readAllStandardOutput(), p.readAllStandardError() + "\ngkml-cli timed out" };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

// Runs gkml-cli with `args`; language "en" (GKML_LANG=en) or empty for the default (Chinese).
inline CliRun runCli(const QStringList &args, const QString &language = QString())
{
    CliOptions options;
    options.language = language;
    return runCli(args, options);
}

// No user data folders (XDG): gkml-cli sees only what is built in and what `environment` names.
inline QList<QPair<QString, QString>> withoutUserData(QList<QPair<QString, QString>> environment = {})
{
    environment.append({ QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent") });
    environment.append({ QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/nonexistent") });
    return environment;
}

// With the English source messages, which the tests compare against, and more environment.
inline CliRun runCliEnglish(const QStringList &args, const QList<QPair<QString, QString>> &environment = {},
                            int timeoutMs = 120000)
{
    CliOptions options;
    options.language = QStringLiteral("en");
    options.environment = environment;
    options.timeoutMs = timeoutMs;
    return runCli(args, options);
}

} // namespace gkml::test
