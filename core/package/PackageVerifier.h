#pragma once

#include "PackageManifest.h"
#include <QCoreApplication>

#include <QStringList>
#include <optional>

namespace gkml {

// Checks a received submission package: manifest.json against its schema, every listed file
// against its size and sha256, missing and extra files, unsafe paths, and catalogue.json /
// validation.json against their schemas (no withheld item, no error, counts that agree).
class PackageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PackageVerifier)
public:
    enum class Status {
        Ok, // exit 0
        Problems, // exit 1: a readable zip whose content is not a sound package
        Unreadable // exit 2: not a readable zip at all
    };
    struct Result
    {
        Status status = Status::Unreadable;
        QString unreadableReason;
        QStringList problems; // one sentence each, for the clerk
        std::optional<PackageManifest> manifest;
        int exitCode() const { return static_cast<int>(status); }
    };

    static Result verify(const QString &zipPath);
    static Result verifyBytes(const QByteArray &zip);
};

} // namespace gkml
