#include "ColumnFillFlow.h"

#include "commands/CatalogueEditor.h"
#include "dialogs/ColumnFillDialog.h"

namespace gkml {

int ColumnFillFlow::run(QWidget *parent, CatalogueEditor *editor, const Finding &finding,
                        const QList<Item> &items, const Standard *standard)
{
    const std::optional<Field> field = ItemFields::fromKey(finding.field);
    if (!editor || editor->isReadOnly() || finding.code != QLatin1String("column-missing") || !field
        || !ColumnFill::fillable(*field))
        return 0;
    ColumnFillDialog dialog(items, *field, finding.domain, standard, parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    QList<CatalogueEditor::CellEdit> edits;
    for (const CatalogueFile::FieldUpdate &u : dialog.plan().updates) {
        for (const auto &[f, value] : u.changes)
            edits.append({ u.id, f, value });
    }
    if (edits.isEmpty()
        || !editor->setCells(edits,
                             tr("Fill %1 for %2 items").arg(ItemFields::label(*field)).arg(edits.size())))
        return 0;
    return int(edits.size());
}

} // namespace gkml
