#include "PackageParts.h"

#include "SubmissionPackage.h"
#include "check/FindingReport.h"
#include "exchange/Exporter.h"
#include "print/SheetRenderer.h"
#include "standard/StandardLibrary.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QSet>

namespace gkml {

namespace {

SubmissionPackage::PartWriter exportPart(ExportFormat format)
{
    return [format](const QList<Item> &items, const CatalogueInfo &info, const QString &path,
                    QString *error) {
        ExportOptions options; // includeWithheld stays false: public output
        return Exporter::write(items, info, format, path, options, error);
    };
}

QString nameKey(const QString &domain, const QString &level1, const QString &level2)
{
    return domain + QChar(0x1f) + level1 + QChar(0x1f) + level2;
}

} // namespace

bool PackageParts::resolveStandard(const CatalogueInfo &info, const QStringList &domains,
                                   const Standard **standard, QString *error)
{
    // The same choice as gkml-cli validate and the editor, so "validate exits 0" and "the
    // package is accepted" always agree.
    StandardLibrary::Choice choice;
    QString why;
    *standard = StandardLibrary::instance().forCatalogue(info.standardId, info.standardVersion, domains,
                                                         &choice, &why);
    if (!*standard && !why.isEmpty()) {
        *error = tr("The catalogue follows the standard %1 %2, which is not installed. Put its file in the "
                    "standards folder, then make the package again.")
                         .arg(info.standardId, info.standardVersion);
        return false;
    }
    return true;
}

QList<Finding> PackageParts::publicFindings(const QList<Finding> &findings, const QList<Item> &items)
{
    QSet<qint64> withheldIds;
    QSet<QString> withheldNames; // for findings not tied to an id
    for (const Item &i : items) {
        if (!i.withheld)
            continue;
        withheldIds.insert(i.id);
        withheldNames.insert(nameKey(i.domain, i.level1, i.level2));
    }
    QList<Finding> out;
    for (const Finding &f : findings) {
        if ((f.item && withheldIds.contains(f.item))
            || withheldNames.contains(nameKey(f.domain, f.level1, f.level2)))
            continue;
        out.append(f);
    }
    return out;
}

void PackageParts::addStandardParts(SubmissionPackage &package, const QList<Finding> &publicFindings,
                                    const Standard *standard)
{
    package.addPart(QStringLiteral("catalogue.xlsx"), exportPart(ExportFormat::Xlsx));
    package.addPart(QStringLiteral("catalogue.csv"), exportPart(ExportFormat::Csv));
    package.addPart(QStringLiteral("catalogue.json"), exportPart(ExportFormat::Json));
    package.addPart(QStringLiteral("catalogue.html"), exportPart(ExportFormat::Html));
    package.addPart(QStringLiteral("catalogue.docx"), exportPart(ExportFormat::Docx));
    package.addPart(
            QStringLiteral("catalogue.pdf"),
            [](const QList<Item> &items, const CatalogueInfo &info, const QString &path, QString *error) {
                // Text layout needs fonts, i.e. a QGuiApplication (gkml-cli creates one for package).
                if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
                    *error = tr("the PDF needs the graphical part of Qt (QGuiApplication)");
                    return false;
                }
                SheetOptions options; // A4 landscape, as the county template
                options.qrUrl = info.portalUrl;
                return SheetRenderer::writePdf(items, info, options, path, error);
            });
    package.addPart(QStringLiteral("validation.json"),
                    [publicFindings, standard](const QList<Item> &, const CatalogueInfo &,
                                               const QString &path, QString *error) {
                        const QByteArray json = QJsonDocument(FindingReport::toJson(publicFindings, standard))
                                                        .toJson(QJsonDocument::Indented);
                        return Exporter::writeFile(path, json, error);
                    });
}

} // namespace gkml
