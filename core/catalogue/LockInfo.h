#pragma once

#include <QDateTime>
#include <QString>

namespace gkml {

// Who holds a catalogue open for editing (the content of "<file>.lock").
struct LockInfo
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since; // when the editor took the lock (UTC)
    QDateTime heartbeat; // refreshed while the editor runs; an old heartbeat means a crashed editor

    bool isValid() const { return !user.isEmpty() || pid != 0; }
};

} // namespace gkml
