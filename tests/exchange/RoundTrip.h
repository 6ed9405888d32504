#pragma once

// Shared by the export tests: items through an exported file and back.
#include "TestFiles.h"
#include "TestItems.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"

#include <QTest>

namespace exchangefixtures {

// `items` exported as `format` to `path` (for 安溪县民政局) and imported again: the unit and every
// field of every public item come back; a withheld item never leaves.
inline void verifyRoundTrip(const QList<gkml::Item> &items, gkml::ExportFormat format, const QString &path)
{
    QString error;
    const gkml::CatalogueInfo info = gkml::CatalogueInfo::withUnit(QStringLiteral("安溪县民政局"));
    QVERIFY2(gkml::Exporter::write(items, info, format, path, {}, &error), qPrintable(error));
    const gkml::ImportResult r = gkml::Importer::read(path, {});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.unit, info.unit);
    QList<gkml::Item> published;
    for (const gkml::Item &it : items) {
        if (!it.withheld)
            published << it;
    }
    gkml::test::compareItems(r.items, published);
}

// A shared sample (tests/fixtures/samples/) read, then through `format` and back unchanged.
inline void verifySampleRoundTrip(const QString &sample, gkml::ExportFormat format, const QString &path)
{
    const gkml::ImportResult s = gkml::Importer::read(gkml::test::kSamples + sample, {});
    QVERIFY2(s.ok(), qPrintable(s.error));
    verifyRoundTrip(s.items, format, path);
}

} // namespace exchangefixtures
