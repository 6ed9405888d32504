// libFuzzer target: .xls import (XlsReader: FreeXL + BiffFormulaScanner, then TemplateMapper). The
// reader takes a path, so each input is written to one scratch file first (in /dev/shm when
// there is one).
#include "FuzzCommon.h"
#include "exchange/BiffFormulaScanner.h"
#include "exchange/TemplateMapper.h"
#include "exchange/XlsReader.h"

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
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    BiffFormulaScanner::scan(bytes); // on its own too: it parses the compound file itself
    const QString path = dir.filePath(QStringLiteral("input.xls"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        f.write(bytes);
    }
    XlsReader::Limits limits;
    limits.maxCells = 200000;
    limits.maxTextChars = 4 * 1024 * 1024;
    const XlsReader::Result r = XlsReader::readFile(path, limits);
    if (!r.error.isEmpty())
        return 0;
    const ImportResult mapped = TemplateMapper::map(r.grids, ImportOptions());
    if (!mapped.ok() && !mapped.items.isEmpty())
        __builtin_trap();
    return 0;
}
