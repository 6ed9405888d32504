#pragma once

#include <QDateTime>
#include <QString>

namespace gkml {

// One row of the file's history table: every change a user made, field by field.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime time; // UTC
    QString user;
    qint64 itemId = 0; // 0: not about one item (e.g. catalogue metadata)
    QString action; // insert, update, delete, import, meta
    QString field; // field key, or empty
    QString oldValue; // as stored (sets as JSON arrays)
    QString newValue;
};

} // namespace gkml
