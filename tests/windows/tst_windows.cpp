// The places where Windows differs from Linux, checked on whichever platform the test was built
// for: scripts/build-windows.sh runs the Windows build of this test under Wine.
#include "TestFiles.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditLock.h"
#include "exchange/Gb18030Codec.h"
#include "exchange/TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;

namespace {

using Run = gkml::test::CliRun;

Run cli(const QStringList &args)
{
    return gkml::test::runCliEnglish(args);
}

const QString kSample = QStringLiteral(GKML_FIXTURES "/samples/anxi-catalogue-gb18030.csv");

} // namespace

class TestWindows : public QObject
{
    Q_OBJECT
private slots:
    void gb18030WithoutIcu()
    {
        // Qt for Windows has no ICU: the Windows build converts through Core5Compat's QTextCodec.
#ifdef Q_OS_WIN
        QCOMPARE(Gb18030Codec::backend(), QStringLiteral("QTextCodec"));
#endif
        QVERIFY(Gb18030Codec::isAvailable());
        // Two-byte (GBK) and four-byte (beyond the BMP) sequences, both directions.
        const QString text = QStringLiteral("安溪县民政局") + QString::fromUcs4(U"\U00020000");
        const QByteArray bytes("\xb0\xb2\xcf\xaa\xcf\xd8\xc3\xf1\xd5\xfe\xbe\xd6\x95\x32\x82\x36");
        QCOMPARE(Gb18030Codec::encode(text).value_or(QByteArray()), bytes);
        QCOMPARE(Gb18030Codec::decode(bytes).value_or(QString()), text);
        // Invalid and cut-off sequences are refused, not replaced.
        QVERIFY(!Gb18030Codec::decode(QByteArray("\xb0\xb2\xff\xff")));
        QVERIFY(!Gb18030Codec::decode(QByteArray("\xb0\xb2\xcf")));
        QVERIFY(!Gb18030Codec::decode(QByteArray("\x95\x32\x82")));
        // Beyond the BMP between other text, the last plane's last character, and a four-byte BMP one.
        const QString mixed = QStringLiteral("张") + QString::fromUcs4(U"\U0002A6A5") + QStringLiteral("明,")
                + QString::fromUcs4(U"\U0010FFFF") + QStringLiteral("€");
        QCOMPARE(Gb18030Codec::decode(Gb18030Codec::encode(mixed).value_or(QByteArray())).value_or(QString()),
                 mixed);
        const TextDecoder::Result r = TextDecoder::decode(bytes, QStringLiteral("auto"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.encoding, QStringLiteral("gb18030"));
        QCOMPARE(r.text, text);
    }

    void chineseFileNames()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("政务公开 目录"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/安溪县民政局（2026）.gkml");
        QString error;
        {
            auto file = CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")),
                                              &error);
            QVERIFY2(file, qPrintable(error));
        }
        QVERIFY(QFile::exists(path));
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY2(!file->isReadOnly(), qPrintable(file->readOnlyReason()));
        QCOMPARE(file->info().unit, QStringLiteral("安溪县民政局"));
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        file.reset(); // closed: the lock goes (Windows cannot delete a file that is still open)
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QVERIFY(QFile::remove(path));
    }

    void nativePathsInTheCli()
    {
        // A clerk's command line: backslashes, a drive letter on Windows, Chinese names.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString base = QDir::toNativeSeparators(QFileInfo(dir.path()).absoluteFilePath());
#ifdef Q_OS_WIN
        QVERIFY2(base.size() > 2 && base.at(1) == QLatin1Char(':') && base.contains(QLatin1Char('\\')),
                 qPrintable(base));
#endif
        const QString catalogue = base + QDir::separator() + QStringLiteral("民政局目录.gkml");
        const QString sample = base + QDir::separator() + QStringLiteral("事项清单.csv");
        QVERIFY(QFile::copy(kSample, sample));
        Run r = cli({ QStringLiteral("import"), sample, QStringLiteral("-o"), catalogue,
                      QStringLiteral("--unit"), QStringLiteral("安溪县民政局") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("info"), catalogue, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("unit")).toString(), QStringLiteral("安溪县民政局"));
        QCOMPARE(info.value(QStringLiteral("items")).toInt(), 20);
        // GB18030 out and back in, through Chinese-named files.
        const QString exported = base + QDir::separator() + QStringLiteral("导出.csv");
        r = cli({ QStringLiteral("export"), catalogue, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--encoding"), QStringLiteral("gb18030"), QStringLiteral("-o"), exported });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const TextDecoder::Result decoded = TextDecoder::decode(f.readAll(), QStringLiteral("auto"));
        QCOMPARE(decoded.encoding, QStringLiteral("gb18030"));
        QVERIFY(decoded.text.contains(QStringLiteral("社会救助暂行办法")));
        // A missing file named in Chinese: exit 2 and a one-line message.
        r = cli({ QStringLiteral("info"), base + QDir::separator() + QStringLiteral("不存在.gkml") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("gkml-cli: ") && r.err.trimmed().count('\n') == 0, r.err.constData());
    }

    void editLockSeesLiveAndDeadProcesses()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("锁.gkml"));
        QString error;
        QVERIFY2(CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), &error),
                 qPrintable(error));
        const QString lockPath = path + QStringLiteral(".lock");

        // Held by a live process on this computer (OpenProcess on Windows, kill(pid, 0) elsewhere).
        QProcess sleeper;
        gkml::test::startIdleProcess(sleeper);
        QVERIFY2(sleeper.waitForStarted(20000), qPrintable(sleeper.errorString()));
        const qint64 livePid = sleeper.processId();
        QVERIFY(gkml::test::writeEditorLock(path, QStringLiteral("李四"), EditLock::currentHost(), livePid));
        QVERIFY(!EditLock::isStale(EditLock::readLock(lockPath)));
        {
            EditLock lock(path);
            QCOMPARE(lock.acquire(), EditLock::Result::HeldByOther);
            QCOMPARE(lock.holder().user, QStringLiteral("李四"));
            QCOMPARE(lock.holder().pid, livePid);
        }
        auto readOnly = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(readOnly, qPrintable(error));
        QVERIFY(readOnly->isReadOnly());
        QVERIFY2(readOnly->readOnlyReason().contains(QStringLiteral("李四")),
                 qPrintable(readOnly->readOnlyReason()));
        readOnly.reset();

        // The process ends (a crashed editor): its lock is stale and taken over.
        sleeper.kill();
        QVERIFY(sleeper.waitForFinished(20000));
        QVERIFY(EditLock::isStale(EditLock::readLock(lockPath)));
        {
            auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
            QVERIFY2(file, qPrintable(error));
            QVERIFY2(!file->isReadOnly(), qPrintable(file->readOnlyReason()));
            QCOMPARE(EditLock::readLock(lockPath).pid, QCoreApplication::applicationPid());
        }
        QVERIFY(!QFile::exists(lockPath));
    }

    void bannerNamesUserAndComputer()
    {
        // Without GKML_USER the lock names the login: USERNAME on Windows (USER elsewhere), which may
        // be Chinese; the computer is the one the clerk knows by name.
        const QByteArray saved = qgetenv("GKML_USER");
        qunsetenv("GKML_USER");
#ifdef Q_OS_WIN
        const char *userVar = "USERNAME";
#else
        const char *userVar = "USER";
#endif
        const QByteArray savedUser = qgetenv(userVar);
        qputenv(userVar, QStringLiteral("张三").toUtf8());
        if (qEnvironmentVariable(userVar) == QStringLiteral("张三")) // qputenv takes local 8-bit on Windows
            QCOMPARE(EditLock::currentUser(), QStringLiteral("张三"));
        qputenv(userVar, "clerk01");
        QCOMPARE(EditLock::currentUser(), QStringLiteral("clerk01"));
        qputenv(userVar, savedUser);
        if (!saved.isEmpty())
            qputenv("GKML_USER", saved);
        QVERIFY(!EditLock::currentHost().isEmpty());
#ifdef Q_OS_WIN
        // COMPUTERNAME is the NetBIOS form of the host name: upper case, at most 15 characters.
        QCOMPARE(EditLock::currentHost().left(15).toUpper(), qEnvironmentVariable("COMPUTERNAME").toUpper());
#endif

        // The banner of a second editor names the first one's user and computer.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("横幅.gkml"));
        QString error;
        QVERIFY2(CatalogueFile::create(path, CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), &error),
                 qPrintable(error));
        QVERIFY(gkml::test::writeEditorLock(path, QStringLiteral("王五"), QStringLiteral("MZJ-PC07"), 4242));
        auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->isReadOnly());
        QVERIFY(file->readOnlyReason().contains(QStringLiteral("王五")));
        QVERIFY(file->readOnlyReason().contains(QStringLiteral("MZJ-PC07")));
    }
};

QTEST_GUILESS_MAIN(TestWindows)
#include "tst_windows.moc"
