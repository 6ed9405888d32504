// Runs a fuzz target's entry point once on every file given (or found in the folders given),
// without libFuzzer: the CTest replay of the seed corpus and of every crasher kept in
// tests/fuzz/regressions/<target>/. A crasher that crashes again fails the test.
#include "FuzzCommon.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

int main(int argc, char *argv[])
{
    gkml::fuzz::ensureApplication();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
#ifdef GKML_FUZZ_INPUTS
    if (args.isEmpty())
        args = QString::fromUtf8(GKML_FUZZ_INPUTS).split(QLatin1Char('|'));
#endif
    int ran = 0;
    for (const QString &arg : std::as_const(args)) {
        QStringList files;
        if (!QFileInfo::exists(arg)) {
            // Git keeps no empty folders: a target without a kept crasher has no regressions/<target>.
            std::fprintf(stderr, "no inputs at %s (none kept yet)\n", qPrintable(arg));
            continue;
        }
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << arg;
        }
        files.sort();
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray data = f.readAll();
            std::fprintf(stderr, "replay %s (%lld bytes)\n", qPrintable(path),
                         static_cast<long long>(data.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                                   static_cast<size_t>(data.size()));
            ++ran;
        }
    }
    std::printf("%d inputs replayed without a crash\n", ran);
    // The seed corpus always holds inputs: replaying nothing means the paths are wrong.
    return ran > 0 ? 0 : 1;
}
