#pragma once

#include "catalogue/CatalogueInfo.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace gkml {

// Asks for what a new catalogue needs: the unit's name (required), its region and level, and
// where to keep the file.
class NewCatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCatalogueDialog(QWidget *parent = nullptr);

    CatalogueInfo info() const;
    QString path() const;
    void setUnit(const QString &unit);
    void setPath(const QString &path);

private:
    void updateOk();
    void browse();
    QLineEdit *m_unit;
    QLineEdit *m_region;
    QComboBox *m_level;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
};

} // namespace gkml
