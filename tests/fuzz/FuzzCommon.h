#pragma once

// Shared by every fuzz target: a QCoreApplication (translations, codecs) created once, the
// scratch file of the readers that take a path, the check on mapped tables, and the entry point
// both libFuzzer and the CTest replay runner (FuzzReplayMain.cpp) call.
#include "exchange/TemplateMapper.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

namespace gkml::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "gkml-fuzz";
    static char *argv[] = { name, nullptr };
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives until the process ends
}

// libFuzzer's input as bytes (from `offset` on: the targets that read a first byte as a choice).
inline QByteArray inputBytes(const uint8_t *data, size_t size, size_t offset = 0)
{
    return QByteArray(reinterpret_cast<const char *>(data + offset), static_cast<qsizetype>(size - offset));
}

// The input written to the scratch file `name` (one folder per process, in /dev/shm when there is
// one), for the readers that take a path.
inline QString writeScratchFile(const QByteArray &bytes, const QString &name)
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                     ? QStringLiteral("/dev/shm/gkml-fuzz-XXXXXX")
                                     : QDir::tempPath() + QStringLiteral("/gkml-fuzz-XXXXXX"));
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        __builtin_trap();
    f.write(bytes);
    return path;
}

// The tables a reader found (none when it refused the input), mapped onto the template: a failed
// mapping never returns items.
template<typename ReadResult> void mapGrids(const ReadResult &read)
{
    if (!read.error.isEmpty())
        return;
    const ImportResult mapped = TemplateMapper::map(read.grids, ImportOptions());
    if (!mapped.ok() && !mapped.items.isEmpty())
        __builtin_trap();
}

} // namespace gkml::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
