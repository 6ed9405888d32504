#pragma once

#include "check/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace gkml {

class CatalogueFile;

// Making the submission package from the window: checks first (a refusal comes before any save
// dialog), asks where, runs PackageJob, and shows the path with 打开所在文件夹 (PackageDoneDialog). The one
// entry MainWindow calls (File > Submission Package).
class PackageFlow
{
    Q_DECLARE_TR_FUNCTIONS(PackageFlow)
public:
    struct Outcome
    {
        bool made = false;
        QString message; // for the status bar when made; the error otherwise (empty: cancelled)
        QList<Finding> findings; // what blocked it, for the findings dock
    };
    static Outcome run(CatalogueFile &file, QWidget *parent);
};

} // namespace gkml
