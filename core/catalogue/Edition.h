#pragma once

#include "catalogue/Item.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gkml {

// One submitted edition (动态调整): a package made from the catalogue, recorded in the file's
// edition table with the items exactly as they were (withheld ones included: the catalogue
// file is the office's working copy, only packages are public).
struct Edition
{
    qint64 id = 0;
    QDateTime created; // UTC
    QString user;
    int itemCount = 0; // public items in the package
    int withheldCount = 0;
    QString sha256; // of the zip file that was written
    QString fileName; // the zip's file name (no folder)
    QList<Item> items; // loaded only by EditionStore::load()
};

} // namespace gkml
