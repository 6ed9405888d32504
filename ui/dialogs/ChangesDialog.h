#pragma once

#include "catalogue/Edition.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace gkml {

class CatalogueFile;

// What changed since a submitted edition (动态调整): items added, removed, and changed field by
// field, old → new — the view a clerk needs before sending the next package.
class ChangesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangesDialog(CatalogueFile &file, QWidget *parent = nullptr);
    // The number of editions recorded in the file (0: nothing to compare with).
    int editionCount() const { return static_cast<int>(m_editions.size()); }
    QTreeWidget *tree() const { return m_tree; }
    void showEdition(int index);

private:
    CatalogueFile &m_file;
    QList<Edition> m_editions;
    QComboBox *m_edition;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace gkml
