// gkml-reliability-driver: the second process of the reliability tests.
//
//   edit FILE OUTDIR SEED [MAXOPS]  applies random edits (setField, insertItems imports,
//                                   removeItems/restoreItems, exports to a final file name) until
//                                   killed; every step is announced ("begin") before it starts and
//                                   acknowledged ("ack") after it returned, one JSON line each.
//   hold FILE                       opens FILE for editing, prints its status, waits for stdin
//                                   to close, then closes the file (a second editor).
//   open FILE                       opens FILE for editing, prints its status and exits.
//   die-taking-lock FILE STEP       opens FILE for editing and ends abruptly (no destructors, as a
//                                   kill would) right after STEP of taking the lock: "written"
//                                   (complete private copy) or "published" (under the lock's name).
//   die-in-edit FILE                starts changing every item in one transaction, spills it to
//                                   the file, prints "ready" and waits to be killed (leaves a hot
//                                   journal behind).
//
// Output is flushed line by line, so a supervisor that kills this process with SIGKILL knows
// exactly which edits were committed before the kill.
#include "CrashWorkload.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditLock.h"
#include "exchange/Exporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>

using namespace gkml;
using namespace gkml::reliability;

namespace {

void emitLine(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

// Before operation `n` (`op`) touches the file: what it is about to do, for the test to check.
void emitBegin(int n, const char *op, QJsonObject details = {})
{
    details.insert(QStringLiteral("t"), QStringLiteral("begin"));
    details.insert(QStringLiteral("n"), n);
    details.insert(QStringLiteral("op"), QLatin1String(op));
    emitLine(details);
}

// Operation `n` is in the file: a kill from now on must not lose it.
void emitAck(int n, QJsonObject details = {})
{
    details.insert(QStringLiteral("t"), QStringLiteral("ack"));
    details.insert(QStringLiteral("n"), n);
    emitLine(details);
}

QJsonObject status(const CatalogueFile &file, bool lockExisted)
{
    const LockInfo h = file.lockHolder();
    return QJsonObject { { QStringLiteral("t"), QStringLiteral("open") },
                         { QStringLiteral("readOnly"), file.isReadOnly() },
                         { QStringLiteral("reason"), file.readOnlyReason() },
                         { QStringLiteral("holderUser"), h.user },
                         { QStringLiteral("holderHost"), h.host },
                         { QStringLiteral("holderPid"), h.pid },
                         { QStringLiteral("lockExisted"), lockExisted },
                         { QStringLiteral("pid"), QCoreApplication::applicationPid() } };
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

int fail(int n, const QString &error)
{
    emitLine({ { QStringLiteral("t"), QStringLiteral("fail") },
               { QStringLiteral("n"), n },
               { QStringLiteral("error"), error } });
    return 4;
}

// A value for a field that is different on every call (so every edit is visible in the file).
QVariant freshValue(Field f, int n, QRandomGenerator &rng)
{
    switch (ItemFields::info(f).type) {
    case FieldType::Text: return QStringLiteral("修改%1-%2 公开内容").arg(n).arg(rng.bounded(1000000));
    case FieldType::Integer: return static_cast<int>(rng.bounded(1, 100000));
    case FieldType::Boolean: return rng.bounded(2) == 1;
    case FieldType::Set: {
        QStringList v { QStringLiteral("政府网站") };
        if (rng.bounded(2))
            v << QStringLiteral("其他：公示栏%1").arg(n);
        return v;
    }
    }
    return {};
}

// Opens the file for writing and says so first (the status line: read-only or not, whether a
// lock was there before).
std::unique_ptr<CatalogueFile> openWithStatus(const QString &path, QString *error)
{
    const bool lockExisted = QFile::exists(path + QStringLiteral(".lock"));
    auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, error);
    if (file)
        emitLine(status(*file, lockExisted));
    return file;
}

int runEdit(const QString &path, const QString &outDir, quint32 seed, int maxOps)
{
    QString error;
    auto file = openWithStatus(path, &error);
    if (!file)
        return fail(0, error);
    if (file->isReadOnly())
        return 3;

    QRandomGenerator rng(seed);
    QList<qint64> live;
    for (const Item &it : file->items())
        live << it.id;
    QList<Item> removed; // removed in this run, candidates for restore (undo of a delete)
    const CatalogueInfo info = file->info();
    const QList<Field> editable
            = { Field::Level1, Field::Level2,   Field::Content, Field::Deadline, Field::Channels,
                Field::Seq,    Field::Withheld, Field::Note,    Field::Method,   Field::Department };

    for (int n = 1; n <= maxOps; ++n) {
        const int dice = static_cast<int>(rng.bounded(100));
        if (dice < 50 && !live.isEmpty()) {
            const qint64 id = live.at(rng.bounded(static_cast<int>(live.size())));
            const Field f = editable.at(rng.bounded(static_cast<int>(editable.size())));
            const QVariant v = freshValue(f, n, rng);
            emitBegin(n, "set",
                      { { QStringLiteral("id"), id },
                        { QStringLiteral("field"), ItemFields::key(f) },
                        { QStringLiteral("value"), fieldValueToJson(v) } });
            if (!file->setField(id, f, v))
                return fail(n, file->errorString());
            emitAck(n);
        } else if (dice < 62 || live.isEmpty()) {
            // Large catalogues are kept in check: past 3000 items, imports stay small.
            const int count = static_cast<int>(live.size() > 3000 ? rng.bounded(1, 3) : rng.bounded(1, 200));
            const QString batch = QStringLiteral("批次-%1-%2").arg(seed).arg(n);
            QList<Item> items = workloadBatch(batch, count);
            emitBegin(n, "import",
                      { { QStringLiteral("batch"), batch }, { QStringLiteral("count"), count } });
            if (!file->insertItems(items, QStringLiteral("import %1.csv").arg(batch)))
                return fail(n, file->errorString());
            QList<qint64> ids;
            for (const Item &it : std::as_const(items))
                ids << it.id;
            live << ids;
            emitAck(n, { { QStringLiteral("ids"), idArray(ids) } });
        } else if (dice < 76) {
            QList<qint64> ids;
            const int count = static_cast<int>(rng.bounded(1, live.size() > 2000 ? 120 : 12));
            for (int i = 0; i < count && !live.isEmpty(); ++i)
                ids << live.takeAt(rng.bounded(static_cast<int>(live.size())));
            QList<Item> before;
            for (qint64 id : std::as_const(ids))
                before << *file->item(id);
            emitBegin(n, "remove", { { QStringLiteral("ids"), idArray(ids) } });
            if (!file->removeItems(ids))
                return fail(n, file->errorString());
            removed << before;
            emitAck(n);
        } else if (dice < 86 && !removed.isEmpty()) {
            const int count = static_cast<int>(rng.bounded(1, static_cast<int>(removed.size()) + 1));
            const QList<Item> back = removed.mid(removed.size() - count);
            QList<qint64> ids;
            for (const Item &it : back)
                ids << it.id;
            emitBegin(n, "restore", { { QStringLiteral("ids"), idArray(ids) } });
            if (!file->restoreItems(back))
                return fail(n, file->errorString());
            removed.resize(removed.size() - count);
            live << ids;
            emitAck(n);
        } else {
            const bool json = rng.bounded(2) == 1;
            const ExportFormat format = json ? ExportFormat::Json : ExportFormat::Csv;
            const QString target
                    = QDir(outDir).filePath(json ? QStringLiteral("导出.json") : QStringLiteral("导出.csv"));
            const QList<Item> items = file->items();
            ExportOptions options;
            options.includeWithheld = rng.bounded(2) == 1;
            QString why;
            const QByteArray bytes = Exporter::bytes(items, info, format, options, &why);
            emitBegin(n, "export",
                      { { QStringLiteral("path"), target },
                        { QStringLiteral("sha256"),
                          QString::fromLatin1(
                                  QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) } });
            if (!Exporter::write(items, info, format, target, options, &why))
                return fail(n, why);
            emitAck(n);
        }
    }
    return 0;
}

int runOpen(const QString &path, bool hold)
{
    QString error;
    auto file = openWithStatus(path, &error);
    if (!file)
        return fail(0, error);
    if (hold) {
        // Wait until the supervisor closes our stdin (or says "quit"); then close normally.
        QTextStream in(stdin);
        QString line;
        while (in.readLineInto(&line) && line != QLatin1String("quit")) { }
    }
    return 0;
}

int runDieInEdit(const QString &path)
{
    QString error;
    auto file = CatalogueFile::open(path, CatalogueFile::OpenMode::ReadWrite, &error);
    if (!file || file->isReadOnly())
        return fail(0, file ? file->readOnlyReason() : error);
    QSqlDatabase db = file->database();
    QSqlQuery q(db);
    // A tiny page cache makes SQLite write changed pages into the file before the commit, as a
    // large import does: the journal is then needed to undo them.
    q.exec(QStringLiteral("PRAGMA cache_size=1"));
    db.transaction();
    if (!q.exec(QStringLiteral("UPDATE item SET content = content || hex(randomblob(200))")))
        return fail(0, q.lastError().text());
    emitLine({ { QStringLiteral("t"), QStringLiteral("ready") } });
    QTextStream in(stdin);
    QString line;
    while (in.readLineInto(&line)) { }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("edit") && args.size() >= 4)
        return runEdit(args.at(1), args.at(2), args.at(3).toUInt(),
                       args.size() > 4 ? args.at(4).toInt() : 1 << 30);
    if ((mode == QLatin1String("hold") || mode == QLatin1String("open")) && args.size() >= 2)
        return runOpen(args.at(1), mode == QLatin1String("hold"));
    if (mode == QLatin1String("die-in-edit") && args.size() >= 2)
        return runDieInEdit(args.at(1));
    if (mode == QLatin1String("die-taking-lock") && args.size() >= 3) {
        static EditLock::Step dieAfter;
        dieAfter = args.at(2) == QLatin1String("written") ? EditLock::Step::PrivateCopyWritten
                                                          : EditLock::Step::Published;
        EditLock::setStepHookForTesting([](EditLock::Step step) {
            if (step == dieAfter)
                std::_Exit(86);
        });
        return runOpen(args.at(1), false);
    }
    std::fprintf(stderr,
                 "usage: gkml-reliability-driver edit FILE OUTDIR SEED [MAXOPS] | hold FILE | open FILE"
                 " | die-in-edit FILE | die-taking-lock FILE written|published\n");
    return 2;
}
