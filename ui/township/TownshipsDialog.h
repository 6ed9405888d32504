#pragma once

#include "catalogue/Township.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace gkml {

class CatalogueFile;

// Edits the unit's townships (乡镇/街道): name, responsible office, contact. Rows are typed,
// pasted (a list copied from Excel/WPS or a document: one township per line) or imported from a
// .csv/.xlsx list. OK writes the changes in the file; a bad name keeps the dialog open with the
// reason and changes nothing.
class TownshipsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TownshipsDialog(CatalogueFile &file, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Appends the townships of a pasted text / an imported file (names already listed are skipped).
    bool addFromText(const QString &text);
    bool importFile(const QString &path);
    void accept() override;

private:
    void addRow(const Township &t);
    // Adds the townships not in the table yet (by name).
    void addMissing(const QList<Township> &townships);
    void pasteList();
    void chooseImport();
    void showProblem(const QString &text);

    CatalogueFile &m_file;
    QTableWidget *m_table;
    QLabel *m_problem;
    QList<Township> m_original;
};

} // namespace gkml
