#pragma once

#include "LockInfo.h"

#include <QString>

class QFile;

namespace gkml {

// The lock file beside a catalogue ("<file>.lock") that marks it open for editing. A second
// editor gets the file read-only and learns who holds it. A lock left by a crashed editor is
// taken over: on the same machine when its process is gone, elsewhere when its heartbeat is
// older than staleAfterSeconds() (the holder refreshes it every heartbeatSeconds()).
class EditLock
{
public:
    enum class Result {
        Acquired,
        HeldByOther,
        Failed
    };

    explicit EditLock(const QString &cataloguePath);
    ~EditLock();
    EditLock(const EditLock &) = delete;
    EditLock &operator=(const EditLock &) = delete;

    Result acquire();
    void release();
    bool isHeld() const { return m_held; }
    // Rewrites the heartbeat so other machines do not think we crashed.
    bool refresh();

    LockInfo holder() const { return m_holder; } // valid after HeldByOther
    QString errorString() const { return m_error; }
    QString lockPath() const { return m_lockPath; }

    static LockInfo readLock(const QString &lockPath);
    static bool isStale(const LockInfo &info);
    static QString currentUser();
    static QString currentHost();
    static int heartbeatSeconds() { return 60; }
    static int staleAfterSeconds() { return 10 * 60; }

    // The steps of taking a free lock. A test hook is called after each, so the crash tests can
    // end the process exactly there (a kill at a random moment rarely lands in a microsecond).
    enum class Step {
        PrivateCopyWritten, // the complete lock is written under a private name
        Published // it is under the lock's name
    };
    static void setStepHookForTesting(void (*hook)(Step));

private:
    bool writeLock(bool createNew);
    bool publishNew(const QByteArray &data);
    // A lock file that could not be written whole: notes why and removes what was written.
    bool dropUnwritten(QFile &f);
    void removeLeftovers() const;

    QString m_lockPath;
    bool m_held = false;
    bool m_cannotWrite = false; // the last writeLock() could not write beside the catalogue
    LockInfo m_holder;
    LockInfo m_mine;
    QString m_error;
};

} // namespace gkml
