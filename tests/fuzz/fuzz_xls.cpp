// libFuzzer target: .xls import (XlsReader: FreeXL + BiffFormulaScanner, then TemplateMapper). The
// reader takes a path, so each input is written to one scratch file first (in /dev/shm when
// there is one).
#include "FuzzCommon.h"
#include "exchange/BiffFormulaScanner.h"
#include "exchange/XlsReader.h"

using namespace gkml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::inputBytes(data, size);
    BiffFormulaScanner::scan(bytes); // on its own too: it parses the compound file itself
    const QString path = fuzz::writeScratchFile(bytes, QStringLiteral("input.xls"));
    XlsReader::Limits limits;
    limits.maxCells = 200000;
    limits.maxTextChars = 4 * 1024 * 1024;
    const XlsReader::Result r = XlsReader::readFile(path, limits);
    fuzz::mapGrids(r);
    return 0;
}
