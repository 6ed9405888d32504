#pragma once

#include "catalogue/Item.h"
#include "check/ColumnFill.h"

#include <QDialog>

class QLabel;
class QComboBox;
class QRadioButton;

namespace gkml {

class Standard;

// The choice the column-missing finding offers (a file without 公开层级): fill the field of
// every item that leaves it blank from the standard, or with one value the clerk picks. It shows
// how many items each choice fills before anything changes.
class ColumnFillDialog : public QDialog
{
    Q_OBJECT
public:
    ColumnFillDialog(const QList<Item> &items, Field field, const QString &domain, const Standard *standard,
                     QWidget *parent = nullptr);
    ColumnFill::Plan plan() const;
    QRadioButton *fromStandardButton() const { return m_fromStandard; }
    QComboBox *valueBox() const { return m_value; }

private:
    void updateSummary();

    QList<Item> m_items;
    Field m_field;
    QString m_domain;
    const Standard *m_standard;
    QRadioButton *m_fromStandard;
    QRadioButton *m_withValue;
    QComboBox *m_value;
    QLabel *m_summary;
};

} // namespace gkml
