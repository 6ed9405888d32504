#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "exchange/CsvReader.h"
#include "exchange/Importer.h"
#include "exchange/XlsxReader.h"
#include "township/TownshipCatalogue.h"
#include "township/TownshipList.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gkml::cli {

namespace {

// The townships listed in SRC (.csv or .xlsx: the first sheet that names one).
TownshipList::Result readList(const QString &source)
{
    TownshipList::Result r;
    const QFileInfo info(source);
    if (!info.isFile()) {
        r.error = Cli::tr("townships: %1 cannot be read (no such file)").arg(source);
        return r;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        const CsvReader::Result csv = CsvReader::readFile(source, QStringLiteral("auto"));
        if (!csv.error.isEmpty()) {
            r.error = csv.error;
            return r;
        }
        return TownshipList::fromGrid(csv.grid);
    }
    if (suffix == QLatin1String("xlsx")) {
        const XlsxReader::Result xlsx = XlsxReader::readFile(source);
        if (!xlsx.error.isEmpty()) {
            r.error = xlsx.error;
            return r;
        }
        for (const TableGrid &grid : xlsx.grids) {
            r = TownshipList::fromGrid(grid);
            if (r.error.isEmpty())
                return r;
        }
        if (xlsx.grids.isEmpty())
            r.error = Cli::tr("The list names no township.");
        return r;
    }
    r.error = Cli::tr("townships: %1 is not a .csv or .xlsx file").arg(source);
    return r;
}

} // namespace

// gkml-cli townships FILE [--add NAME...] [--import SRC] [--township NAME --own-items SRC] [--json]
int runTownships(const QStringList &args)
{
    CliParser p(QStringLiteral("townships"));
    p.addOption({ QStringLiteral("add"),
                  Cli::tr("Add a township (乡镇/街道); repeat it, or list several names separated by 、 or "
                          "commas."),
                  Cli::tr("NAME") });
    p.addOption({ QStringLiteral("import"),
                  Cli::tr("Add the townships listed in a .csv or .xlsx file (name, office, "
                          "contact)."),
                  Cli::tr("SRC") });
    p.addOption({ QStringLiteral("township"), Cli::tr("The township whose own items --own-items replaces."),
                  Cli::tr("NAME") });
    p.addOption(
            { QStringLiteral("own-items"),
              Cli::tr("Replace the township's own items (乡镇自有事项) with the items of a catalogue file "
                      "its office sent in the county template."),
              Cli::tr("SRC") });
    p.addJsonOption();
    if (!p.parseArgs(args, 1, -1))
        return 2;
    if (p.isSet(QStringLiteral("own-items")) != p.isSet(QStringLiteral("township")))
        return CliOutput::error(Cli::tr("townships: --own-items and --township go together"));
    const QStringList positional = p.positionalArguments();
    const QString path = positional.first();

    // Everything to add is read and checked before the file is opened for writing.
    QList<Township> toAdd;
    if (p.isSet(QStringLiteral("add"))) {
        static const QRegularExpression separators(QStringLiteral("[、,，;；]"));
        QStringList names;
        for (const QString &value : p.values(QStringLiteral("add")))
            names += value.split(separators);
        names += positional.mid(1); // "--add 城厢镇 湖头镇" (the shell splits the names)
        for (const QString &raw : std::as_const(names)) {
            const QString name = raw.trimmed();
            if (name.isEmpty())
                continue;
            const QString why = TownshipStore::checkName(name);
            if (!why.isEmpty())
                return CliOutput::error(QStringLiteral("townships: %1").arg(why));
            toAdd.append(Township { 0, name, {}, {} });
        }
        if (toAdd.isEmpty())
            return CliOutput::error(Cli::tr("townships: --add needs at least one name"));
    } else if (positional.size() > 1) {
        return CliOutput::error(Cli::tr("townships: wrong number of arguments; run gkml-cli --help"));
    }
    if (p.isSet(QStringLiteral("import"))) {
        const TownshipList::Result list = readList(p.value(QStringLiteral("import")));
        if (!list.error.isEmpty())
            return CliOutput::error(QStringLiteral("townships: %1").arg(list.error));
        toAdd += list.townships;
    }

    ImportResult ownItems;
    if (p.isSet(QStringLiteral("own-items"))) {
        const QString src = p.value(QStringLiteral("own-items"));
        ownItems = Importer::read(src, {});
        if (!ownItems.ok())
            return CliOutput::error(QStringLiteral("townships: %1").arg(ownItems.error));
        if (ownItems.items.isEmpty())
            return CliOutput::error(Cli::tr("townships: %1 holds no items").arg(src));
    }
    const bool writes = !toAdd.isEmpty() || p.isSet(QStringLiteral("own-items"));

    const auto file = p.openCatalogue(writes ? CatalogueFile::OpenMode::ReadWrite
                                             : CatalogueFile::OpenMode::ReadOnly);
    if (!file)
        return 2;
    TownshipStore store(*file);
    int added = 0;
    if (writes && file->isReadOnly())
        return CliOutput::error(
                Cli::tr("townships: the catalogue is open read-only: %1").arg(file->readOnlyReason()));
    if (!toAdd.isEmpty() && !store.add(toAdd, &added))
        return CliOutput::error(store.errorString());
    if (p.isSet(QStringLiteral("own-items"))) {
        const QString name = p.value(QStringLiteral("township")).trimmed();
        const std::optional<Township> township = store.find(name);
        if (!township)
            return CliOutput::error(Cli::tr("townships: the catalogue has no township named %1").arg(name));
        if (!store.replaceAdditions(township->id, ownItems.items))
            return CliOutput::error(store.errorString());
        for (const QString &w : std::as_const(ownItems.warnings))
            CliOutput::error(Cli::tr("warning: %1").arg(w), 0);
    }

    const QList<Township> townships = store.townships();
    const std::optional<QList<Item>> read = CliParser::readItems(*file);
    if (!read)
        return 2;
    const QList<Item> &items = *read;
    const Vocabulary *levels = TownshipCatalogue::levelVocabularyFor(*file);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Township &t : townships) {
            const auto view = TownshipCatalogue(t, levels).derive(items, store.additions(t.id));
            list.append(QJsonObject { { QStringLiteral("name"), t.name },
                                      { QStringLiteral("office"), t.responsibleOffice() },
                                      { QStringLiteral("items"), static_cast<int>(view.items.size()) } });
        }
        CliOutput::outBytes(QJsonDocument(QJsonObject { { QStringLiteral("townships"), list } })
                                    .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (!toAdd.isEmpty())
        CliOutput::outLine(Cli::tr("%1 township(s) added.").arg(added));
    if (townships.isEmpty()) {
        CliOutput::outLine(
                Cli::tr("No townships yet; add them with gkml-cli townships %1 --add NAME").arg(path));
        return 0;
    }
    for (const Township &t : townships) {
        const auto view = TownshipCatalogue(t, levels).derive(items, store.additions(t.id));
        CliOutput::outLine(Cli::tr("%1 (%2): %3 items, %4 of them its own")
                                   .arg(t.name, t.responsibleOffice())
                                   .arg(view.items.size())
                                   .arg(view.additionCount()));
    }
    return 0;
}

} // namespace gkml::cli
