// libFuzzer target: the lossless round trip DESIGN.md promises ("csv and json exports carry every
// field, so a round trip is lossless"). Whatever a CSV or JSON import accepts is exported and
// imported once (the import normalises: a channel outside the vocabulary becomes "其他：…",
// which JsonReader does not do), then that must come back unchanged through export -> import in
// both formats. A difference aborts (a finding, not a crash).
#include "FuzzCommon.h"
#include "exchange/CsvReader.h"
#include "exchange/Exporter.h"
#include "exchange/JsonReader.h"
#include "exchange/TemplateMapper.h"

#include <cstdio>

using namespace gkml;

namespace {

QList<Item> withoutIds(QList<Item> items)
{
    for (Item &it : items)
        it.id = 0;
    return items;
}

void expectSame(const QList<Item> &a, const QList<Item> &b, const char *what)
{
    if (withoutIds(a) == withoutIds(b))
        return;
    std::fprintf(stderr, "round trip through %s changed the items (%lld -> %lld)\n", what,
                 static_cast<long long>(a.size()), static_cast<long long>(b.size()));
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        for (const FieldInfo &fi : ItemFields::all()) {
            if (a.at(i).value(fi.field) != b.at(i).value(fi.field)) {
                std::fprintf(stderr, "item %lld field %s: [%s] -> [%s]\n", static_cast<long long>(i), fi.key,
                             qPrintable(a.at(i).value(fi.field).toStringList().join(QLatin1Char('|'))),
                             qPrintable(b.at(i).value(fi.field).toStringList().join(QLatin1Char('|'))));
            }
        }
    }
    std::abort();
}

QList<Item> readBack(const QByteArray &bytes, ExportFormat format)
{
    ImportOptions options;
    if (format == ExportFormat::Json)
        return JsonReader::read(bytes, options).items;
    const CsvReader::Result csv = CsvReader::readBytes(bytes, QStringLiteral("auto"));
    return TemplateMapper::map({ csv.grid }, options).items;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    if (size < 1)
        return 0;
    const QByteArray bytes = fuzz::inputBytes(data, size, 1);
    ImportResult first;
    if (data[0] & 1) {
        first = JsonReader::read(bytes, ImportOptions());
    } else {
        const CsvReader::Result csv = CsvReader::readBytes(bytes, QStringLiteral("auto"));
        if (!csv.error.isEmpty())
            return 0;
        ImportOptions options;
        options.domain = QStringLiteral("社会救助");
        first = TemplateMapper::map({ csv.grid }, options);
    }
    if (!first.ok())
        return 0;
    ExportOptions options;
    options.includeWithheld = true; // a working copy carries every item
    for (ExportFormat format : { ExportFormat::Csv, ExportFormat::Json }) {
        QString error;
        const QByteArray once = Exporter::bytes(first.items, CatalogueInfo(), format, options, &error);
        if (!error.isEmpty())
            continue;
        const QList<Item> normalised = readBack(once, format);
        const QByteArray twice = Exporter::bytes(normalised, CatalogueInfo(), format, options, &error);
        expectSame(normalised, readBack(twice, format), format == ExportFormat::Csv ? "csv" : "json");
    }
    return 0;
}
