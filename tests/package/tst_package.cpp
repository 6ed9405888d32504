// Core machinery of the submission package: zip layer, manifest and schemas, verifier,
// atomic save, edition store and diff. The content producers are replaced here by small
// writers (the real ones are exercised end to end in tst_package_cli).
#include "TestCatalogue.h"
#include "TestData.h"
#include "TestFiles.h"
#include "package/EditionDiff.h"
#include "package/JsonSchema.h"
#include "package/PackageSchemas.h"
#include "package/PackageVerifier.h"
#include "package/SubmissionPackage.h"
#include "util/ZipArchive.h"

#include <QBuffer>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace gkml;
using namespace gkml::test;

namespace {

// Writes what it is given: text lines for the table files, the export JSON shape for
// catalogue.json, an empty findings list for validation.json.
SubmissionPackage::PartWriter textPart()
{
    return [](const QList<Item> &items, const CatalogueInfo &info, const QString &path, QString *) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(info.unit.toUtf8() + "\r\n");
        for (const Item &i : items)
            f.write(QStringLiteral("%1,%2,%3,%4\r\n").arg(i.domain, i.level1, i.level2, i.content).toUtf8());
        return true;
    };
}

SubmissionPackage::PartWriter jsonPart()
{
    return [](const QList<Item> &items, const CatalogueInfo &info, const QString &path, QString *) {
        QJsonArray a;
        for (const Item &i : items)
            a.append(EditionStore::itemToJson(i));
        QFile f(path);
        return f.open(QIODevice::WriteOnly)
                && f.write(QJsonDocument(QJsonObject { { QStringLiteral("unit"), info.unit },
                                                       { QStringLiteral("standard"), QJsonValue::Null },
                                                       { QStringLiteral("items"), a } })
                                   .toJson())
                > 0;
    };
}

SubmissionPackage::PartWriter validationPart()
{
    return [](const QList<Item> &, const CatalogueInfo &, const QString &path, QString *) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("{\"findings\": []}\n") > 0;
    };
}

void addTestParts(SubmissionPackage &p)
{
    for (const QString &name : SubmissionPackage::requiredFiles()) {
        if (name == QLatin1String("catalogue.json"))
            p.addPart(name, jsonPart());
        else if (name == QLatin1String("validation.json"))
            p.addPart(name, validationPart());
        else
            p.addPart(name, textPart());
    }
}

QByteArray buildTestPackage(const QList<Item> &items, PackageManifest *manifest = nullptr)
{
    SubmissionPackage p(items, fixtureInfo());
    addTestParts(p);
    if (!p.build())
        qFatal("build failed: %s", qPrintable(p.errorString()));
    if (manifest)
        *manifest = p.manifest();
    return p.zipBytes();
}

QList<ZipEntry> entriesOf(const QByteArray &zip)
{
    QString why;
    auto e = ZipArchive::read(zip, &why);
    if (!e)
        qFatal("unreadable zip: %s", qPrintable(why));
    return *e;
}

QByteArray rezip(const QList<ZipEntry> &entries)
{
    QString why;
    auto z = ZipArchive::write(entries, QDateTime::currentDateTimeUtc(), &why);
    if (!z)
        qFatal("rezip failed: %s", qPrintable(why));
    return *z;
}

// A zip with raw entry names, bypassing ZipArchive's own refusal of unsafe names.
QByteArray rawZip(const QList<ZipEntry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    for (const ZipEntry &e : entries) {
        QuaZipFile f(&zip);
        f.open(QIODevice::WriteOnly, QuaZipNewInfo(e.name));
        f.write(e.data);
        f.close();
    }
    zip.close();
    return bytes;
}

bool mentions(const QStringList &problems, const QString &what)
{
    for (const QString &p : problems) {
        if (p.contains(what))
            return true;
    }
    return false;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
private slots:
    void safePaths_data()
    {
        gkml::test::addColumns<QString, bool>({ "name", "safe" });
        QTest::newRow("plain") << "catalogue.csv" << true;
        QTest::newRow("subfolder") << "sheets/a.pdf" << true;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("dotdot") << "../evil.txt" << false;
        QTest::newRow("inner dotdot") << "a/../../evil.txt" << false;
        QTest::newRow("dot") << "./a.txt" << false;
        QTest::newRow("backslash") << "a\\b.txt" << false;
        QTest::newRow("drive") << "C:/Windows/x.dll" << false;
        QTest::newRow("drive relative") << "C:x.dll" << false;
        QTest::newRow("empty segment") << "a//b" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("control") << "a\nb" << false;
    }

    void safePaths()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(ZipArchive::isSafePath(name), safe);
    }

    void zipRoundTrip()
    {
        const QList<ZipEntry> in { { QStringLiteral("a.txt"), QByteArray("hello\r\n") },
                                   { QStringLiteral("中文/表.csv"),
                                     QStringLiteral("领域,二级事项").toUtf8() },
                                   { QStringLiteral("empty.bin"), QByteArray() } };
        QString why;
        const auto zip = ZipArchive::write(in, QDateTime::currentDateTimeUtc(), &why);
        QVERIFY2(zip, qPrintable(why));
        const QList<ZipEntry> out = entriesOf(*zip);
        QCOMPARE(out.size(), in.size());
        for (int i = 0; i < in.size(); ++i) {
            QCOMPARE(out.at(i).name, in.at(i).name);
            QCOMPARE(out.at(i).data, in.at(i).data);
        }
        QVERIFY(!ZipArchive::write({ { QStringLiteral("../x"), QByteArray("x") } },
                                   QDateTime::currentDateTimeUtc(), &why));
        QVERIFY(why.contains(QStringLiteral("../x")));
    }

    // An entry written in many pieces (how the xlsx writer streams its sheets) reads back whole,
    // beside entries added at once; an unsafe name fails and poisons the writer.
    void zipWriterStreamsEntries()
    {
        QByteArray zip;
        QByteArray big;
        {
            QBuffer buffer(&zip);
            ZipArchive::Writer writer(&buffer, QDateTime::currentDateTimeUtc());
            QVERIFY(writer.add(QStringLiteral("a.txt"), QByteArray("first"), 6));
            QIODevice *entry = writer.beginEntry(QStringLiteral("dir/big.xml"), 1);
            QVERIFY(entry);
            for (int i = 0; i < 20000; ++i) {
                const QByteArray row = "<row r=\"" + QByteArray::number(i) + "\">一行</row>";
                big += row;
                QCOMPARE(entry->write(row), qint64(row.size()));
            }
            QVERIFY(writer.endEntry());
            QVERIFY(writer.add(QStringLiteral("z.txt"), QByteArray("last"), 9));
            QVERIFY(writer.finish());
        }
        QString why;
        const auto entries = ZipArchive::read(zip, &why);
        QVERIFY2(entries, qPrintable(why));
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).data, QByteArray("first"));
        QCOMPARE(entries->at(1).name, QStringLiteral("dir/big.xml"));
        QCOMPARE(entries->at(1).data, big);
        QCOMPARE(entries->at(2).data, QByteArray("last"));

        QByteArray refused;
        QBuffer buffer(&refused);
        ZipArchive::Writer writer(&buffer, QDateTime::currentDateTimeUtc());
        QVERIFY(!writer.beginEntry(QStringLiteral("../evil"), 6));
        QVERIFY(!writer.add(QStringLiteral("fine.txt"), QByteArray("x"), 6));
        QVERIFY(!writer.finish());
        QVERIFY(writer.error().contains(QStringLiteral("../evil")));
    }

    void defaultFileName()
    {
        CatalogueInfo info = fixtureInfo();
        QCOMPARE(SubmissionPackage::defaultFileName(info, QDate(2026, 11, 7)),
                 QStringLiteral("安溪县民政局-政务公开事项标准目录-20261107.zip"));
        info.unit = QStringLiteral("安溪县/民政局:养老*股? ");
        QCOMPARE(SubmissionPackage::defaultFileName(info, QDate(2026, 1, 2)),
                 QStringLiteral("安溪县_民政局_养老_股_-政务公开事项标准目录-20260102.zip"));
    }

    void manifestChecksumsVerify()
    {
        const QList<Item> items = fixtureItems();
        PackageManifest m;
        const QByteArray zip = buildTestPackage(items, &m);

        // The manifest inside the zip is the one built, and each checksum matches its entry.
        const QList<ZipEntry> entries = entriesOf(zip);
        QCOMPARE(entries.first().name, QStringLiteral("manifest.json"));
        const QJsonObject stored = QJsonDocument::fromJson(entries.first().data).object();
        QCOMPARE(stored, m.toJson());
        QCOMPARE(stored.value(QLatin1String("format")).toString(), QStringLiteral("gkml-submission"));
        QCOMPARE(stored.value(QLatin1String("formatVersion")).toInt(), 1);
        QCOMPARE(stored.value(QLatin1String("unit")).toString(), QStringLiteral("安溪县民政局"));
        QCOMPARE(stored.value(QLatin1String("itemCount")).toInt(), 20);
        QCOMPARE(stored.value(QLatin1String("withheldCount")).toInt(), 2);
        QVERIFY(stored.value(QLatin1String("generator")).toString().startsWith(QStringLiteral("GKML ")));
        QCOMPARE(m.files.size(), 7); // xlsx csv json html docx pdf validation.json
        for (const PackageFileEntry &f : m.files) {
            const auto it = std::find_if(entries.begin(), entries.end(),
                                         [&](const ZipEntry &e) { return e.name == f.path; });
            QVERIFY2(it != entries.end(), qPrintable(f.path));
            QCOMPARE(f.bytes, it->data.size());
            QCOMPARE(f.sha256,
                     QString::fromLatin1(
                             QCryptographicHash::hash(it->data, QCryptographicHash::Sha256).toHex()));
        }
        QCOMPARE(entries.size(), 8);
        QVERIFY(JsonSchema(PackageSchemas::manifest()).validate(stored).isEmpty());

        const PackageVerifier::Result r = PackageVerifier::verifyBytes(zip);
        QVERIFY2(r.status == PackageVerifier::Status::Ok, qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.exitCode(), 0);
        QVERIFY(r.manifest);
        QCOMPARE(r.manifest->files, m.files);
    }

    void tamperedFileDetected_data()
    {
        gkml::test::addColumns<QString, bool>({ "file", "sameSize" });
        QTest::newRow("csv same size") << "catalogue.csv" << true;
        QTest::newRow("pdf longer") << "catalogue.pdf" << false;
        QTest::newRow("json same size") << "catalogue.json" << true;
    }

    void tamperedFileDetected()
    {
        QFETCH(QString, file);
        QFETCH(bool, sameSize);
        QList<ZipEntry> entries = entriesOf(buildTestPackage(fixtureItems()));
        for (ZipEntry &e : entries) {
            if (e.name != file)
                continue;
            if (sameSize) {
                const qsizetype at = e.data.indexOf("政策法规文件");
                QVERIFY(at > 0);
                e.data.replace(at, 3,
                               QStringLiteral("改").toUtf8()); // one character swapped, same byte count
            } else {
                e.data.append("\n% appended");
            }
        }
        const PackageVerifier::Result r = PackageVerifier::verifyBytes(rezip(entries));
        QCOMPARE(r.status, PackageVerifier::Status::Problems);
        QCOMPARE(r.exitCode(), 1);
        QVERIFY2(mentions(r.problems, file), qPrintable(r.problems.join(QLatin1Char('\n'))));
    }

    void extraAndMissingFilesDetected()
    {
        const QList<ZipEntry> original = entriesOf(buildTestPackage(fixtureItems()));

        QList<ZipEntry> extra = original;
        extra.append({ QStringLiteral("readme.txt"), QByteArray("added later") });
        PackageVerifier::Result r = PackageVerifier::verifyBytes(rezip(extra));
        QCOMPARE(r.status, PackageVerifier::Status::Problems);
        QVERIFY(mentions(r.problems, QStringLiteral("readme.txt")));
        QCOMPARE(r.problems.size(), 1);

        QList<ZipEntry> missing = original;
        missing.removeIf([](const ZipEntry &e) { return e.name == QLatin1String("catalogue.html"); });
        r = PackageVerifier::verifyBytes(rezip(missing));
        QCOMPARE(r.status, PackageVerifier::Status::Problems);
        QVERIFY(mentions(r.problems, QStringLiteral("catalogue.html")));

        QList<ZipEntry> noManifest = original;
        noManifest.removeFirst();
        r = PackageVerifier::verifyBytes(rezip(noManifest));
        QCOMPARE(r.status, PackageVerifier::Status::Problems);
        QVERIFY(mentions(r.problems, QStringLiteral("manifest.json")));
    }

    void unsafeZipPathsDetected()
    {
        QList<ZipEntry> entries = entriesOf(buildTestPackage(fixtureItems()));
        entries.append({ QStringLiteral("../outside.txt"), QByteArray("x") });
        entries.append({ QStringLiteral("/etc/cron.d/x"), QByteArray("y") });
        const PackageVerifier::Result r = PackageVerifier::verifyBytes(rawZip(entries));
        QCOMPARE(r.status, PackageVerifier::Status::Problems);
        QVERIFY(mentions(r.problems, QStringLiteral("../outside.txt")));
        QVERIFY(mentions(r.problems, QStringLiteral("/etc/cron.d/x")));

        // A package made by GKML itself holds safe relative names only.
        for (const ZipEntry &e : entriesOf(buildTestPackage(fixtureItems())))
            QVERIFY2(ZipArchive::isSafePath(e.name) && !e.name.contains(QLatin1String("..")),
                     qPrintable(e.name));
    }

    void unreadableZip()
    {
        QTemporaryDir dir;
        const QString noise = dir.filePath(QStringLiteral("noise.zip"));
        QVERIFY(writeFile(noise, QByteArray(4000, '\x5a')));
        PackageVerifier::Result r = PackageVerifier::verify(noise);
        QCOMPARE(r.status, PackageVerifier::Status::Unreadable);
        QCOMPARE(r.exitCode(), 2);
        QVERIFY(!r.unreadableReason.isEmpty());
        r = PackageVerifier::verify(dir.filePath(QStringLiteral("missing.zip")));
        QCOMPARE(r.status, PackageVerifier::Status::Unreadable);
        r = PackageVerifier::verify(dir.path());
        QCOMPARE(r.status, PackageVerifier::Status::Unreadable);

        // Truncated zip: damaged, not a package.
        const QByteArray zip = buildTestPackage(fixtureItems());
        r = PackageVerifier::verifyBytes(zip.left(zip.size() / 2));
        QCOMPARE(r.status, PackageVerifier::Status::Unreadable);
    }

    void schemasRejectBadJson()
    {
        PackageManifest m;
        buildTestPackage(fixtureItems(), &m);
        const JsonSchema schema(PackageSchemas::manifest());
        QJsonObject o = m.toJson();
        QVERIFY(schema.validate(o).isEmpty());

        QJsonObject bad = o;
        bad.remove(QStringLiteral("itemCount"));
        QVERIFY(mentions(schema.validate(bad), QStringLiteral("itemCount")));
        bad = o;
        bad.insert(QStringLiteral("formatVersion"), 2);
        QVERIFY(mentions(schema.validate(bad), QStringLiteral("formatVersion")));
        bad = o;
        QJsonArray files = bad.value(QLatin1String("files")).toArray();
        QJsonObject f0 = files.at(0).toObject();
        f0.insert(QStringLiteral("sha256"), QStringLiteral("ABC"));
        f0.insert(QStringLiteral("path"), QStringLiteral("../x.csv"));
        files.replace(0, f0);
        bad.insert(QStringLiteral("files"), files);
        const QStringList problems = schema.validate(bad);
        QVERIFY(mentions(problems, QStringLiteral("files[0].sha256")));
        QVERIFY(mentions(problems, QStringLiteral("files[0].path")));
        bad = o;
        bad.insert(QStringLiteral("generatedAt"), QStringLiteral("yesterday"));
        QVERIFY(mentions(schema.validate(bad), QStringLiteral("generatedAt")));

        // catalogue.json: a withheld item is a schema violation, a set must be an array.
        QJsonObject item = EditionStore::itemToJson(fixtureItems().first());
        const JsonSchema cat(PackageSchemas::catalogue());
        QJsonObject doc { { QStringLiteral("unit"), QStringLiteral("u") },
                          { QStringLiteral("standard"), QJsonValue::Null },
                          { QStringLiteral("items"), QJsonArray { item } } };
        QVERIFY(cat.validate(doc).isEmpty());
        item.insert(QStringLiteral("withheld"), true);
        item.insert(QStringLiteral("channels"), QStringLiteral("政府网站"));
        doc.insert(QStringLiteral("items"), QJsonArray { item });
        QVERIFY(mentions(cat.validate(doc), QStringLiteral("items[0].withheld")));
        QVERIFY(mentions(cat.validate(doc), QStringLiteral("items[0].channels")));

        // validation.json: a package never carries an error finding.
        const JsonSchema val(PackageSchemas::validation());
        QJsonObject finding { { QStringLiteral("severity"), QStringLiteral("warning") },
                              { QStringLiteral("code"), QStringLiteral("local-item") },
                              { QStringLiteral("item"), 3 },
                              { QStringLiteral("domain"), QStringLiteral("社会救助") },
                              { QStringLiteral("level1"), QStringLiteral("a") },
                              { QStringLiteral("level2"), QStringLiteral("b") },
                              { QStringLiteral("field"), QJsonValue::Null },
                              { QStringLiteral("message"), QStringLiteral("m") } };
        QVERIFY(val.validate(QJsonObject { { QStringLiteral("findings"), QJsonArray { finding } } })
                        .isEmpty());
        finding.insert(QStringLiteral("severity"), QStringLiteral("error"));
        QVERIFY(mentions(val.validate(QJsonObject { { QStringLiteral("findings"), QJsonArray { finding } } }),
                         QStringLiteral("findings[0].severity")));
    }

    void withheldItemsAbsentFromEveryFile()
    {
        const QList<Item> items = fixtureItems();
        const QStringList secret = withheldNames(items);
        QCOMPARE(secret.size(), 6);
        const QByteArray zip = buildTestPackage(items);
        for (const ZipEntry &e : entriesOf(zip)) {
            for (const QString &s : secret)
                QVERIFY2(!e.data.contains(s.toUtf8()), qPrintable(e.name + QLatin1String(": ") + s));
        }
        // ... while every public item reached the files (the filter is not simply dropping all).
        const QByteArray csv = entriesOf(zip).at(2).data;
        for (const Item &i : items) {
            if (!i.withheld)
                QVERIFY(csv.contains(i.level2.toUtf8()));
        }
    }

    void failedPartLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("p.zip"));
        SubmissionPackage p(fixtureItems(), fixtureInfo());
        addTestParts(p);
        p.addPart(QStringLiteral("broken.pdf"),
                  [](const QList<Item> &, const CatalogueInfo &, const QString &, QString *e) {
                      *e = QStringLiteral("printer on fire");
                      return false;
                  });
        QVERIFY(!p.build());
        QVERIFY(p.errorString().contains(QStringLiteral("printer on fire")));
        QVERIFY(!p.save(out));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);

        SubmissionPackage dup(fixtureItems(), fixtureInfo());
        dup.addPart(QStringLiteral("manifest.json"), validationPart());
        QVERIFY(!dup.build());
        SubmissionPackage evil(fixtureItems(), fixtureInfo());
        evil.addPart(QStringLiteral("../evil.csv"), textPart());
        QVERIFY(!evil.build());
    }

    void saveReplacesAtomicallyWithChinesePath()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("报送 材料")));
        const QString out = dir.filePath(QStringLiteral("报送 材料/安溪县 民政局.zip"));
        QVERIFY(writeFile(out, "previous package"));

        SubmissionPackage p(fixtureItems(), fixtureInfo());
        addTestParts(p);
        QVERIFY(p.build());
        QVERIFY2(p.save(out), qPrintable(p.errorString()));
        QCOMPARE(sha256Hex(out), p.zipSha256().toLatin1());
        QCOMPARE(PackageVerifier::verify(out).status, PackageVerifier::Status::Ok);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("报送 材料"))).entryList(QDir::Files | QDir::Hidden).size(),
                 1);

        // A folder that does not exist: refused, nothing created.
        QVERIFY(!p.save(dir.filePath(QStringLiteral("没有/p.zip"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("没有"))));
    }

    void editionRecordAndLoad()
    {
        QTemporaryDir dir;
        QList<Item> items;
        auto file = makeFixtureCatalogue(dir.filePath(QStringLiteral("目录.gkml")), &items);
        EditionStore store(*file);
        QVERIFY(store.list().isEmpty());
        QVERIFY(!store.latest());
        QVERIFY(!store.errorString().isEmpty());

        Edition e;
        e.created = QDateTime(QDate(2026, 11, 27), QTime(10, 30), Qt::UTC);
        e.user = QStringLiteral("张三");
        e.itemCount = 20;
        e.withheldCount = 2;
        e.sha256 = QString(64, QLatin1Char('a'));
        e.fileName = QStringLiteral("安溪县民政局-政务公开事项标准目录-20261127.zip");
        e.items = items;
        const qint64 id = store.record(e, {});
        QVERIFY2(id > 0, qPrintable(store.errorString()));

        const QList<Edition> list = store.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, id);
        QCOMPARE(list.first().created, e.created);
        QCOMPARE(list.first().user, e.user);
        QCOMPARE(list.first().fileName, e.fileName);
        QVERIFY(list.first().items.isEmpty()); // the list does not carry items
        const auto loaded = store.load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->items, items); // every field of every item, withheld ones included
        QCOMPARE(loaded->itemCount, 20);
        QCOMPARE(loaded->withheldCount, 2);
        QVERIFY(!store.load(id + 1));
    }

    void editionNotRecordedWhenSaveFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.gkml"));
        auto file = makeFixtureCatalogue(path);
        EditionStore store(*file);
        Edition e;
        e.created = QDateTime::currentDateTimeUtc();
        e.items = file->items();
        e.sha256 = QString(64, QLatin1Char('b'));
        QCOMPARE(store.record(e,
                              [](QString *why) {
                                  *why = QStringLiteral("disk full");
                                  return false;
                              }),
                 0);
        QCOMPARE(store.errorString(), QStringLiteral("disk full"));
        QVERIFY(store.list().isEmpty());

        // A read-only catalogue cannot record editions (and says why).
        file.reset();
        auto ro = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadOnly, nullptr);
        QVERIFY(ro);
        EditionStore roStore(*ro);
        QCOMPARE(roStore.record(e, {}), 0);
        QVERIFY(!roStore.errorString().isEmpty());
    }

    void diffBetweenEditionsIsExact()
    {
        QTemporaryDir dir;
        QList<Item> before;
        auto file = makeFixtureCatalogue(dir.filePath(QStringLiteral("c.gkml")), &before);
        EditionStore store(*file);
        Edition e1;
        e1.created = QDateTime::currentDateTimeUtc();
        e1.items = before;
        e1.sha256 = QString(64, QLatin1Char('1'));
        const qint64 id1 = store.record(e1, {});
        QVERIFY(id1 > 0);

        // Edits between the two submissions: one change of text, one of a set, a withheld item
        // released, one item removed, one added.
        const Item changed = before.at(0);
        const Item released
                = *std::find_if(before.begin(), before.end(), [](const Item &i) { return i.withheld; });
        QVERIFY(released.withheld);
        const Item removed = before.at(2);
        QVERIFY(!removed.withheld && removed.id != changed.id);
        QVERIFY(file->setField(changed.id, Field::Deadline,
                               QStringLiteral("信息形成或者变更之日起20个工作日内")));
        QVERIFY(file->setField(changed.id, Field::Channels,
                               QStringList { QStringLiteral("政府网站"), QStringLiteral("两微一端") }));
        QVERIFY(file->setField(released.id, Field::Withheld, false));
        QVERIFY(file->removeItems({ removed.id }));
        Item fresh = before.at(1);
        fresh.id = 0;
        fresh.level2 = QStringLiteral("临时救助对象名单");
        const qint64 freshId = file->insertItem(fresh);
        QVERIFY(freshId > 0);

        Edition e2 = e1;
        e2.items = file->items();
        e2.sha256 = QString(64, QLatin1Char('2'));
        const qint64 id2 = store.record(e2, {});
        QVERIFY(id2 > id1);

        const EditionDiff d = EditionDiff::compare(store.load(id1)->items, store.load(id2)->items);
        QCOMPARE(d.added().size(), 1);
        QCOMPARE(d.added().first().id, freshId);
        QCOMPARE(d.added().first().level2, QStringLiteral("临时救助对象名单"));
        QCOMPARE(d.removed().size(), 1);
        QCOMPARE(d.removed().first(), removed);
        QCOMPARE(d.changed().size(), 2);
        const EditionDiff::ChangedItem &c0
                = d.changed().at(0).before.id == changed.id ? d.changed().at(0) : d.changed().at(1);
        const EditionDiff::ChangedItem &c1
                = d.changed().at(0).before.id == changed.id ? d.changed().at(1) : d.changed().at(0);
        QCOMPARE(c0.changes.size(), 2);
        QCOMPARE(c0.changes.at(0).field, Field::Deadline); // field-table order
        QCOMPARE(c0.changes.at(0).oldValue.toString(), changed.deadline);
        QCOMPARE(c0.changes.at(0).newValue.toString(), QStringLiteral("信息形成或者变更之日起20个工作日内"));
        QCOMPARE(c0.changes.at(1).field, Field::Channels);
        QCOMPARE(c0.changes.at(1).oldValue.toStringList(), changed.channels);
        QCOMPARE(c0.changes.at(1).newValue.toStringList(),
                 (QStringList { QStringLiteral("政府网站"), QStringLiteral("两微一端") }));
        QCOMPARE(c1.before.id, released.id);
        QCOMPARE(c1.changes.size(), 1);
        QCOMPARE(c1.changes.at(0).field, Field::Withheld);
        QCOMPARE(c1.changes.at(0).oldValue.toBool(), true);
        QCOMPARE(c1.changes.at(0).newValue.toBool(), false);

        // Same state: empty diff. Reverse direction: mirror image.
        QVERIFY(EditionDiff::compare(e2.items, file->items()).isEmpty());
        const EditionDiff back = EditionDiff::compare(e2.items, e1.items);
        QCOMPARE(back.added().size(), 1);
        QCOMPARE(back.added().first().id, removed.id);
        QCOMPARE(back.removed().first().id, freshId);

        const QJsonObject j = d.toJson();
        const QJsonObject jc = j.value(QLatin1String("changed")).toArray().at(0).toObject();
        QCOMPARE(jc.value(QLatin1String("changes"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("label"))
                         .toString(),
                 QStringLiteral("公开时限"));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
