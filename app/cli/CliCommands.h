#pragma once

#include <QStringList>

// One function per gkml-cli command; each returns the process exit code of DESIGN.md:
// 0 done, 1 the content failed (validate found errors, package refused), 2 usage or unreadable
// input (one line on stderr, nothing written).
namespace gkml::cli {

int runNew(const QStringList &args);
int runInfo(const QStringList &args);
int runImport(const QStringList &args);
int runExport(const QStringList &args);
int runValidate(const QStringList &args);
int runStandards(const QStringList &args);
int runPrint(const QStringList &args);
int runPackage(const QStringList &args);
int runVerifyPackage(const QStringList &args);
int runDiff(const QStringList &args);
int runEditions(const QStringList &args);
int runDoc(const QStringList &args);
int runTransfer(const QStringList &args);
int runAnnualReport(const QStringList &args);
int runWorkdays(const QStringList &args);
int runPublish(const QStringList &args);
int runInspect(const QStringList &args);
int runFeedback(const QStringList &args);
int runEvidence(const QStringList &args);
int runTownships(const QStringList &args);

} // namespace gkml::cli
