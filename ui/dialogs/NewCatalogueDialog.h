#pragma once

#include "catalogue/CatalogueInfo.h"
#include "catalogue/Item.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;
class QDialogButtonBox;
class QLineEdit;

namespace gkml {

class Standard;

// Asks for what a new catalogue needs: the unit's name (required), its region and level, where
// to keep the file, and the standard it follows - whose items for the chosen domains are put in
// as a start for the unit to complete.
class NewCatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCatalogueDialog(QWidget *parent = nullptr);

    CatalogueInfo info() const;
    const Standard *standard() const;
    // The standard's items of the checked domains (empty when pre-filling is off).
    QList<Item> startItems() const;
    static QList<Item> itemsFromStandard(const Standard &standard, const QStringList &domains);
    QString path() const;
    void setUnit(const QString &unit);
    void setPath(const QString &path);

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
    bool m_pathEdited = false;
};

} // namespace gkml
