#include "TownshipBoards.h"

#include "TownshipCatalogue.h"
#include "catalogue/CatalogueFile.h"
#include "catalogue/TownshipStore.h"
#include "print/SheetRenderer.h"

#include <QDir>

namespace gkml {

TownshipBoards::Result TownshipBoards::printAll(CatalogueFile &file, const SheetOptions &options,
                                                const QString &folder)
{
    Result r;
    TownshipStore store(file);
    const QList<Township> townships = store.townships();
    if (townships.isEmpty()) {
        r.error = tr("The catalogue has no townships yet: add them first.");
        return r;
    }
    if (!QDir(folder).exists()) {
        r.error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return r;
    }
    const Vocabulary *levels = TownshipCatalogue::levelVocabularyFor(file);
    const CatalogueInfo county = file.info();
    bool read = false;
    const QList<Item> items = file.items(&read);
    if (!read) { // boards from part of the catalogue would pass for the whole
        r.error = file.errorString();
        return r;
    }
    for (const Township &t : townships) {
        const TownshipCatalogue catalogue(t, levels);
        const TownshipCatalogue::View view = catalogue.derive(items, store.additions(t.id));
        SheetRenderer renderer(view.items, catalogue.info(county), options);
        if (renderer.itemCount() == 0) {
            r.skipped.append(t.name);
            continue;
        }
        const QString path = QDir(folder).filePath(t.name + QStringLiteral(".pdf"));
        if (!renderer.writePdf(path, &r.error))
            return r;
        r.written.append(path);
    }
    return r;
}

} // namespace gkml
