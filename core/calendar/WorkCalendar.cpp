#include "WorkCalendar.h"

#include "util/UserDataFolders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace gkml {

namespace {

// The precomputed table spans these years; dates outside it are computed day by day.
constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2100;
constexpr unsigned char kWorking = 1;
constexpr unsigned char kCovered = 2;

const QString kLocalFileName = QStringLiteral("local-rest-days.json");

bool readDates(const QJsonValue &value, QList<QDate> *dates, QString *bad)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *bad = value.toString();
        return false;
    }
    for (const QJsonValue &v : value.toArray()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid()) {
            *bad = v.isString()
                    ? v.toString()
                    : QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
            return false;
        }
        dates->append(d);
    }
    return true;
}

} // namespace

WorkCalendar &WorkCalendar::sharedInstance()
{
    static WorkCalendar calendar(defaultUserDirectories());
    return calendar;
}

const WorkCalendar &WorkCalendar::instance()
{
    return sharedInstance();
}

QString WorkCalendar::userYearFolder()
{
    return defaultUserDirectories().value(0);
}

QByteArray WorkCalendar::yearJson(int year, const QStringList &notices, const QList<QDate> &off,
                                  const QList<QDate> &work)
{
    auto dates = [](QList<QDate> days) {
        std::sort(days.begin(), days.end());
        QJsonArray a;
        for (const QDate &d : std::as_const(days))
            a.append(d.toString(Qt::ISODate));
        return a;
    };
    const QJsonObject y { { QStringLiteral("notices"), QJsonArray::fromStringList(notices) },
                          { QStringLiteral("off"), dates(off) },
                          { QStringLiteral("work"), dates(work) } };
    return QJsonDocument(
                   QJsonObject { { QStringLiteral("years"), QJsonObject { { QString::number(year), y } } } })
            .toJson(QJsonDocument::Indented);
}

bool WorkCalendar::saveUserYear(int year, const QStringList &notices, const QList<QDate> &off,
                                const QList<QDate> &work, QString *error, QString *savedPath)
{
    if (year < 1900 || year > 9999) {
        *error = tr("%1 is not a year.").arg(year);
        return false;
    }
    if (off.isEmpty() && work.isEmpty()) {
        *error = tr("Enter the holidays of %1 (and its make-up working days, if any).").arg(year);
        return false;
    }
    for (const QList<QDate> *list : { &off, &work })
        for (const QDate &d : *list)
            if (!d.isValid() || d.year() != year) {
                *error = tr("%1 is not a day of %2.").arg(d.toString(Qt::ISODate)).arg(year);
                return false;
            }
    for (const QDate &d : off)
        if (work.contains(d)) {
            *error = tr("%1 cannot be both a holiday and a make-up working day.")
                             .arg(d.toString(Qt::ISODate));
            return false;
        }
    const QString folder = userYearFolder();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        *error = tr("No folder for calendar years can be created (%1).")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString path = QDir(folder).filePath(QStringLiteral("holidays-%1.json").arg(year));
    const QByteArray json = yearJson(year, notices, off, work);
    // Checked by the same reader before it is written: a file that would not load is never saved.
    WorkCalendar probe;
    if (!probe.addYears(json, path, false, error))
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!sharedInstance().addYears(json, path, false, error))
        return false;
    if (savedPath)
        *savedPath = path;
    return true;
}

WorkCalendar::WorkCalendar()
    : WorkCalendar(QStringList())
{ }

WorkCalendar::WorkCalendar(const QStringList &userDirectories)
{
    QFile builtIn(QStringLiteral(":/calendar/holidays-cn.json"));
    QString error;
    if (!builtIn.open(QIODevice::ReadOnly) || !addYears(builtIn.readAll(), tr("built in"), true, &error))
        m_loadErrors.append(error.isEmpty() ? tr("The built-in holiday data is missing.") : error);
    for (const QString &folder : userDirectories)
        loadFolder(folder);
    rebuild();
}

QStringList WorkCalendar::defaultUserDirectories()
{
    return UserDataFolders::list("GKML_CALENDAR_DIR", QStringLiteral("calendar"));
}

void WorkCalendar::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return;
    const QFileInfoList files = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        QString error;
        if (fi.fileName() == kLocalFileName) {
            QFile f(fi.filePath());
            QList<QDate> days;
            QString bad;
            const QJsonDocument doc
                    = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
            if (!doc.isObject() || !readDates(doc.object().value(QStringLiteral("off")), &days, &bad))
                m_loadErrors.append(tr("%1: not a list of local rest days {\"off\": [\"YYYY-MM-DD\", ...]}")
                                            .arg(QDir::toNativeSeparators(fi.filePath())));
            else
                addLocalRestDays(days);
            continue;
        }
        if (!addYearFile(fi.filePath(), &error))
            m_loadErrors.append(error);
    }
}

bool WorkCalendar::addYearFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const bool ok = addYears(f.readAll(), QDir::toNativeSeparators(path), false, error);
    rebuild();
    return ok;
}

bool WorkCalendar::addYears(const QByteArray &json, const QString &origin, bool builtIn, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject years = doc.object().value(QStringLiteral("years")).toObject();
    if (!doc.isObject() || years.isEmpty()) {
        *error = tr("%1: not a holiday file (it needs {\"years\": {\"2027\": {\"off\": [...], \"work\": "
                    "[...]}}})")
                         .arg(origin);
        return false;
    }
    QMap<int, YearData> parsed;
    for (auto it = years.begin(); it != years.end(); ++it) {
        bool isNumber = false;
        const int year = it.key().toInt(&isNumber);
        const QJsonObject o = it.value().toObject();
        YearData data;
        QString bad;
        if (!isNumber || year < 1900 || year > 9999 || !it.value().isObject()
            || !readDates(o.value(QStringLiteral("off")), &data.off, &bad)
            || !readDates(o.value(QStringLiteral("work")), &data.work, &bad)) {
            *error = tr("%1: year \"%2\" is malformed%3")
                             .arg(origin, it.key(),
                                  bad.isEmpty() ? QString() : tr(" (bad date \"%1\")").arg(bad));
            return false;
        }
        data.source.year = year;
        data.source.origin = origin;
        data.source.builtIn = builtIn;
        for (const QJsonValue &n : o.value(QStringLiteral("notices")).toArray())
            data.source.notices.append(n.toString());
        data.source.offDays = int(data.off.size());
        data.source.workDays = int(data.work.size());
        parsed.insert(year, data);
    }
    // All or nothing: a malformed file adds no year.
    for (auto it = parsed.begin(); it != parsed.end(); ++it)
        m_years.insert(it.key(), it.value());
    rebuild();
    return true;
}

void WorkCalendar::addLocalRestDays(const QList<QDate> &days)
{
    for (const QDate &d : days) {
        if (d.isValid() && !m_local.contains(d.toJulianDay())) {
            m_local.insert(d.toJulianDay());
            m_localList.append(d);
        }
    }
    std::sort(m_localList.begin(), m_localList.end());
    rebuild();
}

QList<QDate> WorkCalendar::localRestDays() const
{
    return m_localList;
}

QList<WorkCalendar::YearSource> WorkCalendar::years() const
{
    QList<YearSource> list;
    for (const YearData &y : m_years)
        list.append(y.source);
    return list;
}

void WorkCalendar::rebuild()
{
    m_off.clear();
    m_work.clear();
    for (const YearData &y : std::as_const(m_years)) {
        for (const QDate &d : y.off)
            m_off.insert(d.toJulianDay());
        for (const QDate &d : y.work)
            m_work.insert(d.toJulianDay());
    }
    m_first = QDate(kFirstYear, 1, 1);
    const qint64 count = QDate(kLastYear, 12, 31).toJulianDay() - m_first.toJulianDay() + 1;
    m_days.assign(size_t(count), 0);
    QDate d = m_first;
    for (qint64 i = 0; i < count; ++i, d = d.addDays(1))
        m_days[size_t(i)] = (computeWorking(d) ? kWorking : 0) | (hasData(d.year()) ? kCovered : 0);
}

bool WorkCalendar::computeWorking(const QDate &day) const
{
    const qint64 jd = day.toJulianDay();
    if (m_local.contains(jd))
        return false;
    if (m_work.contains(jd))
        return true;
    if (m_off.contains(jd))
        return false;
    return day.dayOfWeek() <= 5;
}

int WorkCalendar::indexOf(const QDate &day) const
{
    const qint64 i = day.toJulianDay() - m_first.toJulianDay();
    return i >= 0 && i < qint64(m_days.size()) ? int(i) : -1;
}

bool WorkCalendar::isWorkingDay(const QDate &day) const
{
    const int i = indexOf(day);
    return i >= 0 ? (m_days[size_t(i)] & kWorking) != 0 : computeWorking(day);
}

WorkCalendar::DayKind WorkCalendar::kind(const QDate &day) const
{
    const qint64 jd = day.toJulianDay();
    if (m_local.contains(jd))
        return DayKind::LocalRestDay;
    if (m_work.contains(jd) && day.dayOfWeek() > 5)
        return DayKind::MakeUpDay;
    if (m_off.contains(jd) && !m_work.contains(jd))
        return DayKind::Holiday;
    return day.dayOfWeek() <= 5 ? DayKind::Weekday : DayKind::Weekend;
}

QDate WorkCalendar::addWorkingDays(const QDate &from, int n, bool *outside) const
{
    if (outside)
        *outside = false;
    if (!from.isValid() || n < 0)
        return {};
    if (n == 0)
        return sameOrNextWorkingDay(from, outside);
    int i = indexOf(from);
    if (i >= 0) {
        const int last = int(m_days.size()) - 1;
        bool uncovered = false;
        while (n > 0 && i < last) {
            const unsigned char flags = m_days[size_t(++i)];
            uncovered |= !(flags & kCovered);
            n -= flags & kWorking;
        }
        if (n == 0) {
            if (outside)
                *outside = uncovered;
            return m_first.addDays(i);
        }
    }
    // Outside the table: day by day.
    QDate d = from;
    bool uncovered = false;
    while (n > 0) {
        d = d.addDays(1);
        uncovered |= outsideData(d);
        if (isWorkingDay(d))
            --n;
    }
    if (outside)
        *outside = uncovered;
    return d;
}

QDate WorkCalendar::sameOrNextWorkingDay(const QDate &day, bool *outside) const
{
    if (outside)
        *outside = false;
    if (!day.isValid())
        return {};
    QDate d = day;
    bool uncovered = outsideData(d);
    while (!isWorkingDay(d)) {
        d = d.addDays(1);
        uncovered |= outsideData(d);
    }
    if (outside)
        *outside = uncovered;
    return d;
}

QList<WorkCalendar::TransferDay> WorkCalendar::transferDays(int year) const
{
    QList<TransferDay> list;
    for (int month = 1; month <= 12; ++month) {
        for (int dayOfMonth : { 5, 20 }) {
            TransferDay t;
            t.nominal = QDate(year, month, dayOfMonth);
            t.due = sameOrNextWorkingDay(t.nominal, &t.outsideData);
            list.append(t);
        }
    }
    return list;
}

} // namespace gkml
