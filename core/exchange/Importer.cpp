#include "Importer.h"

#include "CsvReader.h"
#include "DocumentConverter.h"
#include "DocxReader.h"
#include "HtmlTableReader.h"
#include "JsonReader.h"
#include "TemplateMapper.h"
#include "TextDecoder.h"
#include "XlsReader.h"
#include "XlsxReader.h"
#include "standard/Standard.h"
#include "standard/StandardLibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

namespace gkml {

namespace { } // namespace

QStringList Importer::supportedSuffixes()
{
    return { QStringLiteral("xlsx"), QStringLiteral("xls"),  QStringLiteral("docx"), QStringLiteral("csv"),
             QStringLiteral("txt"),  QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("json") };
}

bool Importer::canConvert(const QString &path)
{
    return DocumentConverter::canConvert(QFileInfo(path).suffix())
            && !DocumentConverter::findLibreOffice().isEmpty();
}

namespace {

// The first bytes decide between the two Excel formats: offices rename .xls files to .xlsx and
// back, and portals serve either under either name.
QByteArray fileMagic(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(8) : QByteArray();
}

ImportResult mapGrids(QList<TableGrid> grids, const QStringList &warnings, const ImportOptions &options)
{
    ImportResult result = TemplateMapper::map(std::move(grids), options);
    result.warnings = warnings + result.warnings;
    return result;
}

} // namespace

namespace {

// A domain name no catalogue uses: marks the items whose domain nothing in the file named.
const QString kPendingDomain = QStringLiteral("\x01pending-domain");

// The one domain whose standard items (any installed standard) the rows' 一级/二级事项 match;
// empty when no row matches or rows match items of several domains.
QString domainFromRows(const QList<Item> &items)
{
    QHash<QString, QSet<QString>> domainsByName; // nameKey(一级)|nameKey(二级) -> domains
    for (const Standard *standard : StandardLibrary::instance().latest()) {
        for (const StandardItem &si : standard->items())
            domainsByName[Standard::nameKey(si.level1) + QLatin1Char('|') + Standard::nameKey(si.level2)]
                    .insert(si.domain);
    }
    QSet<QString> matched;
    for (const Item &item : items) {
        const auto it = domainsByName.constFind(Standard::nameKey(item.level1) + QLatin1Char('|')
                                                + Standard::nameKey(item.level2));
        if (it != domainsByName.constEnd())
            matched.unite(*it);
    }
    return matched.size() == 1 ? *matched.cbegin() : QString();
}

} // namespace

ImportResult Importer::read(const QString &path, const ImportOptions &options)
{
    ImportResult result = readNamed(path, options);
    if (result.ok() || !options.domain.trimmed().isEmpty())
        return result;
    // Nothing named the domain (no 领域 column, title, sheet or file name)? The rows may: read
    // again with a placeholder and look their names up in the installed standards.
    ImportOptions probe = options;
    probe.domain = kPendingDomain;
    ImportResult pending = readNamed(path, probe);
    if (!pending.ok())
        return result;
    const QString domain = domainFromRows(pending.items);
    bool anyPending = false;
    for (Item &item : pending.items) {
        if (item.domain == kPendingDomain) {
            anyPending = true;
            item.domain = domain;
        }
    }
    if (!anyPending || domain.isEmpty())
        return result; // another error, or the rows do not decide it: today's clear message stays
    pending.layout += QStringLiteral("; ")
            + tr("domain %1 from the items, which match the standard items of that domain only").arg(domain);
    return pending;
}

ImportResult Importer::readNamed(const QString &path, const ImportOptions &options)
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
    ImportOptions named = options;
    if (named.sourceName.isEmpty())
        named.sourceName = fi.completeBaseName();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        CsvReader::Result csv = CsvReader::readFile(path, options.encoding);
        if (!csv.error.isEmpty()) {
            result.error = csv.error;
            return result;
        }
        QList<TableGrid> grids; // moved, not copied: the mapper frees each row once it is an item
        grids.append(std::move(csv.grid));
        result = TemplateMapper::map(std::move(grids), named);
        result.encoding = csv.encoding;
        return result;
    }
    if (suffix == QLatin1String("pdf")) {
        result.error = Importer::tr(
                "GKML cannot read a PDF: its tables are only drawn lines and text. Ask for the "
                "catalogue as an Excel or Word file (.xlsx, .xls, .docx), or save it in that form, "
                "then import that file.");
        return result;
    }
    if (DocumentConverter::canConvert(suffix)) {
        const bool haveLibreOffice = !DocumentConverter::findLibreOffice().isEmpty();
        const QString target = DocumentConverter::targetSuffix(suffix);
        if (!options.convertWithLibreOffice || !haveLibreOffice) {
            result.error = haveLibreOffice
                    ? tr("GKML cannot read .%1 files itself. Open \"%2\" in Word, WPS or Excel and save it "
                         "as "
                         ".%3, or let LibreOffice, which is installed, convert it (in gkml-cli: import "
                         "--convert).")
                              .arg(suffix, fi.fileName(), target)
                    : tr("GKML cannot read .%1 files. Open \"%2\" in Word, WPS or Excel and save it as .%3, "
                         "then import that file.")
                              .arg(suffix, fi.fileName(), target);
            return result;
        }
        QTemporaryDir dir;
        if (!dir.isValid()) {
            result.error = tr("No temporary folder for the conversion: %1").arg(dir.errorString());
            return result;
        }
        QString error;
        const QString converted
                = DocumentConverter::convert(path, dir.path(), options.convertTimeoutMs, &error);
        if (converted.isEmpty()) {
            result.error = error;
            return result;
        }
        ImportOptions again = options;
        again.convertWithLibreOffice = false;
        result = read(converted, again);
        if (result.ok())
            result.warnings.prepend(tr("\"%1\" was converted to .%2 by LibreOffice before import; check the "
                                       "items against the original.")
                                            .arg(fi.fileName(), target));
        return result;
    }
    if (suffix == QLatin1String("docx")) {
        DocxReader::Result docx = DocxReader::readFile(path);
        if (!docx.error.isEmpty()) {
            result.error = docx.error;
            return result;
        }
        return mapGrids(std::move(docx.grids), docx.warnings, named);
    }
    const bool ole2 = fileMagic(path).startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    if ((suffix == QLatin1String("xls") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        && ole2) {
        XlsReader::Result xls = XlsReader::readFile(path);
        if (!xls.error.isEmpty()) {
            result.error = xls.error;
            return result;
        }
        return mapGrids(std::move(xls.grids), xls.warnings, named);
    }
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")
        || suffix == QLatin1String("xls")) {
        XlsxReader::Result xlsx = XlsxReader::readFile(path);
        if (!xlsx.error.isEmpty()) {
            result.error = xlsx.error;
            return result;
        }
        result = TemplateMapper::map(std::move(xlsx.grids), named);
        result.warnings = xlsx.warnings + result.warnings;
        return result;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("shtml")) {
        HtmlTableReader::Result html = HtmlTableReader::readFile(path, options.encoding);
        if (!html.error.isEmpty()) {
            result.error = html.error;
            return result;
        }
        result = TemplateMapper::map(std::move(html.grids), named);
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
    // Named by the file, not its suffix: a file without one ("名单") showed as “”.
    result.error = Importer::tr("GKML cannot read \"%1\": use an .xlsx, .xls, .docx, .csv or .html file.")
                           .arg(QFileInfo(path).fileName());
    return result;
}

} // namespace gkml
