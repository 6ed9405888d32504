// Exporter: a catalogue file through xlsx and html and back keeps every field of every item;
// withheld items never leave in a public format, even when asked.
#include "TestFiles.h"
#include "TestItems.h"
#include "catalogue/CatalogueFile.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace gkml;
using namespace gkml::test;

class TestExporter : public QObject
{
    Q_OBJECT
private slots:
    void roundTripThroughCatalogueFile()
    {
        // file -> xlsx -> file and file -> html -> file: every field of every item.
        QTemporaryDir dir;
        QString error;
        auto source = CatalogueFile::create(dir.filePath(QStringLiteral("a.gkml")),
                                            CatalogueInfo::withUnit(QStringLiteral("安溪县民政局")), &error);
        QVERIFY2(source, qPrintable(error));
        QList<Item> items = richItems().mid(0, 3);
        QVERIFY(source->insertItems(items, QStringLiteral("test")));
        for (const ExportFormat format : { ExportFormat::Xlsx, ExportFormat::Html }) {
            const QString out = dir.filePath(QStringLiteral("out.") + Exporter::suffix(format));
            QVERIFY2(Exporter::write(source->items(), source->info(), format, out, {}, &error),
                     qPrintable(error));
            const ImportResult r = Importer::read(out, {});
            QVERIFY2(r.ok(), qPrintable(r.error));
            auto target = CatalogueFile::create(
                    dir.filePath(QStringLiteral("b-%1.gkml").arg(Exporter::suffix(format))),
                    CatalogueInfo::withUnit(r.unit), &error);
            QVERIFY2(target, qPrintable(error));
            QList<Item> imported = r.items;
            QVERIFY(target->insertItems(imported, out));
            compareItems(target->items(), source->items());
        }
    }

    void withheldNeverExported()
    {
        ExportOptions o;
        o.includeWithheld = true; // even when asked: xlsx and html are public
        QString error;
        const QList<Item> items = richItems();
        for (const ExportFormat format : { ExportFormat::Xlsx, ExportFormat::Html }) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("w.") + Exporter::suffix(format));
            QVERIFY2(Exporter::write(items, {}, format, path, o, &error), qPrintable(error));
            const ImportResult r = Importer::read(path, {});
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.items.size(), 3);
            for (const Item &it : r.items)
                QVERIFY(it.level2 != QStringLiteral("内部审批过程记录"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("内部审批过程记录"));
        }
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
