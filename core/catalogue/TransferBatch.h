#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace gkml {

// A recorded 两馆 transfer: the documents handed to the county archives and library on `due`
// (the 5th or 20th, `nominal`, deferred over holidays).
struct TransferBatch
{
    qint64 id = 0;
    QDate nominal;
    QDate due;
    QDateTime recorded;
    QString user;
    int documents = 0;
};

} // namespace gkml
