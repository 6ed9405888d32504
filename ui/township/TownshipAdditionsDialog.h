#pragma once

#include "catalogue/Township.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gkml {

class CatalogueFile;

// A township's own items (乡镇自有事项): what a township office discloses besides the county
// items that reach it. The office sends them in the county template (Excel/WPS, CSV …); importing
// that file replaces what it sent before, after a question naming both counts. The items are kept
// apart from the county's (TownshipStore) and appear on that township's sheets and packages only.
// Every change is written at once, in one transaction; a file that cannot be read changes nothing.
class TownshipAdditionsDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens on `township` when named (the selector's choice), else on the first township.
    TownshipAdditionsDialog(CatalogueFile &file, const QString &township, QWidget *parent = nullptr);

    QComboBox *townshipBox() const { return m_township; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *clearButton() const { return m_clear; }
    // The steps behind the buttons (the file dialog aside); false when nothing was changed.
    bool importFile(const QString &path);
    bool clearAdditions();

private:
    void chooseFile();
    void refresh();
    Township current() const;
    void showProblem(const QString &text);

    CatalogueFile &m_file;
    QList<Township> m_townships;
    QComboBox *m_township;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_import;
    QPushButton *m_clear;
};

} // namespace gkml
