#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "calendar/WorkCalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

namespace {

QString kindName(WorkCalendar::DayKind kind)
{
    switch (kind) {
    case WorkCalendar::DayKind::Weekday: return QStringLiteral("weekday");
    case WorkCalendar::DayKind::Weekend: return QStringLiteral("weekend");
    case WorkCalendar::DayKind::Holiday: return QStringLiteral("holiday");
    case WorkCalendar::DayKind::MakeUpDay: return QStringLiteral("makeUpDay");
    case WorkCalendar::DayKind::LocalRestDay: return QStringLiteral("localRestDay");
    }
    return {};
}

QString kindText(WorkCalendar::DayKind kind)
{
    switch (kind) {
    case WorkCalendar::DayKind::Weekday: return Cli::tr("a weekday");
    case WorkCalendar::DayKind::Weekend: return Cli::tr("a weekend day");
    case WorkCalendar::DayKind::Holiday: return Cli::tr("a public holiday");
    case WorkCalendar::DayKind::MakeUpDay: return Cli::tr("a weekend day made a working day (调休)");
    case WorkCalendar::DayKind::LocalRestDay: return Cli::tr("a local rest day");
    }
    return {};
}

void warnOutsideData(const QDate &from, const QDate &to)
{
    CliOutput::error(
            Cli::tr("no holiday data for %1: counted Monday to Friday; add that year's notice to the "
                    "calendar folder (gkml-cli workdays --years)")
                    .arg(from.year() == to.year() ? QString::number(from.year())
                                                  : QStringLiteral("%1–%2").arg(from.year()).arg(to.year())),
            0);
}

} // namespace

// gkml-cli workdays DATE N | --is DATE | --years [--json]: the working-day calendar.
int runWorkdays(const QStringList &args)
{
    CliParser p(QStringLiteral("workdays"));
    p.addDateOption(QStringLiteral("is"), QStringLiteral("Is DATE a working day?"));
    p.addOption({ QStringLiteral("years"), QStringLiteral("List the years with holiday data.") });
    p.addJsonOption();
    if (!p.parseArgs(args, 0, 2))
        return 2;
    const bool json = p.isSet(QStringLiteral("json"));
    const WorkCalendar &calendar = WorkCalendar::instance();
    const QStringList pos = p.positionalArguments();

    if (p.isSet(QStringLiteral("years"))) {
        if (!pos.isEmpty() || p.isSet(QStringLiteral("is")))
            return CliOutput::error(Cli::tr("workdays: --years takes no other argument"));
        if (json) {
            QJsonArray years;
            for (const WorkCalendar::YearSource &y : calendar.years())
                years.append(
                        QJsonObject { { QStringLiteral("year"), y.year },
                                      { QStringLiteral("builtIn"), y.builtIn },
                                      { QStringLiteral("origin"), y.origin },
                                      { QStringLiteral("notices"), QJsonArray::fromStringList(y.notices) },
                                      { QStringLiteral("off"), y.offDays },
                                      { QStringLiteral("work"), y.workDays } });
            QJsonArray local;
            for (const QDate &d : calendar.localRestDays())
                local.append(d.toString(Qt::ISODate));
            CliOutput::outBytes(
                    QJsonDocument(QJsonObject { { QStringLiteral("years"), years },
                                                { QStringLiteral("localRestDays"), local },
                                                { QStringLiteral("folders"),
                                                  QJsonArray::fromStringList(
                                                          WorkCalendar::defaultUserDirectories()) },
                                                { QStringLiteral("errors"),
                                                  QJsonArray::fromStringList(calendar.loadErrors()) } })
                            .toJson(QJsonDocument::Indented));
        } else {
            for (const WorkCalendar::YearSource &y : calendar.years())
                CliOutput::outLine(Cli::tr("%1  %2 holidays, %3 make-up working days  (%4)")
                                           .arg(y.year)
                                           .arg(y.offDays)
                                           .arg(y.workDays)
                                           .arg(y.origin));
            if (!calendar.localRestDays().isEmpty())
                CliOutput::outLine(Cli::tr("Local rest days: %1").arg(calendar.localRestDays().size()));
            CliOutput::outLine(
                    Cli::tr("Years are added from: %1")
                            .arg(WorkCalendar::defaultUserDirectories().join(QStringLiteral(" ; "))));
            for (const QString &e : calendar.loadErrors())
                CliOutput::error(e, 0);
        }
        return 0;
    }

    if (p.isSet(QStringLiteral("is"))) {
        if (!pos.isEmpty())
            return CliOutput::error(Cli::tr("workdays: --is takes one date and nothing else"));
        QDate day;
        if (!p.dateOption(QStringLiteral("is"), &day))
            return 2;
        const bool working = calendar.isWorkingDay(day);
        const WorkCalendar::DayKind kind = calendar.kind(day);
        const bool outside = calendar.outsideData(day);
        if (json) {
            CliOutput::outBytes(
                    QJsonDocument(QJsonObject { { QStringLiteral("date"), day.toString(Qt::ISODate) },
                                                { QStringLiteral("workingDay"), working },
                                                { QStringLiteral("kind"), kindName(kind) },
                                                { QStringLiteral("calendarWarning"), outside } })
                            .toJson(QJsonDocument::Indented));
        } else {
            CliOutput::outLine(
                    (working ? Cli::tr("%1 is a working day: %2") : Cli::tr("%1 is not a working day: %2"))
                            .arg(day.toString(Qt::ISODate), kindText(kind)));
        }
        if (outside && !json)
            warnOutsideData(day, day);
        return 0;
    }

    if (pos.size() != 2)
        return CliOutput::error(Cli::tr("workdays: give DATE N, --is DATE or --years; run gkml-cli --help"));
    const QDate from = QDate::fromString(pos.at(0), Qt::ISODate);
    if (!from.isValid())
        return CliOutput::error(Cli::tr("workdays: \"%1\" is not a date (write YYYY-MM-DD)").arg(pos.at(0)));
    bool isNumber = false;
    const int n = pos.at(1).toInt(&isNumber);
    if (!isNumber || n < 0 || n > 3650)
        return CliOutput::error(
                Cli::tr("workdays: \"%1\" is not a number of working days (0 to 3650)").arg(pos.at(1)));
    bool outside = false;
    const QDate due = calendar.addWorkingDays(from, n, &outside);
    if (json) {
        CliOutput::outBytes(
                QJsonDocument(QJsonObject { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                                            { QStringLiteral("workingDays"), n },
                                            { QStringLiteral("due"), due.toString(Qt::ISODate) },
                                            { QStringLiteral("calendarWarning"), outside } })
                        .toJson(QJsonDocument::Indented));
    } else {
        CliOutput::outLine(due.toString(Qt::ISODate));
        if (outside)
            warnOutsideData(from, due);
    }
    return 0;
}

} // namespace gkml::cli
