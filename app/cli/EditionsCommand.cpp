#include "CliCommands.h"
#include "CliOutput.h"
#include "CliParser.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/EditionStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gkml::cli {

int runEditions(const QStringList &args)
{
    CliParser p(QStringLiteral("editions"));
    p.addJsonOption();
    const auto file = p.parseAndOpen(args);
    if (!file)
        return 2;
    EditionStore store(*file);
    const QList<Edition> editions = store.list();
    if (!store.errorString().isEmpty())
        return CliOutput::error(store.errorString());

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Edition &e : editions) {
            list.append(QJsonObject { { QStringLiteral("id"), e.id },
                                      { QStringLiteral("created"), e.created.toUTC().toString(Qt::ISODate) },
                                      { QStringLiteral("user"), e.user },
                                      { QStringLiteral("itemCount"), e.itemCount },
                                      { QStringLiteral("withheldCount"), e.withheldCount },
                                      { QStringLiteral("sha256"), e.sha256 },
                                      { QStringLiteral("fileName"), e.fileName } });
        }
        CliOutput::outBytes(QJsonDocument(QJsonObject { { QStringLiteral("editions"), list } })
                                    .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (editions.isEmpty()) {
        CliOutput::outLine(Cli::tr("No package has been made from this catalogue yet."));
        return 0;
    }
    for (const Edition &e : editions) {
        CliOutput::outLine(QStringLiteral("%1  %2  %3  %4  %5  %6")
                                   .arg(e.id, 3)
                                   .arg(e.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                   .arg(Cli::tr("%1 items").arg(e.itemCount))
                                   .arg(Cli::tr("%1 withheld").arg(e.withheldCount))
                                   .arg(e.sha256.left(12), e.fileName));
    }
    return 0;
}

} // namespace gkml::cli
