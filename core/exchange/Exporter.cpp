#include "Exporter.h"

#include "CsvWriter.h"
#include "DocxWriter.h"
#include "HtmlWriter.h"
#include "JsonWriter.h"
#include "XlsxWriter.h"
#include "util/NamedValues.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace gkml {

namespace {

// The first name of a format is its file suffix.
const NamedValues<ExportFormat> &formatNames()
{
    static const NamedValues<ExportFormat> names {
        { "xlsx", ExportFormat::Xlsx }, { "csv", ExportFormat::Csv },  { "json", ExportFormat::Json },
        { "html", ExportFormat::Html }, { "htm", ExportFormat::Html }, { "docx", ExportFormat::Docx },
    };
    return names;
}

} // namespace

std::optional<ExportFormat> Exporter::formatFromName(const QString &name)
{
    return formatNames().value(name.trimmed().toLower());
}

QString Exporter::suffix(ExportFormat format)
{
    return formatNames().name(format);
}

bool Exporter::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Exporter::tr("Cannot write \"%1\": %2").arg(path, f.errorString());
        return false;
    }
    if (f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = Exporter::tr("Writing \"%1\" failed: %2").arg(path, f.errorString());
        f.cancelWriting();
        return false;
    }
    return true;
}

QByteArray Exporter::bytes(const QList<Item> &items, const CatalogueInfo &info, ExportFormat format,
                           const ExportOptions &options, QString *error)
{
    switch (format) {
    case ExportFormat::Csv: return CsvWriter::write(items, options, error);
    case ExportFormat::Json: return JsonWriter::write(items, info, options);
    // xlsx and html are public tables: withheld items never go there (the writers drop them).
    case ExportFormat::Html: return HtmlWriter::write(items, info, options);
    case ExportFormat::Xlsx: return XlsxWriter::write(items, info, options, error);
    case ExportFormat::Docx: return DocxWriter::write(items, info, options, error);
    }
    if (error)
        *error = Exporter::tr("This version of GKML cannot write %1 files.").arg(suffix(format));
    return {};
}

bool Exporter::write(const QList<Item> &items, const CatalogueInfo &info, ExportFormat format,
                     const QString &path, const ExportOptions &options, QString *error)
{
    QString why;
    const QByteArray data = bytes(items, info, format, options, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    return writeFile(path, data, error);
}

} // namespace gkml
