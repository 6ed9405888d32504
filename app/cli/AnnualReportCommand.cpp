#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/DocumentStore.h"
#include "documents/AnnualReport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

// gkml-cli annual-report: the ledger's counts for table 二 of the 政府信息公开工作年度报告.
namespace gkml::cli {

int runAnnualReport(const QStringList &args)
{
    CliParser p(QStringLiteral("annual-report"));
    p.addOption({ QStringLiteral("year"), QStringLiteral("The report's year."), QStringLiteral("YEAR") });
    p.addOption({ QStringLiteral("format"), QStringLiteral("text, json or xlsx."), QStringLiteral("FORMAT"),
                  QStringLiteral("text") });
    p.addOutputOption(QStringLiteral("Output file."), QStringLiteral("OUT"));
    if (!p.parseArgs(args, 1, 1) || !p.require(QStringLiteral("year")))
        return 2;
    bool ok = false;
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1990 || year > 2200)
        return CliOutput::error(
                Cli::tr("--year: \"%1\" is not a year.").arg(p.value(QStringLiteral("year"))));
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("xlsx"))
        return CliOutput::error(Cli::tr("--format: say text, json or xlsx."));
    const QString out = p.value(QStringLiteral("o"));
    if (format == QLatin1String("xlsx") && out.isEmpty())
        return CliOutput::error(Cli::tr("--format xlsx needs -o OUT.xlsx."));
    const auto file = p.openCatalogue();
    if (!file)
        return 2;
    DocumentStore store(file.get());
    QString error;
    const QString unit = file->info().unit;
    const QList<AnnualReport::Row> rows = AnnualReport::count(store.documents(), year);
    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = QJsonDocument(AnnualReport::toJson(rows, year, unit)).toJson(QJsonDocument::Indented);
    else if (format == QLatin1String("text"))
        bytes = AnnualReport::toText(rows, year, unit).toUtf8();
    else if ((bytes = AnnualReport::toXlsx(rows, year, unit, &error)).isEmpty())
        return CliOutput::error(error);
    if (out.isEmpty()) {
        CliOutput::outBytes(bytes);
        return 0;
    }
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return CliOutput::error(Cli::tr("Cannot write %1: %2").arg(out, f.errorString()));
    return 0;
}

} // namespace gkml::cli
