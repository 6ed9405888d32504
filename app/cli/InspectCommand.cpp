#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "calendar/WorkCalendar.h"
#include "catalogue/CatalogueFile.h"
#include "publish/InspectionPdf.h"
#include "publish/InspectionReport.h"
#include "publish/InspectionXlsx.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace gkml::cli {

namespace { } // namespace

// gkml-cli inspect FILE [--as-of DATE] [--department D] [--sample N --seed S]
// [--format text|json|xlsx|pdf] [-o OUT] [--fix-days N]: the mock inspection. Exit 0 when every item is
// ok, 1 when any is not.
int runInspect(const QStringList &args)
{
    CliParser p(QStringLiteral("inspect"));
    p.addDateOption(QStringLiteral("as-of"), QStringLiteral("Date of the inspection (default today)."));
    p.addOption({ QStringLiteral("department"), QStringLiteral("Only this office."), QStringLiteral("D") });
    p.addOption({ QStringLiteral("sample"), QStringLiteral("Draw N domains."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("seed"), QStringLiteral("Seed of the draw."), QStringLiteral("S") });
    p.addOption({ QStringLiteral("fix-days"),
                  QStringLiteral("Working days given to fix a problem (default 10)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("format"), QStringLiteral("text, json, xlsx or pdf."),
                  QStringLiteral("FORMAT"), QStringLiteral("text") });
    p.addOutputOption(QStringLiteral("Output file."), QStringLiteral("OUT"));
    if (!p.parseArgs(args, 1, 1))
        return 2;
    InspectionReport::Options options;
    options.asOf = QDate::currentDate();
    if (!p.dateOption(QStringLiteral("as-of"), &options.asOf))
        return 2;
    options.department = p.value(QStringLiteral("department")).trimmed();
    if (p.isSet(QStringLiteral("sample"))) {
        bool ok = false, seedOk = true;
        options.sampleDomains = p.value(QStringLiteral("sample")).toInt(&ok);
        if (p.isSet(QStringLiteral("seed")))
            options.seed = p.value(QStringLiteral("seed")).toUInt(&seedOk);
        if (!ok || options.sampleDomains <= 0 || !seedOk)
            return CliOutput::error(
                    Cli::tr("inspect: --sample needs a number of domains above 0 and --seed a whole number"));
    }
    if (p.isSet(QStringLiteral("fix-days"))) {
        bool ok = false;
        options.fixWorkingDays = p.value(QStringLiteral("fix-days")).toInt(&ok);
        if (!ok || options.fixWorkingDays < 0 || options.fixWorkingDays > 365)
            return CliOutput::error(Cli::tr("inspect: --fix-days needs a number of working days (0 to 365)"));
    }
    const QString format = p.value(QStringLiteral("format"));
    const bool binary = format == QLatin1String("pdf") || format == QLatin1String("xlsx");
    if (format != QLatin1String("text") && format != QLatin1String("json") && !binary)
        return CliOutput::error(
                Cli::tr("inspect: unknown format \"%1\" (text, json, xlsx or pdf)").arg(format));
    if (binary && !p.isSet(QStringLiteral("output")))
        return CliOutput::error(Cli::tr("inspect: --format %1 needs -o OUT.%1").arg(format));
    QString error;
    const auto file = p.openCatalogue();
    if (!file)
        return 2;
    const InspectionReport report = InspectionReport::build(*file, WorkCalendar::instance(), options);
    if (format == QLatin1String("pdf")) {
        if (!InspectionPdf::write(report, p.value(QStringLiteral("output")), &error))
            return CliOutput::error(error);
        return report.allOk() ? 0 : 1;
    }
    if (format == QLatin1String("xlsx")) {
        if (!InspectionXlsx::write(report, p.value(QStringLiteral("output")), &error))
            return CliOutput::error(error);
        return report.allOk() ? 0 : 1;
    }
    const QByteArray bytes = format == QLatin1String("json")
            ? QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)
            : report.toText().toUtf8();
    if (p.isSet(QStringLiteral("output"))) {
        QSaveFile out(p.value(QStringLiteral("output")));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return CliOutput::error(
                    Cli::tr("inspect: cannot write %1").arg(p.value(QStringLiteral("output"))));
    } else {
        CliOutput::outBytes(bytes);
    }
    if (report.calendarWarning() && format == QLatin1String("text"))
        CliOutput::error(Cli::tr("some due dates fall in a year without holiday data and were counted Monday "
                                 "to Friday"),
                         0);
    return report.allOk() ? 0 : 1;
}

} // namespace gkml::cli
