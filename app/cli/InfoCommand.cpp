#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "township/TownshipCatalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

int runInfo(const QStringList &args)
{
    CliParser p(QStringLiteral("info"));
    p.addJsonOption();
    const auto file = p.parseAndOpen(args);
    if (!file)
        return 2;
    const CatalogueInfo info = file->info();
    const auto counts = file->domainCounts();
    int total = 0;
    for (const auto &c : counts)
        total += c.second;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("unit"), info.unit);
        o.insert(QStringLiteral("schemaVersion"), file->schemaVersion());
        if (info.standardId.isEmpty()) {
            o.insert(QStringLiteral("standard"), QJsonValue::Null);
        } else {
            o.insert(QStringLiteral("standard"),
                     QJsonObject { { QStringLiteral("id"), info.standardId },
                                   { QStringLiteral("version"), info.standardVersion } });
        }
        o.insert(QStringLiteral("items"), total);
        QJsonObject domains;
        for (const auto &[name, count] : counts)
            domains.insert(name, count);
        o.insert(QStringLiteral("domains"), domains);
        // Per 股室 (all items, like domains) and per township (its derived public catalogue).
        const std::optional<QList<Item>> read = CliParser::readItems(*file);
        if (!read)
            return 2;
        const QList<Item> &items = *read;
        QJsonObject departments;
        for (const Item &it : items)
            departments.insert(it.department, departments.value(it.department).toInt() + 1);
        o.insert(QStringLiteral("departments"), departments);
        QJsonObject townships;
        TownshipStore store(*file);
        const Vocabulary *levels = TownshipCatalogue::levelVocabularyFor(*file);
        for (const Township &t : store.townships())
            townships.insert(
                    t.name,
                    static_cast<int>(
                            TownshipCatalogue(t, levels).derive(items, store.additions(t.id)).items.size()));
        o.insert(QStringLiteral("townships"), townships);
        if (!info.region.isEmpty())
            o.insert(QStringLiteral("region"), info.region);
        CliOutput::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    CliOutput::outLine(Cli::tr("Unit: %1").arg(info.unit));
    if (!info.region.isEmpty())
        CliOutput::outLine(Cli::tr("Region: %1").arg(info.region));
    CliOutput::outLine(Cli::tr("Standard: %1")
                               .arg(info.standardId.isEmpty()
                                            ? Cli::tr("(none)")
                                            : info.standardId + QLatin1Char(' ') + info.standardVersion));
    CliOutput::outLine(Cli::tr("Schema version: %1").arg(file->schemaVersion()));
    CliOutput::outLine(Cli::tr("Items: %1").arg(total));
    for (const auto &[name, count] : counts)
        CliOutput::outLine(
                QStringLiteral("  %1: %2").arg(name.isEmpty() ? Cli::tr("(no domain)") : name).arg(count));
    const std::optional<QList<Item>> read = CliParser::readItems(*file);
    if (!read)
        return 2;
    const QList<Item> &items = *read;
    QStringList order;
    QHash<QString, int> departments;
    for (const Item &it : items) {
        if (!departments.contains(it.department))
            order.append(it.department);
        ++departments[it.department];
    }
    CliOutput::outLine(Cli::tr("Responsible offices:"));
    for (const QString &name : std::as_const(order))
        CliOutput::outLine(QStringLiteral("  %1: %2")
                                   .arg(name.isEmpty() ? Cli::tr("(no office)") : name)
                                   .arg(departments.value(name)));
    TownshipStore store(*file);
    const QList<Township> townships = store.townships();
    if (!townships.isEmpty()) {
        CliOutput::outLine(Cli::tr("Townships (items on their boards):"));
        const Vocabulary *levels = TownshipCatalogue::levelVocabularyFor(*file);
        for (const Township &t : townships)
            CliOutput::outLine(QStringLiteral("  %1: %2")
                                       .arg(t.name)
                                       .arg(TownshipCatalogue(t, levels)
                                                    .derive(items, store.additions(t.id))
                                                    .items.size()));
    }
    return 0;
}

} // namespace gkml::cli
