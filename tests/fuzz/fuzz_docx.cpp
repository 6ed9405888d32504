// libFuzzer target: .docx import (DocxReader: zip + one streaming XML pass, then TemplateMapper).
// Each input is written to one scratch file first (in /dev/shm when there is one).
#include "FuzzCommon.h"
#include "exchange/DocxReader.h"

using namespace gkml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::writeScratchFile(fuzz::inputBytes(data, size), QStringLiteral("input.docx"));
    DocxReader::Limits limits; // small limits keep each run fast; a bomb must hit them
    limits.maxDocumentBytes = 8 * 1024 * 1024;
    limits.maxCells = 200000;
    limits.maxTextChars = 4 * 1024 * 1024;
    const DocxReader::Result r = DocxReader::readFile(path, limits);
    if (!r.error.isEmpty())
        return 0;
    for (const TableGrid &g : r.grids) {
        for (const TableGrid::Merge &m : g.merges) {
            if (m.rowSpan < 1 || m.columnSpan < 1 || m.row < 0 || m.column < 0)
                __builtin_trap(); // every span marker must be settled
        }
    }
    fuzz::mapGrids(r);
    return 0;
}
