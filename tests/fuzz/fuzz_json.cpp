// libFuzzer target: GKML's own JSON export read back (JsonReader::read).
#include "FuzzCommon.h"
#include "exchange/JsonReader.h"

using namespace gkml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::inputBytes(data, size);
    const ImportResult r = JsonReader::read(bytes, ImportOptions());
    if (!r.ok() && !r.items.isEmpty())
        __builtin_trap();
    return 0;
}
