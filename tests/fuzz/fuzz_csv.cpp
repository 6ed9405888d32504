// libFuzzer target: CSV import (CsvReader::readBytes -> TemplateMapper::map), the path every
// .csv a clerk picks goes through. Any crash, sanitizer report, or hang is a bug.
#include "FuzzCommon.h"
#include "exchange/CsvReader.h"
#include "exchange/TemplateMapper.h"

using namespace gkml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    // The first byte picks the encoding the clerk chose; the rest is the file.
    if (size < 1)
        return 0;
    static const char *const encodings[] = { "auto", "utf-8", "gb18030" };
    const QString encoding = QString::fromLatin1(encodings[data[0] % 3]);
    const QByteArray bytes = fuzz::inputBytes(data, size, 1);
    const CsvReader::Result csv = CsvReader::readBytes(bytes, encoding);
    if (!csv.error.isEmpty())
        return 0;
    ImportOptions options;
    options.domain = (data[0] & 0x10) ? QStringLiteral("社会救助") : QString();
    const ImportResult r = TemplateMapper::map({ csv.grid }, options);
    // An import is all rows or none: a failed import carries no items.
    if (!r.ok() && !r.items.isEmpty())
        __builtin_trap();
    // Every item gets a display order >= 1 (an empty 序号 after 2147483647 used to overflow).
    for (const Item &it : r.items) {
        if (it.seq < 1)
            __builtin_trap();
    }
    return 0;
}
