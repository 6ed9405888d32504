// libFuzzer target: HTML table import (HtmlTableReader::read, then TemplateMapper), as pages are
// saved from county portals.
#include "FuzzCommon.h"
#include "exchange/HtmlTableReader.h"

using namespace gkml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::inputBytes(data, size);
    HtmlTableReader::Limits limits;
    limits.maxCells = 200000; // fast runs; spans are what the fuzzer should try to blow up
    const HtmlTableReader::Result r = HtmlTableReader::read(bytes, QStringLiteral("auto"), limits);
    fuzz::mapGrids(r);
    return 0;
}
