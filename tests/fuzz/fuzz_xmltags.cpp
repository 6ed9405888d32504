// libFuzzer target: XmlTagScanner, the one parser of every .xlsx part, on raw bytes (fuzz_xlsx
// mostly stops at the zip layer). The first byte picks how many bytes each read hands out, so
// tags, entities and CDATA fall across the scanner's refills. Any crash, sanitizer report, hang
// or a scan that stops advancing is a bug.
#include "FuzzCommon.h"
#include "TrickleDevice.h"
#include "exchange/XmlTagScanner.h"

using namespace gkml;
using gkml::test::TrickleDevice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    if (size < 1)
        return 0;
    const QByteArray bytes = fuzz::inputBytes(data, size, 1);
    TrickleDevice device(bytes, 1 + data[0] % 64);
    XmlTagScanner scanner(&device);
    XmlTagScanner::Tag tag;
    qsizetype tags = 0;
    while (scanner.next(&tag) == XmlTagScanner::Next::Tag) {
        // Every tag takes at least "<x>" of the input: more tags than that means no progress.
        if (++tags > bytes.size() / 3 + 1 || tag.name.isEmpty())
            __builtin_trap();
        bool ok = false;
        const QString text = scanner.text(&ok);
        if (!ok && !text.isEmpty())
            __builtin_trap();
        XmlTagScanner::attribute(tag.attributes, "r");
        XmlTagScanner::attributeText(tag.attributes, "name");
        if (scanner.lineNumber() < 1)
            __builtin_trap();
    }
    return 0;
}
