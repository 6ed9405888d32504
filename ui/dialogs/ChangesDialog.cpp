#include "ChangesDialog.h"

#include "catalogue/CatalogueFile.h"
#include "catalogue/EditionStore.h"
#include "package/EditionDiff.h"
#include "widgets/DialogParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gkml {

ChangesDialog::ChangesDialog(CatalogueFile &file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_edition(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Changes Since a Submitted Edition"));
    resize(900, 560);
    EditionStore store(file);
    m_editions = store.list();
    for (const Edition &e : std::as_const(m_editions)) {
        m_edition->addItem(tr("Edition %1 of %2 (%3 items, %4)")
                                   .arg(e.id)
                                   .arg(e.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                   .arg(e.itemCount)
                                   .arg(e.fileName));
    }
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({ tr("Item / field"), tr("Before"), tr("Now") });
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 320);
    m_tree->setColumnWidth(1, 260);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);

    auto *buttons = DialogParts::buttons(this, QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    auto *compare = new QLabel(tr("Compare the catalogue now with:"), this);
    layout->addWidget(compare);
    layout->addWidget(m_edition);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(m_edition, &QComboBox::currentIndexChanged, this, &ChangesDialog::showEdition);
    if (m_editions.isEmpty()) {
        m_edition->setEnabled(false);
        m_summary->setText(tr("No submission package has been made from this catalogue yet, so there "
                              "is no edition to compare with."));
    } else {
        m_edition->setCurrentIndex(static_cast<int>(m_editions.size()) - 1); // the latest edition
        showEdition(m_edition->currentIndex());
    }
}

void ChangesDialog::showEdition(int index)
{
    m_tree->clear();
    if (index < 0 || index >= m_editions.size())
        return;
    EditionStore store(m_file);
    const std::optional<Edition> edition = store.load(m_editions.at(index).id);
    if (!edition) {
        m_summary->setText(store.errorString());
        return;
    }
    // The same comparison as `gkml-cli diff`: an item marked 不予公开 since is a change, not a removal.
    const EditionDiff diff = EditionDiff::sinceEdition(*edition, m_file);
    QString summary = diff.isEmpty() ? tr("Nothing has changed since this edition.")
                                     : tr("%1 added, %2 removed, %3 changed since this edition.")
                                               .arg(diff.added().size())
                                               .arg(diff.removed().size())
                                               .arg(diff.changed().size());
    if (const int withheld = diff.becameWithheldCount(); withheld > 0)
        summary += QLatin1Char(' ')
                + tr("%n item(s) now withheld (不予公开): kept in the catalogue, left out of the next "
                     "package.",
                     nullptr, withheld);
    m_summary->setText(summary);
    auto group = [this](const QString &title, int count) {
        auto *g = new QTreeWidgetItem(m_tree, { QStringLiteral("%1 (%2)").arg(title).arg(count) });
        QFont bold = g->font(0);
        bold.setBold(true);
        g->setFont(0, bold);
        g->setExpanded(true);
        return g;
    };
    if (!diff.added().isEmpty()) {
        QTreeWidgetItem *g = group(tr("Added"), static_cast<int>(diff.added().size()));
        for (const Item &item : diff.added())
            new QTreeWidgetItem(g, { item.displayPath(), QString(), tr("new item") });
    }
    if (!diff.removed().isEmpty()) {
        QTreeWidgetItem *g = group(tr("Removed"), static_cast<int>(diff.removed().size()));
        for (const Item &item : diff.removed())
            new QTreeWidgetItem(g, { item.displayPath(), tr("was in the edition"), QString() });
    }
    if (!diff.changed().isEmpty()) {
        QTreeWidgetItem *g = group(tr("Changed"), static_cast<int>(diff.changed().size()));
        for (const EditionDiff::ChangedItem &c : diff.changed()) {
            QString status;
            if (c.becameWithheld())
                status = tr("now withheld (不予公开)");
            else if (c.becamePublic())
                status = tr("public again");
            auto *itemNode = new QTreeWidgetItem(g, { c.after.displayPath(), QString(), status });
            itemNode->setExpanded(true);
            for (const EditionDiff::FieldChange &f : c.changes) {
                new QTreeWidgetItem(itemNode,
                                    { ItemFields::label(f.field),
                                      EditionDiff::displayValue(f.field, f.oldValue),
                                      EditionDiff::displayValue(f.field, f.newValue) });
            }
        }
    }
}

} // namespace gkml
