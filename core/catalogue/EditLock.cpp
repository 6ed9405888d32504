#include "EditLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace gkml {

namespace {

void (*s_stepHook)(EditLock::Step) = nullptr;

void reached(EditLock::Step step)
{
    if (s_stepHook)
        s_stepHook(step);
}

// Whether a process with this id runs on this machine. Windows and POSIX differ; nothing else does.
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return running;
#else
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

QByteArray serialise(const LockInfo &info)
{
    QJsonObject o;
    o.insert(QStringLiteral("user"), info.user);
    o.insert(QStringLiteral("host"), info.host);
    o.insert(QStringLiteral("pid"), info.pid);
    o.insert(QStringLiteral("since"), info.since.toString(Qt::ISODate));
    o.insert(QStringLiteral("heartbeat"), info.heartbeat.toString(Qt::ISODate));
    o.insert(QStringLiteral("app"), QStringLiteral("gkml"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

EditLock::EditLock(const QString &cataloguePath)
    : m_lockPath(cataloguePath + QStringLiteral(".lock"))
{
    m_mine.user = currentUser();
    m_mine.host = currentHost();
    m_mine.pid = QCoreApplication::applicationPid();
}

EditLock::~EditLock()
{
    release();
}

QString EditLock::currentUser()
{
    QString user = qEnvironmentVariable("GKML_USER");
#ifdef Q_OS_WIN
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#else
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#endif
    if (user.isEmpty()) // started without a login environment (a service, a scheduled task)
        user = QFileInfo(QDir::homePath()).fileName();
    return user.isEmpty() ? QStringLiteral("?") : user;
}

QString EditLock::currentHost()
{
#ifdef Q_OS_WIN
    // The name Windows shows the clerk (此电脑 > 属性), not a DNS name.
    const QString name = qEnvironmentVariable("COMPUTERNAME");
    if (!name.isEmpty())
        return name;
#endif
    return QSysInfo::machineHostName();
}

LockInfo EditLock::readLock(const QString &lockPath)
{
    LockInfo info;
    QFile f(lockPath);
    if (!f.open(QIODevice::ReadOnly))
        return info;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    info.user = o.value(QStringLiteral("user")).toString();
    info.host = o.value(QStringLiteral("host")).toString();
    info.pid = o.value(QStringLiteral("pid")).toInteger();
    info.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    info.heartbeat = QDateTime::fromString(o.value(QStringLiteral("heartbeat")).toString(), Qt::ISODate);
    if (!info.heartbeat.isValid()) // unreadable content: judge by the file's age
        info.heartbeat = QFileInfo(lockPath).lastModified().toUTC();
    return info;
}

bool EditLock::isStale(const LockInfo &info)
{
    // A lock that names nobody is being written right now (for a moment) or was left by a crash
    // between create and write: stale once it is a few seconds old, not after staleAfterSeconds().
    if (!info.isValid())
        return !info.heartbeat.isValid() || info.heartbeat.secsTo(QDateTime::currentDateTimeUtc()) > 5;
    if (info.host == currentHost() && info.pid > 0)
        return !processAlive(info.pid);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return !info.heartbeat.isValid() || info.heartbeat.secsTo(now) > staleAfterSeconds();
}

bool EditLock::writeLock(bool createNew)
{
    m_mine.heartbeat = QDateTime::currentDateTimeUtc();
    if (!m_mine.since.isValid())
        m_mine.since = m_mine.heartbeat;
    const QByteArray data = serialise(m_mine);
    if (!createNew) {
        // Replaced atomically: a crash while refreshing must not leave an empty lock behind.
        QSaveFile f(m_lockPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
            m_error = f.errorString();
            return false;
        }
        return true;
    }
    return publishNew(data);
}

bool EditLock::publishNew(const QByteArray &data)
{
    // Write the whole lock under a private name, then give it the lock's name with an operation
    // that fails when that name exists (link(2); MoveFileEx without REPLACE_EXISTING): exclusive,
    // so two editors cannot both win, and a crash at any moment leaves no lock or a complete one,
    // never an empty lock that the next editor would have to wait out. (Not QFile::rename: it
    // falls back to copy-and-overwrite when the target appears meanwhile.)
    const QString privateCopy = m_lockPath + QStringLiteral(".%1.new").arg(m_mine.pid);
    {
        QFile f(privateCopy);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size() || !f.flush())
            return dropUnwritten(f);
    }
    reached(Step::PrivateCopyWritten);
    enum {
        Published,
        Taken,
        Unsupported
    } outcome;
#ifdef Q_OS_WIN
    const std::wstring from = QDir::toNativeSeparators(privateCopy).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(m_lockPath).toStdWString();
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_WRITE_THROUGH)) {
        outcome = Published;
    } else {
        const DWORD e = GetLastError();
        outcome = (e == ERROR_ALREADY_EXISTS || e == ERROR_FILE_EXISTS) ? Taken : Unsupported;
    }
#else
    if (::link(QFile::encodeName(privateCopy).constData(), QFile::encodeName(m_lockPath).constData()) == 0)
        outcome = Published;
    else
        outcome = errno == EEXIST ? Taken : Unsupported;
#endif
    QFile::remove(privateCopy);
    if (outcome == Published) {
        reached(Step::Published);
        return true;
    }
    if (outcome == Taken) {
        m_error = QStringLiteral("lock exists");
        return false;
    }
    // No hard links here (a FAT-formatted USB stick, some network shares): an exclusive create
    // (O_EXCL / CREATE_NEW) and then the content. A crash between the two leaves an empty lock,
    // which isStale() accepts once it is a few seconds old.
    QFile f(m_lockPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        m_error = f.errorString();
        m_cannotWrite = !QFileInfo::exists(m_lockPath);
        return false;
    }
    if (f.write(data) != data.size() || !f.flush())
        return dropUnwritten(f);
    reached(Step::Published);
    return true;
}

bool EditLock::dropUnwritten(QFile &f)
{
    m_error = f.errorString();
    m_cannotWrite = true;
    f.close();
    QFile::remove(f.fileName());
    return false;
}

void EditLock::removeLeftovers() const
{
    // Private copies and moved-aside locks of editors killed in the middle of taking a lock.
    // Each is a complete lock naming its editor; remove those whose editor is gone.
    const QFileInfo lock(m_lockPath);
    const QDir dir = lock.absoluteDir();
    const QStringList names = dir.entryList(
            { lock.fileName() + QStringLiteral(".*.new"), lock.fileName() + QStringLiteral(".*.stale") },
            QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const LockInfo info = readLock(path);
        if (info.pid != m_mine.pid && isStale(info))
            QFile::remove(path);
    }
}

EditLock::Result EditLock::acquire()
{
    if (m_held)
        return Result::Acquired;
    for (int attempt = 0; attempt < 4; ++attempt) {
        m_cannotWrite = false;
        if (writeLock(true)) {
            m_held = true;
            removeLeftovers();
            return Result::Acquired;
        }
        if (m_cannotWrite)
            return Result::Failed; // could not write beside the file: read-only folder or medium
        if (!QFileInfo::exists(m_lockPath))
            continue; // another editor is taking over a stale lock right now: try again
        m_holder = readLock(m_lockPath);
        if (m_holder.host == m_mine.host && m_holder.pid == m_mine.pid) {
            // our own process holds it through another handle: treat as held by another editor
            return Result::HeldByOther;
        }
        if (!isStale(m_holder))
            return Result::HeldByOther;
        // A crashed editor's lock: take it over. Another editor may be doing the same at this
        // moment and may already have replaced it with its own fresh lock, so do not delete by
        // name: move the lock aside (atomic), check that what was moved is the stale lock judged
        // above, and give back a fresh lock moved by mistake.
        const QString aside = m_lockPath + QStringLiteral(".%1.stale").arg(m_mine.pid);
        QFile::remove(aside);
        if (!QFile::rename(m_lockPath, aside))
            continue; // someone else moved it first
        const LockInfo moved = readLock(aside);
        if (moved.pid != m_holder.pid || moved.host != m_holder.host || moved.since != m_holder.since) {
            QFile::rename(aside, m_lockPath);
            QFile::remove(aside);
            m_holder = moved;
            return Result::HeldByOther;
        }
        QFile::remove(aside);
    }
    return Result::HeldByOther;
}

void EditLock::setStepHookForTesting(void (*hook)(Step))
{
    s_stepHook = hook;
}

bool EditLock::refresh()
{
    if (!m_held)
        return false;
    const LockInfo onDisk = readLock(m_lockPath);
    if (onDisk.pid != m_mine.pid || onDisk.host != m_mine.host)
        return false; // someone took it over (we were judged stale): do not overwrite theirs
    return writeLock(false);
}

void EditLock::release()
{
    if (!m_held)
        return;
    const LockInfo onDisk = readLock(m_lockPath);
    if (onDisk.pid == m_mine.pid && onDisk.host == m_mine.host)
        QFile::remove(m_lockPath);
    m_held = false;
}

} // namespace gkml
