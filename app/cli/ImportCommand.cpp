#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "exchange/Importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace gkml::cli {

int runImport(const QStringList &args)
{
    CliParser p(QStringLiteral("import"));
    p.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
                  QStringLiteral("Catalogue file."),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("unit"), QStringLiteral("Unit name for a new catalogue."),
                  QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("domain"), QStringLiteral("Domain when the file names none."),
                  QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("encoding"), QStringLiteral("auto, utf-8 or gb18030."),
                  QStringLiteral("ENC"), QStringLiteral("auto") });
    if (!p.parseArgs(args, 1, -1) || !p.require(QStringLiteral("o")))
        return 2;
    ImportOptions options;
    options.domain = p.value(QStringLiteral("domain"));
    options.encoding = p.value(QStringLiteral("encoding"));
    const QString target = p.value(QStringLiteral("o"));

    // Read every source first: nothing is written unless all of them are understood.
    QList<Item> items;
    QString unitFromSource;
    QStringList sources;
    for (const QString &src : p.positionalArguments()) {
        const ImportResult r = Importer::read(src, options);
        const QString name = QFileInfo(src).fileName();
        if (!r.ok())
            return CliOutput::error(Cli::tr("%1: %2").arg(name, r.error));
        for (const QString &w : r.warnings)
            CliOutput::error(Cli::tr("warning: %1: %2").arg(name, w), 0);
        if (unitFromSource.isEmpty())
            unitFromSource = r.unit;
        items += r.items;
        sources << name;
        CliOutput::outLine(Cli::tr("%1: %2 items (%3)")
                                   .arg(name)
                                   .arg(r.items.size())
                                   .arg(r.encoding.isEmpty() ? r.layout : r.encoding));
    }

    QString error;
    std::unique_ptr<CatalogueFile> file;
    bool created = false;
    if (QFileInfo::exists(target)) {
        file = CatalogueFile::open(target, CatalogueFile::OpenMode::ReadWrite, &error);
        if (!file)
            return CliOutput::error(error);
        if (file->isReadOnly())
            return CliOutput::error(
                    Cli::tr("The catalogue cannot be changed: %1").arg(file->readOnlyReason()));
    } else {
        CatalogueInfo info;
        info.unit = p.value(QStringLiteral("unit")).trimmed();
        if (info.unit.isEmpty())
            info.unit = unitFromSource;
        if (info.unit.isEmpty())
            return CliOutput::error(
                    Cli::tr("The new catalogue needs the name of its unit: add --unit NAME."));
        file = CatalogueFile::create(target, info, &error);
        if (!file)
            return CliOutput::error(error);
        created = true;
    }
    if (!file->insertItems(items, sources.join(QStringLiteral(", ")))) {
        error = file->errorString();
        file.reset();
        if (created)
            QFile::remove(target);
        return CliOutput::error(error);
    }
    CliOutput::outLine(
            Cli::tr("Imported %1 items into %2.").arg(items.size()).arg(QFileInfo(target).fileName()));
    return 0;
}

} // namespace gkml::cli
