// ZipReader: the one way GKML unpacks zip files (packages, .xlsx, .docx). Every outcome a
// reader maps to a message: ok, missing, too large, damaged data, checksum mismatch, not a zip,
// and the consumer's own failure; damage wins over the consumer's failure.
#include "util/ZipArchive.h"
#include "util/ZipReader.h"

#include <QBuffer>
#include <QtTest>

using namespace gkml;

namespace {

QByteArray sampleZip()
{
    QString error;
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "第" + QByteArray::number(i) + "行：最低生活保障对象名单公示。\n";
    const auto zip = ZipArchive::write({ { QStringLiteral("xl/worksheets/Sheet1.xml"), text },
                                         { QStringLiteral("目录/说明.txt"), QByteArray("民政局") } },
                                       QDateTime(QDate(2026, 11, 30), QTime(9, 0)), &error);
    return zip.value_or(QByteArray());
}

// A zip held in memory and a reader on it (not opened yet).
struct ZipInMemory
{
    explicit ZipInMemory(const QByteArray &bytes)
        : zip(bytes)
    {
        buffer.open(QIODevice::ReadOnly);
    }
    QByteArray zip;
    QBuffer buffer { &zip };
    ZipReader reader { &buffer };
};

QByteArray entryText()
{
    ZipInMemory sample(sampleZip());
    QByteArray data;
    if (sample.reader.open())
        sample.reader.readEntry(sample.reader.findEntry(QStringLiteral("xl/worksheets/sheet1.xml")), 1 << 20,
                                &data);
    return data;
}

ZipReader::Status readFirst(const QByteArray &zip, qint64 bound, QByteArray *data = nullptr)
{
    ZipInMemory in(zip);
    if (!in.reader.open())
        return ZipReader::Status::NotAZip;
    QByteArray sink;
    return in.reader.readEntry(in.reader.entries().first().name, bound, data ? data : &sink);
}

} // namespace

class TestZipReader : public QObject
{
    Q_OBJECT
private slots:
    void readsEntriesByAnyCase()
    {
        ZipInMemory sample(sampleZip());
        ZipReader &reader = sample.reader;
        QVERIFY(reader.open());
        QCOMPARE(reader.entries().size(), 2);
        QCOMPARE(reader.findEntry(QStringLiteral("XL/WORKSHEETS/SHEET1.XML")),
                 QStringLiteral("xl/worksheets/Sheet1.xml"));
        QCOMPARE(reader.findEntry(QStringLiteral("目录/说明.txt")),
                 QStringLiteral("目录/说明.txt")); // UTF-8 names
        QByteArray data;
        QCOMPARE(reader.readEntry(QStringLiteral("目录/说明.txt"), 100, &data), ZipReader::Status::Ok);
        QCOMPARE(data, QByteArray("民政局"));
        QCOMPARE(reader.readEntry(QString(), 100, &data), ZipReader::Status::Missing);
        QCOMPARE(reader.readEntry(QStringLiteral("nothing.xml"), 100, &data), ZipReader::Status::Missing);
        QVERIFY(entryText().startsWith("第0行"));
    }

    void boundCountsInflatedBytes()
    {
        const qint64 size = entryText().size();
        QByteArray data;
        QCOMPARE(readFirst(sampleZip(), size, &data), ZipReader::Status::Ok);
        QCOMPARE(data.size(), size);
        QCOMPARE(readFirst(sampleZip(), size - 1), ZipReader::Status::TooLarge);
        QCOMPARE(readFirst(sampleZip(), 1000), ZipReader::Status::TooLarge);
    }

    void damageAndChecksum()
    {
        const QByteArray good = sampleZip();
        // The stored CRC of the first entry, in its central directory record (offset 16).
        QByteArray badCrc = good;
        const qsizetype central = badCrc.indexOf(QByteArray("PK\x01\x02", 4));
        QVERIFY(central > 0);
        badCrc[central + 16] = static_cast<char>(badCrc.at(central + 16) ^ 0x5A);
        const qsizetype local = badCrc.indexOf(QByteArray("PK\x03\x04", 4));
        badCrc[local + 14] = static_cast<char>(badCrc.at(local + 14) ^ 0x5A);
        QCOMPARE(readFirst(badCrc, 1 << 20), ZipReader::Status::ChecksumMismatch);

        // Garbage in the middle of the deflated data: inflating fails (or, rarely, the checksum).
        QByteArray broken = good;
        for (qsizetype i = 200; i < 260; ++i)
            broken[i] = static_cast<char>(0xFF);
        const ZipReader::Status status = readFirst(broken, 1 << 20);
        QVERIFY2(status == ZipReader::Status::Damaged || status == ZipReader::Status::ChecksumMismatch,
                 QByteArray::number(static_cast<int>(status)).constData());
    }

    void notAZip()
    {
        QCOMPARE(readFirst(QByteArray("安溪县民政局 not a zip at all"), 100), ZipReader::Status::NotAZip);
        QCOMPARE(readFirst(sampleZip().left(300), 100), ZipReader::Status::NotAZip); // no directory
    }

    void consumerFailureUnlessDamaged()
    {
        ZipInMemory sample(sampleZip());
        ZipReader &reader = sample.reader;
        QVERIFY(reader.open());
        const QString sheet = reader.entries().first().name;
        const auto giveUp = [](QIODevice &device) {
            device.read(10);
            return false;
        };
        QCOMPARE(reader.readEntry(sheet, 1 << 20, giveUp), ZipReader::Status::ConsumerFailed);
        // The same consumer on an entry beyond the bound: the bound is the reason it ended.
        const auto readAllThenFail = [](QIODevice &device) {
            device.readAll();
            return false;
        };
        QCOMPARE(reader.readEntry(sheet, 500, readAllThenFail), ZipReader::Status::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"
