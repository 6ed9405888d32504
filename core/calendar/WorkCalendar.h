#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace gkml {

// Working days (../shared/reference/calendar.md): Monday–Friday unless the State Council's
// yearly notice makes a day a holiday ("off") or a weekend day a working day ("work", 调休),
// plus a local list of extra rest days. The 2020–2026 notices are built in
// (:/calendar/holidays-cn.json); a user adds a year with a file of the same shape in one of
// userDirectories(), without a new release. A date in a year without data is computed
// Monday–Friday and flagged (outsideData), so that every caller can say so.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)
public:
    struct YearSource
    {
        int year = 0;
        QString origin; // "built in" or the file's path
        bool builtIn = false;
        QStringList notices;
        int offDays = 0;
        int workDays = 0;
    };
    // One 5th/20th transfer day (两馆 transfers): the nominal date and the day it falls due
    // after 节假日顺延.
    struct TransferDay
    {
        QDate nominal;
        QDate due;
        bool outsideData = false;
    };
    enum class DayKind {
        Weekday,
        Weekend,
        Holiday,
        MakeUpDay,
        LocalRestDay
    };

    // The built-in years, the user's files and local rest days from defaultUserDirectories().
    static const WorkCalendar &instance();
    // Built-in years plus the given folders (tests pass their own).
    explicit WorkCalendar(const QStringList &userDirectories);
    // Built-in years only.
    WorkCalendar();

    // $GKML_CALENDAR_DIR (a path list), <AppDataLocation>/calendar, <GenericDataLocation>/GKML/calendar.
    // Every *.json there is a year file of holidays-cn.json's shape, except local-rest-days.json:
    // {"off": ["YYYY-MM-DD", ...]} (local holidays outside the national notice).
    static QStringList defaultUserDirectories();
    // Where a year entered in the GUI is saved: the first of defaultUserDirectories().
    static QString userYearFolder();
    // The JSON of one year in holidays-cn.json's shape: {"years": {"2027": {notices, off, work}}}.
    static QByteArray yearJson(int year, const QStringList &notices, const QList<QDate> &off,
                               const QList<QDate> &work);
    // Saves a year entered by the user as userYearFolder()/holidays-<year>.json (replacing an
    // earlier file of that year) and adds it to instance(), so due dates use it at once. Every
    // date must lie in `year`. False with *error (one sentence), nothing written, on failure.
    static bool saveUserYear(int year, const QStringList &notices, const QList<QDate> &off,
                             const QList<QDate> &work, QString *error, QString *savedPath = nullptr);

    // Adds (or replaces, a user file winning over the built-in data) the years of one
    // holidays-cn.json-shaped document. False with *error (one sentence) when malformed.
    bool addYears(const QByteArray &json, const QString &origin, bool builtIn, QString *error);
    bool addYearFile(const QString &path, QString *error);
    void addLocalRestDays(const QList<QDate> &days);
    QList<QDate> localRestDays() const;

    bool hasData(int year) const { return m_years.contains(year); }
    QList<YearSource> years() const;
    QStringList loadErrors() const { return m_loadErrors; }

    bool isWorkingDay(const QDate &day) const;
    DayKind kind(const QDate &day) const;
    bool outsideData(const QDate &day) const { return !hasData(day.year()); }

    // "N working days after D": D itself not counted; N = 0 gives D when it is a working day,
    // else the next one. *outsideData is set when any day counted lies in a year without data.
    QDate addWorkingDays(const QDate &from, int n, bool *outsideData = nullptr) const;
    // D when it is a working day, else the next working day (节假日顺延).
    QDate sameOrNextWorkingDay(const QDate &day, bool *outsideData = nullptr) const;
    // The 5th and the 20th of every month of the year, each deferred to the next working day.
    QList<TransferDay> transferDays(int year) const;

private:
    static WorkCalendar &sharedInstance();
    struct YearData
    {
        YearSource source;
        QList<QDate> off, work;
    };
    void loadFolder(const QString &folder);
    void rebuild();
    // Per day from m_first: bit 0 working day, bit 1 in a year with data.
    int indexOf(const QDate &day) const;
    bool computeWorking(const QDate &day) const;

    QMap<int, YearData> m_years;
    QSet<qint64> m_off, m_work, m_local;
    QList<QDate> m_localList;
    QStringList m_loadErrors;
    QDate m_first;
    std::vector<unsigned char> m_days;
};

} // namespace gkml
