#include "Importer.h"

#include "CsvReader.h"
#include "HtmlTableReader.h"
#include "JsonReader.h"
#include "TemplateMapper.h"
#include "TextDecoder.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace gkml {

namespace { } // namespace

QStringList Importer::supportedSuffixes()
{
    return { QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("txt"),
             QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("json") };
}

ImportResult Importer::read(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        result.error = Importer::tr("The file \"%1\" does not exist.").arg(fi.fileName());
        return result;
    }
    if (!fi.isFile()) {
        result.error = Importer::tr("\"%1\" is a folder, not a file.").arg(fi.fileName());
        return result;
    }
    if (!TextDecoder::isKnownEncoding(options.encoding)) {
        result.error
                = Importer::tr("Unknown encoding \"%1\"; use auto, utf-8 or gb18030.").arg(options.encoding);
        return result;
    }
    const QString suffix = fi.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        CsvReader::Result csv = CsvReader::readFile(path, options.encoding);
        if (!csv.error.isEmpty()) {
            result.error = csv.error;
            return result;
        }
        result = TemplateMapper::map({ csv.grid }, options);
        result.encoding = csv.encoding;
        return result;
    }
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")
        || suffix == QLatin1String("xls")) {
        const XlsxReader::Result xlsx = XlsxReader::readFile(path);
        if (!xlsx.error.isEmpty()) {
            result.error = xlsx.error;
            return result;
        }
        result = TemplateMapper::map(xlsx.grids, options);
        result.warnings = xlsx.warnings + result.warnings;
        return result;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("shtml")) {
        const HtmlTableReader::Result html = HtmlTableReader::readFile(path, options.encoding);
        if (!html.error.isEmpty()) {
            result.error = html.error;
            return result;
        }
        result = TemplateMapper::map(html.grids, options);
        result.warnings = html.warnings + result.warnings;
        result.encoding = html.encoding;
        return result;
    }
    if (suffix == QLatin1String("json")) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            result.error = Importer::tr("Cannot open the file: %1").arg(f.errorString());
            return result;
        }
        return JsonReader::read(f.readAll(), options);
    }
    result.error = Importer::tr("GKML cannot read \"%1\" files; use .xlsx, .csv or .html.").arg(suffix);
    return result;
}

} // namespace gkml
