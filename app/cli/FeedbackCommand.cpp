#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/PublicationStore.h"
#include "publish/FeedbackImport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gkml::cli {

namespace {
QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

// gkml-cli feedback FILE SRC: the county office's feedback table (问题明细 …) into the file;
// feedback FILE --list [--json]; feedback FILE --fixed PROBLEM --result TEXT [--on DATE].
int runFeedback(const QStringList &args)
{
    CliParser p(QStringLiteral("feedback"));
    p.addOption({ QStringLiteral("list"), QStringLiteral("List the recorded problems.") });
    p.addJsonOption();
    p.addOption({ QStringLiteral("fixed"), QStringLiteral("Record the 整改结果 of a problem."),
                  QStringLiteral("PROBLEM") });
    p.addOption({ QStringLiteral("result"), QStringLiteral("整改结果."), QStringLiteral("TEXT") });
    p.addDateOption(QStringLiteral("on"), QStringLiteral("Date fixed (default today)."));
    if (!p.parseArgs(args, 1, 2))
        return 2;
    const QStringList pos = p.positionalArguments();
    const bool listing = p.isSet(QStringLiteral("list"));
    const bool fixing = p.isSet(QStringLiteral("fixed"));
    if ((listing || fixing) == (pos.size() == 2) || (listing && fixing))
        return CliOutput::error(
                Cli::tr("feedback: give FILE SRC, FILE --list or FILE --fixed PROBLEM --result TEXT"));
    const auto file = p.openCatalogue(listing ? CatalogueFile::OpenMode::ReadOnly
                                              : CatalogueFile::OpenMode::ReadWrite);
    if (!file)
        return 2;
    PublicationStore store(*file);
    if (listing) {
        QJsonArray list;
        for (const InspectionProblem &pr : store.problems()) {
            if (p.isSet(QStringLiteral("json"))) {
                list.append(
                        QJsonObject { { QStringLiteral("id"), pr.id },
                                      { QStringLiteral("item"),
                                        pr.item > 0 ? QJsonValue(pr.item) : QJsonValue(QJsonValue::Null) },
                                      { QStringLiteral("department"), pr.department },
                                      { QStringLiteral("text"), pr.text },
                                      { QStringLiteral("requirement"), pr.requirement },
                                      { QStringLiteral("fixBy"), dateJson(pr.fixBy) },
                                      { QStringLiteral("state"),
                                        pr.isFixed() ? QStringLiteral("fixed") : QStringLiteral("open") },
                                      { QStringLiteral("result"), pr.result },
                                      { QStringLiteral("fixedOn"), dateJson(pr.fixedOn) },
                                      { QStringLiteral("source"), pr.source },
                                      { QStringLiteral("sourceRow"), pr.sourceRow } });
            } else {
                CliOutput::outLine(
                        QStringLiteral("#%1 %2 [%3] %4%5")
                                .arg(pr.id)
                                .arg(pr.isFixed() ? Cli::tr("fixed") : Cli::tr("open"),
                                     pr.item > 0 ? Cli::tr("item %1").arg(pr.item) : Cli::tr("not matched"),
                                     pr.text,
                                     pr.result.isEmpty() ? QString() : QStringLiteral(" → ") + pr.result));
            }
        }
        if (p.isSet(QStringLiteral("json")))
            CliOutput::outBytes(QJsonDocument(QJsonObject { { QStringLiteral("problems"), list } })
                                        .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (file->isReadOnly())
        return CliOutput::error(Cli::tr("The catalogue cannot be changed: %1").arg(file->readOnlyReason()));
    if (fixing) {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("fixed")).toLongLong(&ok);
        if (!ok)
            return CliOutput::error(Cli::tr("feedback: \"%1\" is not a problem number")
                                            .arg(p.value(QStringLiteral("fixed"))));
        if (!p.require(QStringLiteral("result")))
            return 2;
        QDate on = QDate::currentDate();
        if (!p.dateOption(QStringLiteral("on"), &on))
            return 2;
        if (!store.setProblemResult(id, p.value(QStringLiteral("result")), on))
            return CliOutput::error(store.errorString());
        CliOutput::outLine(Cli::tr("Problem %1 recorded as fixed.").arg(id));
        return 0;
    }
    const std::optional<QList<Item>> items = CliParser::readItems(*file);
    if (!items)
        return 2;
    const FeedbackImport::Result read = FeedbackImport::read(pos.at(1), *items);
    if (!read.error.isEmpty())
        return CliOutput::error(read.error);
    // Importing the same table again adds nothing twice.
    QSet<QString> known;
    for (const InspectionProblem &pr : store.problems())
        known.insert(pr.source + QLatin1Char('\n') + pr.sourceRow);
    QList<InspectionProblem> fresh;
    for (const InspectionProblem &pr : read.problems)
        if (!known.contains(pr.source + QLatin1Char('\n') + pr.sourceRow))
            fresh.append(pr);
    if (!store.addProblems(fresh))
        return CliOutput::error(store.errorString());
    int matched = 0;
    for (const InspectionProblem &pr : std::as_const(fresh))
        matched += pr.item > 0 ? 1 : 0;
    CliOutput::outLine(
            Cli::tr("%1 problem(s) recorded, %2 matched to items, %3 not matched; %4 already recorded.")
                    .arg(fresh.size())
                    .arg(matched)
                    .arg(fresh.size() - matched)
                    .arg(read.problems.size() - fresh.size()));
    for (const InspectionProblem &pr : std::as_const(fresh))
        if (pr.item == 0)
            CliOutput::outLine(Cli::tr("  not matched: %1").arg(pr.sourceRow));
    return 0;
}

} // namespace gkml::cli
