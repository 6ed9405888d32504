#include "PackageParts.h"

#include "SubmissionPackage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

// The producers land from other areas during development; until one has, its part fails with
// an honest message instead of a stand-in file.
#if __has_include("exchange/Exporter.h")
#include "exchange/Exporter.h"
#define GKML_HAVE_EXPORTER 1
#endif
#if __has_include("print/SheetRenderer.h")
#include "print/SheetRenderer.h"
#define GKML_HAVE_SHEETS 1
#endif
#if __has_include("check/Checker.h") && __has_include("standard/StandardLibrary.h")
#include "check/Checker.h"
#include "standard/StandardLibrary.h"
#define GKML_HAVE_CHECKER 1
#endif

namespace gkml {

namespace {

QString missing(const char *what)
{
    return PackageParts::tr("this build of GKML has no %1; please install a complete version")
            .arg(QLatin1String(what));
}

#ifdef GKML_HAVE_EXPORTER
SubmissionPackage::PartWriter exportPart(ExportFormat format)
{
    return [format](const QList<Item> &items, const CatalogueInfo &info, const QString &path,
                    QString *error) {
        ExportOptions options; // includeWithheld stays false: public output
        return Exporter::write(items, info, format, path, options, error);
    };
}
#endif

} // namespace

std::optional<QJsonArray> PackageParts::check(const QList<Item> &items, const CatalogueInfo &info,
                                              QString *error)
{
#ifdef GKML_HAVE_CHECKER
    const Standard *standard = nullptr;
    if (!info.standardId.isEmpty()) {
        QString why;
        standard = StandardLibrary::instance().find(info.standardId, &why);
        if (!standard) {
            *error = tr("The catalogue follows the standard \"%1\", which this GKML does not know (%2). "
                        "Load the standard or update GKML, then make the package again.")
                             .arg(info.standardId, why);
            return std::nullopt;
        }
    }
    QJsonArray out;
    for (const Finding &f : Checker(standard).check(items)) {
        QJsonObject o;
        o.insert(QStringLiteral("severity"), Finding::severityKey(f.severity));
        o.insert(QStringLiteral("code"), f.code);
        o.insert(QStringLiteral("item"), f.item ? QJsonValue(f.item) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("domain"), f.domain);
        o.insert(QStringLiteral("level1"), f.level1);
        o.insert(QStringLiteral("level2"), f.level2);
        o.insert(QStringLiteral("field"),
                 f.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.field));
        o.insert(QStringLiteral("message"), f.message);
        out.append(o);
    }
    return out;
#else
    Q_UNUSED(items)
    Q_UNUSED(info)
    *error = tr("The catalogue cannot be checked: %1.").arg(missing("checker"));
    return std::nullopt;
#endif
}

int PackageParts::errorCount(const QJsonArray &findings)
{
    int n = 0;
    for (const QJsonValue &f : findings)
        n += f.toObject().value(QLatin1String("severity")).toString() == QLatin1String("error");
    return n;
}

QJsonArray PackageParts::publicFindings(const QJsonArray &findings, const QList<Item> &items)
{
    QSet<qint64> withheldIds;
    QSet<QString> withheldNames; // domain + level1 + level2, for findings not tied to an id
    for (const Item &i : items) {
        if (!i.withheld)
            continue;
        withheldIds.insert(i.id);
        withheldNames.insert(i.domain + QChar(0x1f) + i.level1 + QChar(0x1f) + i.level2);
    }
    QJsonArray out;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        const qint64 id = static_cast<qint64>(f.value(QLatin1String("item")).toDouble(0));
        const QString name = f.value(QLatin1String("domain")).toString() + QChar(0x1f)
                + f.value(QLatin1String("level1")).toString() + QChar(0x1f)
                + f.value(QLatin1String("level2")).toString();
        if ((id && withheldIds.contains(id)) || withheldNames.contains(name))
            continue;
        out.append(f);
    }
    return out;
}

void PackageParts::addStandardParts(SubmissionPackage &package, const QJsonArray &publicFindings)
{
#ifdef GKML_HAVE_EXPORTER
    package.addPart(QStringLiteral("catalogue.xlsx"), exportPart(ExportFormat::Xlsx));
    package.addPart(QStringLiteral("catalogue.csv"), exportPart(ExportFormat::Csv));
    package.addPart(QStringLiteral("catalogue.json"), exportPart(ExportFormat::Json));
    package.addPart(QStringLiteral("catalogue.html"), exportPart(ExportFormat::Html));
#else
    for (const QString &name : { QStringLiteral("catalogue.xlsx"), QStringLiteral("catalogue.csv"),
                                 QStringLiteral("catalogue.json"), QStringLiteral("catalogue.html") }) {
        package.addPart(name,
                        [](const QList<Item> &, const CatalogueInfo &, const QString &, QString *error) {
                            *error = missing("export writers");
                            return false;
                        });
    }
#endif
    package.addPart(
            QStringLiteral("catalogue.pdf"),
            [](const QList<Item> &items, const CatalogueInfo &info, const QString &path, QString *error) {
#ifdef GKML_HAVE_SHEETS
                return SheetRenderer::writePdf(items, info, SheetOptions(), path, error);
#else
                Q_UNUSED(items)
                Q_UNUSED(info)
                Q_UNUSED(path)
                *error = missing("PDF sheet renderer");
                return false;
#endif
            });
    package.addPart(QStringLiteral("validation.json"),
                    [publicFindings](const QList<Item> &, const CatalogueInfo &info, const QString &path,
                                     QString *error) {
                        QJsonObject counts { { QStringLiteral("error"), 0 },
                                             { QStringLiteral("warning"), 0 },
                                             { QStringLiteral("info"), 0 } };
                        for (const QJsonValue &f : publicFindings) {
                            const QString s = f.toObject().value(QLatin1String("severity")).toString();
                            counts.insert(s, counts.value(s).toInt() + 1);
                        }
                        QJsonObject doc { { QStringLiteral("findings"), publicFindings },
                                          { QStringLiteral("counts"), counts } };
                        doc.insert(QStringLiteral("standard"),
                                   info.standardId.isEmpty()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(QJsonObject {
                                                   { QStringLiteral("id"), info.standardId },
                                                   { QStringLiteral("version"), info.standardVersion } }));
                        QSaveFile out(path);
                        if (!out.open(QIODevice::WriteOnly)
                            || out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) < 0
                            || !out.commit()) {
                            *error = out.errorString();
                            return false;
                        }
                        return true;
                    });
}

} // namespace gkml
