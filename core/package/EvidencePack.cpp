#include "EvidencePack.h"

#include "PackageManifest.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "exchange/FormulaGuard.h"
#include "print/SheetOptions.h"
#include "print/SheetRenderer.h"
#include "publish/InspectionReport.h"
#include "publish/InspectionXlsx.h"
#include "util/ZipArchive.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace gkml {

namespace {

QString csvField(const QString &text)
{
    QString t = FormulaGuard::escape(text);
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

QString safeName(const QString &name)
{
    QString s;
    for (const QChar c : name)
        s += (c.unicode() < 32 || QStringLiteral("/\\:*?\"<>|").contains(c)) ? QChar(u'_') : c;
    s = s.trimmed();
    if (s.isEmpty() || s == QLatin1String(".") || s == QLatin1String(".."))
        s = QStringLiteral("file");
    return s;
}

} // namespace

std::optional<QByteArray> EvidencePack::build(CatalogueFile &file, const WorkCalendar &calendar,
                                              const QDate &asOf, QString *error)
{
    const CatalogueInfo info = file.info();
    QList<Item> publicItems;
    QHash<qint64, const Item *> byId;
    bool read = false;
    const QList<Item> all = file.items(&read);
    if (!read) {
        *error = file.errorString();
        return std::nullopt;
    }
    for (const Item &item : all)
        if (!item.withheld)
            publicItems.append(item);
    for (const Item &item : std::as_const(publicItems))
        byId.insert(item.id, &item);

    QList<ZipEntry> entries;
    // catalogue.pdf
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("the PDF needs the graphical part of Qt (QGuiApplication)");
        return std::nullopt;
    }
    QTemporaryDir temp;
    const QString pdfPath = temp.filePath(QStringLiteral("catalogue.pdf"));
    SheetOptions sheet;
    sheet.qrUrl = info.portalUrl;
    if (!SheetRenderer::writePdf(publicItems, info, sheet, pdfPath, error))
        return std::nullopt;
    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly)) {
        *error = tr("The catalogue PDF could not be made.");
        return std::nullopt;
    }
    entries.append({ QStringLiteral("catalogue.pdf"), pdf.readAll() });

    // publication-log.csv and evidence/
    PublicationStore store(file);
    const auto records = store.allRecords();
    const auto evidence = store.allEvidence();
    QString log = QStringLiteral("\uFEFF");
    const QStringList header { tr("Item"),   tr("Domain"),  tr("Level 1"),      tr("Level 2"),
                               tr("Office"), tr("Channel"), tr("Published on"), tr("Event on"),
                               tr("Where"),  tr("Evidence") };
    for (const QString &h : header)
        log += csvField(h) + (h == header.last() ? QStringLiteral("\r\n") : QStringLiteral(","));
    int recordCount = 0, evidenceCount = 0;
    QSet<QString> names;
    for (const Item &item : std::as_const(publicItems)) {
        for (const PublicationRecord &r : records.value(item.id)) {
            ++recordCount;
            QStringList files;
            for (const EvidenceFile &e : evidence.value(r.id)) {
                QString path = QStringLiteral("evidence/%1-%2").arg(r.id).arg(safeName(e.name));
                for (int n = 2; names.contains(path); ++n)
                    path = QStringLiteral("evidence/%1-%2-%3").arg(r.id).arg(n).arg(safeName(e.name));
                names.insert(path);
                entries.append({ path, store.evidenceData(e.id) });
                files.append(path);
                ++evidenceCount;
            }
            const QStringList row { QString::number(item.id),
                                    item.domain,
                                    item.level1,
                                    item.level2,
                                    item.department,
                                    r.channel,
                                    r.publishedOn.toString(Qt::ISODate),
                                    r.eventOn.toString(Qt::ISODate),
                                    r.where,
                                    files.join(QStringLiteral("; ")) };
            for (int i = 0; i < row.size(); ++i)
                log += csvField(row.at(i))
                        + (i + 1 == row.size() ? QStringLiteral("\r\n") : QStringLiteral(","));
        }
    }
    entries.append({ QStringLiteral("publication-log.csv"), log.toUtf8() });

    // The inspection report (withheld items are not in it).
    InspectionReport::Options options;
    options.asOf = asOf;
    const InspectionReport report = InspectionReport::build(file, calendar, options);
    entries.append({ QStringLiteral("inspection.json"),
                     QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented) });
    entries.append({ QStringLiteral("inspection.txt"), report.toText().toUtf8() });
    // The same report as the county's workbook (问题清单, counts, 五公开), for the assessors.
    const QByteArray workbook = InspectionXlsx::toXlsx(report, error);
    if (workbook.isEmpty())
        return std::nullopt;
    entries.append({ QStringLiteral("inspection.xlsx"), workbook });

    QJsonArray files;
    for (const ZipEntry &e : std::as_const(entries))
        files.append(QJsonObject { { QStringLiteral("path"), e.name },
                                   { QStringLiteral("bytes"), qint64(e.data.size()) },
                                   { QStringLiteral("sha256"), PackageManifest::sha256Hex(e.data) } });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject manifest { { QStringLiteral("format"), QString::fromLatin1(kFormat) },
                                 { QStringLiteral("formatVersion"), kFormatVersion },
                                 { QStringLiteral("unit"), info.unit },
                                 { QStringLiteral("asOf"), asOf.toString(Qt::ISODate) },
                                 { QStringLiteral("generatedAt"), now.toString(Qt::ISODate) },
                                 { QStringLiteral("generator"),
                                   QStringLiteral("GKML %1").arg(QStringLiteral(GKML_VERSION)) },
                                 { QStringLiteral("itemCount"), int(publicItems.size()) },
                                 { QStringLiteral("recordCount"), recordCount },
                                 { QStringLiteral("evidenceCount"), evidenceCount },
                                 { QStringLiteral("files"), files } };
    entries.prepend(
            { QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented) });
    return ZipArchive::write(entries, now, error);
}

QStringList EvidencePack::verify(const QByteArray &zip, bool *unreadable)
{
    *unreadable = false;
    QString error;
    const auto entries = ZipArchive::read(zip, &error);
    if (!entries) {
        *unreadable = true;
        return { error };
    }
    QHash<QString, QByteArray> content;
    QStringList problems;
    for (const ZipEntry &e : *entries) {
        if (!ZipArchive::isSafePath(e.name))
            problems.append(tr("Unsafe path in the pack: %1").arg(e.name));
        content.insert(e.name, e.data);
    }
    const QJsonObject manifest
            = QJsonDocument::fromJson(content.value(QStringLiteral("manifest.json"))).object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)
        || manifest.value(QStringLiteral("formatVersion")).toInt() != kFormatVersion) {
        problems.append(tr("manifest.json is missing or is not a GKML evidence pack manifest."));
        return problems;
    }
    QSet<QString> listed { QStringLiteral("manifest.json") };
    for (const QJsonValue &v : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString path = f.value(QStringLiteral("path")).toString();
        listed.insert(path);
        if (!content.contains(path)) {
            problems.append(tr("%1 is listed in the manifest but missing.").arg(path));
            continue;
        }
        const QByteArray data = content.value(path);
        if (qint64(data.size()) != f.value(QStringLiteral("bytes")).toInteger()
            || PackageManifest::sha256Hex(data) != f.value(QStringLiteral("sha256")).toString())
            problems.append(tr("%1 was changed after the pack was made (size or sha256 differs).").arg(path));
    }
    for (auto it = content.constBegin(); it != content.constEnd(); ++it)
        if (!listed.contains(it.key()))
            problems.append(tr("%1 is in the pack but not in the manifest.").arg(it.key()));
    return problems;
}

} // namespace gkml
