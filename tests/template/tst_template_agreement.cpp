// The agreement test of issue 11: for every item of every fixture, the printed cell text, the
// xlsx cell text and the text typed into the table decode (CellCodec) to the same field values.
#include "TestFiles.h"
#include "catalogue/TemplateVocabulary.h"
#include "exchange/ExportOptions.h"
#include "exchange/Importer.h"
#include "exchange/TemplateLayout.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"
#include "models/ItemTableModel.h"
#include "print/SheetLayout.h"
#include "template/CellCodec.h"
#include "template/TemplateTerms.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gkml;

namespace {

// Field values as the template means them: aliases read as their value (区级 = 县级), local
// channels as 其他：text, line breaks as written.
QStringList meaning(Field field, const QStringList &values)
{
    if (field != Field::Channels)
        return TemplateTerms::canonicalSet(field, values);
    QStringList out;
    for (const QString &v : values) {
        const QString c = TemplateVocabulary::canonicalChannel(v.trimmed());
        const QString m = !c.isEmpty() ? c
                : v.trimmed().startsWith(TemplateVocabulary::otherChannel())
                ? v.trimmed()
                : TemplateVocabulary::asOtherChannel(v.trimmed());
        if (!v.trimmed().isEmpty() && !out.contains(m))
            out << m;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString describe(const Item &expected, Field f, const QVariant &got)
{
    return QStringLiteral("%1 / %2, field %3: expected \"%4\", got \"%5\"")
            .arg(expected.level1, expected.level2, ItemFields::key(f),
                 expected.value(f).toStringList().join(QLatin1Char('|')) + expected.value(f).toString(),
                 got.toStringList().join(QLatin1Char('|')) + got.toString());
}

bool agrees(const Item &expected, const Item &got, const QList<Field> &fields, QString *why)
{
    for (Field f : fields) {
        const QVariant a = expected.value(f);
        const QVariant b = got.value(f);
        bool same;
        if (ItemFields::info(f).type == FieldType::Set)
            same = meaning(f, a.toStringList()) == meaning(f, b.toStringList());
        else if (ItemFields::info(f).type == FieldType::Text)
            same = a.toString().trimmed() == b.toString().trimmed();
        else
            same = a == b;
        if (!same) {
            *why = describe(expected, f, b);
            return false;
        }
    }
    if (fields.contains(Field::Audience) && expected.audience.size() > 0
        && meaning(Field::Audience, expected.audience).contains(QStringLiteral("特定群体"))
        && expected.audienceNote.trimmed() != got.audienceNote.trimmed()) {
        *why = QStringLiteral("%1 / %2: audience note \"%3\" read back as \"%4\"")
                       .arg(expected.level1, expected.level2, expected.audienceNote, got.audienceNote);
        return false;
    }
    return true;
}

} // namespace

class TstTemplateAgreement : public QObject
{
    Q_OBJECT
private slots:
    void agreement_data()
    {
        QTest::addColumn<QString>("path");
        // Every sample and variant a reader test uses.
        for (const char *folder : { "/samples", "/exchange", "/foundation" }) {
            const QDir dir(QStringLiteral(GKML_FIXTURES) + QLatin1String(folder));
            for (const QString &name : dir.entryList(
                         { QStringLiteral("*.xlsx"), QStringLiteral("*.csv"), QStringLiteral("*.html") },
                         QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void agreement()
    {
        QFETCH(QString, path);
        ImportOptions options;
        options.domain = QStringLiteral("社会救助"); // for the variants that name no domain
        const ImportResult imported = Importer::read(path, options);
        if (!imported.error.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not a catalogue fixture: ") + imported.error));
        QList<Item> items = imported.items;
        QVERIFY(!items.isEmpty());
        // Each item gets an id so that the three readings can be matched to it.
        for (int i = 0; i < items.size(); ++i)
            items[i].id = i + 1;
        // Cover the three disagreements of issue 11 on real rows too.
        items[0].level << QStringLiteral("村级");
        if (items.size() > 1) {
            items[1].level = { QStringLiteral("区级") };
            items[1].audience = { QStringLiteral("社会公众") };
        }
        CatalogueInfo info;
        info.unit = QStringLiteral("安溪县民政局");

        // 1. Typed into the table: the text the clerk sees, typed back.
        for (const Item &item : std::as_const(items)) {
            Item typed;
            for (const FieldInfo &fi : ItemFields::all()) {
                const Field f = fi.field;
                typed.setValue(f, ItemTableModel::valueFromText(f, ItemTableModel::displayText(item, f)));
            }
            QString why;
            QVERIFY2(agrees(item, typed,
                            { Field::Level1, Field::Level2, Field::Level3, Field::Content, Field::Basis,
                              Field::Deadline, Field::Owner, Field::Channels, Field::Audience, Field::Method,
                              Field::Level, Field::Stages, Field::Note, Field::Withheld },
                            &why),
                     qPrintable(QStringLiteral("typed: ") + why));
        }

        // 2. Printed: the sheet's cell texts decoded by the template column each one prints.
        const QList<Field> printed = { Field::Level1,   Field::Level2,   Field::Level3, Field::Content,
                                       Field::Basis,    Field::Deadline, Field::Owner,  Field::Channels,
                                       Field::Audience, Field::Method,   Field::Level };
        const SheetLayout sheet(items, info, SheetOptions());
        QHash<qint64, Item> printedItems;
        for (const SheetLayout::Set &set : sheet.sets()) {
            for (int row = 0; row < set.items.size(); ++row) {
                const Item &item = set.items.at(row);
                Item back;
                for (int c = 0; c < sheet.columns().size(); ++c) {
                    const SheetLayout::Column &col = sheet.columns().at(c);
                    if (!col.model)
                        continue;
                    QString text = sheet.cellText(item, c, row + 1);
                    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
                    CellCodec::decode(*col.model, text, back);
                }
                printedItems.insert(item.id, back);
            }
        }

        // 3. The xlsx export, written and read back as a file.
        QTemporaryDir tmp;
        const QString xlsxPath = tmp.filePath(QStringLiteral("agreement.xlsx"));
        QString error;
        const QByteArray xlsx = XlsxWriter::write(items, info, ExportOptions(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(gkml::test::writeFile(xlsxPath, xlsx));
        const XlsxReader::Result read = XlsxReader::readFile(xlsxPath);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const QList<TemplateLayout::Section> sections
                = TemplateLayout::sections(items, info, ExportOptions());
        QCOMPARE(read.grids.size(), sections.size());
        QHash<qint64, Item> xlsxItems;
        for (int s = 0; s < sections.size(); ++s) {
            TableGrid grid = read.grids.at(s);
            QVERIFY(grid.spreadMerges());
            const TemplateLayout::Section &section = sections.at(s);
            const int firstDataRow = 3; // title, two header rows
            for (int c = 0; c < section.columns.size(); ++c) {
                const TemplateColumn &col = section.columns.at(c);
                QCOMPARE(grid.cell(2, c).isEmpty() ? grid.cell(1, c) : grid.cell(2, c), col.label);
            }
            for (int i = 0; i < section.items.size(); ++i) {
                Item back;
                for (int c = 0; c < section.columns.size(); ++c)
                    CellCodec::decode(section.columns.at(c), grid.cell(firstDataRow + i, c), back);
                xlsxItems.insert(section.items.at(i).id, back);
            }
        }

        int compared = 0;
        for (const Item &item : std::as_const(items)) {
            if (item.withheld) {
                QVERIFY(!printedItems.contains(item.id));
                QVERIFY(!xlsxItems.contains(item.id));
                continue;
            }
            QVERIFY(printedItems.contains(item.id));
            QVERIFY(xlsxItems.contains(item.id));
            QString why;
            QVERIFY2(agrees(item, printedItems.value(item.id), printed, &why),
                     qPrintable(QStringLiteral("printed: ") + why));
            QVERIFY2(agrees(item, xlsxItems.value(item.id), printed, &why),
                     qPrintable(QStringLiteral("xlsx: ") + why));
            ++compared;
        }
        QVERIFY(compared > 0);
    }
};

QTEST_MAIN(TstTemplateAgreement)
#include "tst_template_agreement.moc"
