#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QListWidget;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gkml {

class CatalogueFile;
class Standard;

// Asks for what a new catalogue needs: the unit's name (required), its region and level, where
// to keep the file, and the standard it follows - whose items for the chosen domains are put in
// as a start for the unit to complete.
class NewCatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCatalogueDialog(QWidget *parent = nullptr);
    ~NewCatalogueDialog() override;

    CatalogueInfo info() const;
    const Standard *standard() const;
    // The standard's items of the checked domains (empty when pre-filling is off).
    QList<Item> startItems() const;
    static QList<Item> itemsFromStandard(const Standard &standard, const QStringList &domains);
    QString path() const;
    void setUnit(const QString &unit);
    void setPath(const QString &path);
    // OK creates the catalogue (the folder too, when it does not exist yet) with the start
    // items. On any error the dialog says why and stays open with everything typed.
    void accept() override;
    // The catalogue OK created (once; null before).
    std::unique_ptr<CatalogueFile> takeCatalogue();
    void showError(const QString &message);

private:
    void updateOk();
    void browse();
    void standardChanged();
    QLineEdit *m_unit;
    QLineEdit *m_region;
    QComboBox *m_level;
    QLineEdit *m_path;
    QComboBox *m_standard;
    QListWidget *m_domains;
    QCheckBox *m_prefill;
    QDialogButtonBox *m_buttons;
    QLabel *m_error;
    std::unique_ptr<CatalogueFile> m_created;
    bool m_pathEdited = false;
};

} // namespace gkml
