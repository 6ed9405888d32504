// libFuzzer target: .xlsx import (XlsxReader: zip + XML, then TemplateMapper). The reader takes a
// path, so each input is written to one scratch file first (in /dev/shm when there is one).
#include "FuzzCommon.h"
#include "exchange/TemplateMapper.h"
#include "exchange/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace gkml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                     ? QStringLiteral("/dev/shm/gkml-fuzz-XXXXXX")
                                     : QDir::tempPath() + QStringLiteral("/gkml-fuzz-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("input.xlsx"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    // Small limits keep each run fast; the limits themselves are what a zip bomb must hit.
    XlsxReader::Limits limits;
    limits.maxEntryBytes = 8 * 1024 * 1024;
    limits.maxCells = 200000;
    limits.maxStrings = 100000;
    limits.maxTextChars = 4 * 1024 * 1024;
    const XlsxReader::Result r = XlsxReader::readFile(path, limits);
    if (!r.error.isEmpty())
        return 0;
    const ImportResult mapped = TemplateMapper::map(r.grids, ImportOptions());
    if (!mapped.ok() && !mapped.items.isEmpty())
        __builtin_trap();
    return 0;
}
