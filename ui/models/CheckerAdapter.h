#pragma once

// The checker helper lands core/check during the session. Until then the UI builds against the
// agreed API (team notes) through this header; once check/Checker.h exists it is used as is.
#if __has_include("check/Checker.h")
#include "check/Checker.h"
#include "check/Finding.h"
#define GKML_HAVE_CHECKER 1
#else
#include "catalogue/Item.h"
#include <QList>
#include <QString>
namespace gkml {
class Standard;
struct Finding
{
    enum class Severity {
        Error,
        Warning,
        Info
    };
    Severity severity = Severity::Error;
    QString code;
    qint64 item = 0;
    QString domain, level1, level2;
    QString field;
    QString message;
    static QString severityKey(Severity s)
    {
        return s == Severity::Error
                ? QStringLiteral("error")
                : (s == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("info"));
    }
};
// No checker yet: no findings (the dock then says so).
class Checker
{
public:
    explicit Checker(const Standard *) { }
    QList<Finding> check(const QList<Item> &) const { return {}; }
};
} // namespace gkml
#define GKML_HAVE_CHECKER 0
#endif
