#include "DocumentConverter.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace gkml {

QString DocumentConverter::findLibreOffice()
{
    const QString forced = qEnvironmentVariable("GKML_SOFFICE");
    if (!forced.isEmpty())
        return QFileInfo(forced).isExecutable() ? forced : QString();
    for (const QString &name : { QStringLiteral("soffice"), QStringLiteral("libreoffice") }) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
#ifdef Q_OS_WIN
    for (const QString &dir :
         { qEnvironmentVariable("ProgramFiles"), qEnvironmentVariable("ProgramFiles(x86)") }) {
        const QString exe = dir + QStringLiteral("/LibreOffice/program/soffice.exe");
        if (!dir.isEmpty() && QFileInfo(exe).isExecutable())
            return exe;
    }
#endif
    return {};
}

bool DocumentConverter::canConvert(const QString &suffix)
{
    return !targetSuffix(suffix).isEmpty();
}

QString DocumentConverter::targetSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("doc") || s == QLatin1String("wps") || s == QLatin1String("rtf")
        || s == QLatin1String("odt"))
        return QStringLiteral("docx");
    if (s == QLatin1String("et") || s == QLatin1String("ods"))
        return QStringLiteral("xlsx");
    return {};
}

QString DocumentConverter::convert(const QString &path, const QString &outputDir, int timeoutMs,
                                   QString *error)
{
    const QFileInfo source(path);
    const QString target = targetSuffix(source.suffix());
    const QString soffice = findLibreOffice();
    if (target.isEmpty() || soffice.isEmpty()) {
        *error = tr("LibreOffice is not installed on this computer, so \"%1\" cannot be converted.")
                         .arg(source.fileName());
        return {};
    }
    // A private profile: a LibreOffice the clerk has open (or a stale lock) must not block us.
    const QString profile = QDir(outputDir).filePath(QStringLiteral("profile"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(soffice,
                  { QStringLiteral("--headless"), QStringLiteral("--norestore"),
                    QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString(),
                    QStringLiteral("--convert-to"), target, QStringLiteral("--outdir"), outputDir,
                    source.absoluteFilePath() });
    if (!process.waitForStarted(30000)) {
        *error = tr("LibreOffice could not be started to convert \"%1\".").arg(source.fileName());
        return {};
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *error = tr("LibreOffice took more than %1 seconds to convert \"%2\" and was stopped. Open the file "
                    "in Word, WPS or Excel and save it as .docx or .xlsx instead.")
                         .arg(timeoutMs / 1000)
                         .arg(source.fileName());
        return {};
    }
    const QString converted = QDir(outputDir).filePath(source.completeBaseName() + QLatin1Char('.') + target);
    if (process.exitStatus() != QProcess::NormalExit || !QFileInfo(converted).isFile()) {
        *error = tr("LibreOffice could not convert \"%1\" (the file may be damaged or protected by a "
                    "password).")
                         .arg(source.fileName());
        return {};
    }
    return converted;
}

} // namespace gkml
