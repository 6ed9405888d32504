// libFuzzer target: .xlsx import (XlsxReader: zip + XML, then TemplateMapper). The reader takes a
// path, so each input is written to one scratch file first (in /dev/shm when there is one).
#include "FuzzCommon.h"
#include "exchange/XlsxReader.h"

using namespace gkml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::writeScratchFile(fuzz::inputBytes(data, size), QStringLiteral("input.xlsx"));
    // Small limits keep each run fast; the limits themselves are what a zip bomb must hit.
    XlsxReader::Limits limits;
    limits.maxEntryBytes = 8 * 1024 * 1024;
    limits.maxCells = 200000;
    limits.maxStrings = 100000;
    limits.maxTextChars = 4 * 1024 * 1024;
    const XlsxReader::Result r = XlsxReader::readFile(path, limits);
    fuzz::mapGrids(r);
    return 0;
}
