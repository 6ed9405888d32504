#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/DocumentStore.h"
#include "documents/DocumentChecker.h"
#include "documents/IndexNumberTemplate.h"
#include "documents/LedgerDate.h"
#include "documents/LedgerForms.h"
#include "documents/LedgerImporter.h"
#include "documents/LedgerPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// gkml-cli doc add|import|list|index: the document ledger (DESIGN.md "Documents and 两馆 transfers").
namespace gkml::cli {

namespace {

IndexNumberTemplate indexTemplate(const DocumentStore &store)
{
    return IndexNumberTemplate(store.indexOrg(), store.indexPattern());
}

DocumentStore::IndexParser parserOf(const IndexNumberTemplate &t)
{
    return [t](const QString &n, int *year, int *seq) { return t.parse(n, year, seq); };
}

// Opens FILE for changing it; nullptr after printing why not.
std::unique_ptr<CatalogueFile> openForWriting(const QString &path)
{
    QString error;
    auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
    if (!file) {
        CliOutput::error(error);
        return nullptr;
    }
    if (file->isReadOnly()) {
        CliOutput::error(Cli::tr("The catalogue cannot be changed: %1").arg(file->readOnlyReason()));
        return nullptr;
    }
    return file;
}

void printFindings(const QList<Finding> &findings)
{
    for (const Finding &f : findings)
        CliOutput::outLine(QStringLiteral("  [%1] %2").arg(f.code, f.message));
}

int runAdd(const QStringList &args)
{
    CliParser p(QStringLiteral("doc add"));
    const QList<QCommandLineOption> options {
        { QStringLiteral("title"), QStringLiteral("标题."), QStringLiteral("T") },
        { QStringLiteral("doc-no"), QStringLiteral("文号."), QStringLiteral("N") },
        { QStringLiteral("written"), QStringLiteral("成文日期."), QStringLiteral("DATE") },
        { QStringLiteral("department"), QStringLiteral("起草股室."), QStringLiteral("D") },
        { QStringLiteral("attribute"), QStringLiteral("主动公开, 依申请公开 or 不予公开."),
          QStringLiteral("A") },
        { QStringLiteral("reason"), QStringLiteral("Reason unless 主动公开."), QStringLiteral("R") },
        { QStringLiteral("reviewer"), QStringLiteral("保密审查人."), QStringLiteral("P") },
        { QStringLiteral("reviewed"), QStringLiteral("保密审查 date."), QStringLiteral("DATE") },
        { QStringLiteral("item"), QStringLiteral("Catalogue item id."), QStringLiteral("ID") },
        { QStringLiteral("type"), QStringLiteral("文件类型 (规章, 规范性文件 ...)."),
          QStringLiteral("TYPE") },
        { QStringLiteral("repealed"), QStringLiteral("废止日期."), QStringLiteral("DATE") },
        { QStringLiteral("copies"), QStringLiteral("份数 per hall."), QStringLiteral("N") },
        { QStringLiteral("index-no"), QStringLiteral("An existing 索引号."), QStringLiteral("NO") },
        { QStringLiteral("assign-index"), QStringLiteral("Give the document the next 索引号.") },
    };
    p.addOptions(options);
    if (!p.parseArgs(args, 1, 1) || !p.require(QStringLiteral("title")))
        return 2;
    Document d;
    d.title = p.value(QStringLiteral("title")).trimmed();
    d.docNo = p.value(QStringLiteral("doc-no")).trimmed();
    d.department = p.value(QStringLiteral("department")).trimmed();
    d.reason = p.value(QStringLiteral("reason")).trimmed();
    d.reviewer = p.value(QStringLiteral("reviewer")).trimmed();
    d.indexNo = p.value(QStringLiteral("index-no")).trimmed();
    d.docType = Document::normaliseType(p.value(QStringLiteral("type")));
    auto date = [&](const QString &option, QDate *out) {
        const QString text = p.value(option);
        *out = LedgerDate::parse(text);
        if (!text.isEmpty() && !out->isValid()) {
            CliOutput::error(Cli::tr("--%1: \"%2\" is not a date (write YYYY-MM-DD).").arg(option, text));
            return false;
        }
        return true;
    };
    if (!date(QStringLiteral("written"), &d.writtenOn) || !date(QStringLiteral("reviewed"), &d.reviewedOn)
        || !date(QStringLiteral("repealed"), &d.repealedOn))
        return 2;
    if (p.isSet(QStringLiteral("attribute"))) {
        d.attribute = Document::normaliseAttribute(p.value(QStringLiteral("attribute")));
        if (d.attribute.isEmpty())
            return CliOutput::error(Cli::tr("--attribute: \"%1\" is none of 主动公开, 依申请公开, 不予公开.")
                                            .arg(p.value(QStringLiteral("attribute"))));
    }
    if (p.isSet(QStringLiteral("copies"))) {
        bool ok = false;
        d.copies = p.value(QStringLiteral("copies")).toInt(&ok);
        if (!ok || d.copies < 1 || d.copies > 1000)
            return CliOutput::error(Cli::tr("--copies: give a number from 1 to 1000."));
    }
    if (p.isSet(QStringLiteral("assign-index")) && !d.indexNo.isEmpty())
        return CliOutput::error(Cli::tr("Give either --index-no or --assign-index, not both."));
    auto file = openForWriting(p.positionalArguments().first());
    if (!file)
        return 2;
    if (p.isSet(QStringLiteral("item"))) {
        d.item = p.value(QStringLiteral("item")).toLongLong();
        if (!file->item(d.item))
            return CliOutput::error(
                    Cli::tr("--item: the catalogue has no item %1.").arg(p.value(QStringLiteral("item"))));
    }
    DocumentStore store(file.get());
    const IndexNumberTemplate index = indexTemplate(store);
    if (p.isSet(QStringLiteral("assign-index")) && !index.isUsable())
        return CliOutput::error(
                Cli::tr("No 索引号 can be assigned: %1 Set it with gkml-cli doc index FILE --org CODE "
                        "--pattern PATTERN.")
                        .arg(index.problem()));
    if (p.isSet(QStringLiteral("assign-index"))) {
        // assignIndexNumber runs its own transaction; undo the insert if it fails.
        const qint64 id = store.insert(d, parserOf(index));
        if (!id)
            return CliOutput::error(store.errorString());
        const QString number = store.assignIndexNumber(
                id, [&index](const QDate &date, int seq) { return index.format(date, seq); });
        if (number.isEmpty()) {
            const QString why = store.errorString();
            store.remove({ id });
            return CliOutput::error(why);
        }
        d.id = id;
        d.indexNo = number;
    } else {
        d.id = store.insert(d, parserOf(index));
        if (!d.id)
            return CliOutput::error(store.errorString());
    }
    CliOutput::outLine(
            Cli::tr("Added document %1%2.")
                    .arg(d.id)
                    .arg(d.indexNo.isEmpty() ? QString() : Cli::tr(" (索引号 %1)").arg(d.indexNo)));
    const QList<Finding> findings = DocumentChecker::check(QList<Document> { *store.document(d.id) }, index);
    printFindings(findings);
    return 0;
}

int runImportLedger(const QStringList &args)
{
    CliParser p(QStringLiteral("doc import"));
    if (!p.parseArgs(args, 2, 2))
        return 2;
    const QString src = p.positionalArguments().at(1);
    // Read the ledger first: nothing is written unless it is understood.
    LedgerImporter::Result r = LedgerImporter::readFile(src);
    if (!r.error.isEmpty())
        return CliOutput::error(QStringLiteral("%1: %2").arg(QFileInfo(src).fileName(), r.error));
    for (const QString &w : std::as_const(r.warnings))
        CliOutput::error(Cli::tr("warning: %1: %2").arg(QFileInfo(src).fileName(), w), 0);
    auto file = openForWriting(p.positionalArguments().first());
    if (!file)
        return 2;
    DocumentStore store(file.get());
    const IndexNumberTemplate index = indexTemplate(store);
    if (!store.insertAll(r.documents, QFileInfo(src).fileName(), parserOf(index)))
        return CliOutput::error(store.errorString());
    const QList<Finding> findings = DocumentChecker::check(store.documents(), index);
    int toReturn = 0;
    QSet<qint64> returned;
    for (const Finding &f : findings) {
        if (DocumentChecker::isReturnCode(f.code))
            returned.insert(f.item);
    }
    toReturn = int(returned.size());
    CliOutput::outLine(Cli::tr("Imported %1 documents; %2 in the ledger are to be returned to their office "
                               "(gkml-cli doc list FILE --to-return).")
                               .arg(r.documents.size())
                               .arg(toReturn));
    return 0;
}

int runList(const QStringList &args)
{
    CliParser p(QStringLiteral("doc list"));
    p.addOption({ QStringLiteral("to-return"),
                  QStringLiteral("Only the documents to be returned, per office.") });
    p.addJsonOption();
    p.addOutputOption(QStringLiteral("Write the to-return list as PDF."), QStringLiteral("OUT.pdf"));
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const auto file = p.openCatalogue();
    if (!file)
        return 2;
    const bool onlyReturn = p.isSet(QStringLiteral("to-return"));
    if (p.isSet(QStringLiteral("o")) && !onlyReturn)
        return CliOutput::error(Cli::tr("-o prints the to-return list: add --to-return."));
    DocumentStore store(file.get());
    const IndexNumberTemplate index = indexTemplate(store);
    const QList<Document> all = store.documents();
    const QList<Finding> findings = DocumentChecker::check(all, index);
    QHash<qint64, QList<Finding>> byDoc;
    for (const Finding &f : findings)
        byDoc[f.item] << f;
    auto returned = [&](qint64 id) {
        for (const Finding &f : byDoc.value(id)) {
            if (DocumentChecker::isReturnCode(f.code))
                return true;
        }
        return false;
    };
    QList<Document> shown;
    for (const Document &d : all) {
        if (!onlyReturn || returned(d.id))
            shown << d;
    }
    if (onlyReturn) {
        // Per office, in office order.
        std::stable_sort(shown.begin(), shown.end(),
                         [](const Document &a, const Document &b) { return a.department < b.department; });
    }
    if (p.isSet(QStringLiteral("o"))) {
        const QList<LedgerSheet> sheets = LedgerForms::returnLists(
                file->info().unit, DocumentChecker::toReturn(all), QDate::currentDate());
        if (sheets.isEmpty())
            return CliOutput::error(Cli::tr("No document is to be returned; no list was written."), 0);
        QString error;
        if (!LedgerPdf::write(sheets, Cli::tr("Documents returned to be redone"),
                              p.value(QStringLiteral("o")), &error))
            return CliOutput::error(error);
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray docs;
        for (const Document &d : std::as_const(shown)) {
            QJsonObject o = d.toJson();
            QJsonArray fs;
            for (const Finding &f : byDoc.value(d.id))
                fs.append(f.toJson());
            o.insert(QStringLiteral("findings"), fs);
            docs.append(o);
        }
        QJsonObject root { { QStringLiteral("unit"), file->info().unit },
                           { QStringLiteral("indexPattern"), index.pattern() },
                           { QStringLiteral("documents"), docs } };
        CliOutput::outBytes(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    QString office = QStringLiteral("\x01");
    for (const Document &d : std::as_const(shown)) {
        if (onlyReturn && d.department != office) {
            office = d.department;
            CliOutput::outLine(QStringLiteral("%1:").arg(office.isEmpty() ? Cli::tr("(no office)") : office));
        }
        CliOutput::outLine(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                                   .arg(d.id)
                                   .arg(d.indexNo, d.docNo, d.title, d.writtenOn.toString(Qt::ISODate),
                                        d.attribute.isEmpty() ? Cli::tr("(unmarked)") : d.attribute,
                                        d.transfer ? Cli::tr("transferred") : QString()));
        printFindings(byDoc.value(d.id));
    }
    CliOutput::outLine(Cli::tr("%1 of %2 documents").arg(shown.size()).arg(all.size()));
    return 0;
}

int runIndex(const QStringList &args)
{
    CliParser p(QStringLiteral("doc index"));
    p.addOption({ QStringLiteral("org"), QStringLiteral("Organisation code."), QStringLiteral("CODE") });
    p.addOption(
            { QStringLiteral("pattern"), QStringLiteral("e.g. {org}/{year}-{seq:5}"), QStringLiteral("P") });
    p.addOption({ QStringLiteral("assign"), QStringLiteral("Give document ID the next 索引号."),
                  QStringLiteral("ID") });
    if (!p.parseArgs(args, 1, 1))
        return 2;
    const QString path = p.positionalArguments().first();
    const bool change = p.isSet(QStringLiteral("org")) || p.isSet(QStringLiteral("pattern"))
            || p.isSet(QStringLiteral("assign"));
    const auto file = change ? openForWriting(path) : p.openCatalogue();
    if (!file)
        return 2;
    DocumentStore store(file.get());
    IndexNumberTemplate index = indexTemplate(store);
    if (p.isSet(QStringLiteral("org")) || p.isSet(QStringLiteral("pattern"))) {
        const QString org = p.isSet(QStringLiteral("org")) ? p.value(QStringLiteral("org")) : index.org();
        QString pattern
                = p.isSet(QStringLiteral("pattern")) ? p.value(QStringLiteral("pattern")) : index.pattern();
        if (pattern.isEmpty())
            pattern = IndexNumberTemplate::defaultPattern();
        const IndexNumberTemplate next(org, pattern);
        if (!next.isUsable())
            return CliOutput::error(next.problem());
        if (!store.setIndexTemplate(next.org(), next.pattern()))
            return CliOutput::error(store.errorString());
        index = next;
    }
    if (p.isSet(QStringLiteral("assign"))) {
        if (!index.isUsable())
            return CliOutput::error(index.problem());
        const QString number
                = store.assignIndexNumber(p.value(QStringLiteral("assign")).toLongLong(),
                                          [&index](const QDate &d, int seq) { return index.format(d, seq); });
        if (number.isEmpty())
            return CliOutput::error(store.errorString());
        CliOutput::outLine(number);
        return 0;
    }
    CliOutput::outLine(Cli::tr("索引号 pattern: %1")
                               .arg(index.pattern().isEmpty() ? Cli::tr("(not set)") : index.pattern()));
    CliOutput::outLine(
            Cli::tr("Organisation code: %1").arg(index.org().isEmpty() ? Cli::tr("(not set)") : index.org()));
    if (index.isUsable())
        CliOutput::outLine(Cli::tr("Example: %1").arg(index.format(QDate::currentDate(), 12)));
    else
        CliOutput::outLine(index.problem());
    return 0;
}

} // namespace

int runDoc(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return runAdd(rest);
    if (sub == QLatin1String("import"))
        return runImportLedger(rest);
    if (sub == QLatin1String("list"))
        return runList(rest);
    if (sub == QLatin1String("index"))
        return runIndex(rest);
    return CliOutput::error(Cli::tr("doc: say add, import, list or index; run gkml-cli --help"));
}

} // namespace gkml::cli
