#pragma once

#include "print/SheetOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace gkml {

// What to print on the board sheets: paper, orientation, large print, which domain or office,
// grouping, channel style and the portal link for the QR code. The preview follows.
class PrintSheetsDialog : public QDialog
{
    Q_OBJECT
public:
    PrintSheetsDialog(const QStringList &domains, const QStringList &departments, const QString &portalUrl,
                      QWidget *parent = nullptr);
    SheetOptions options() const;

private:
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QCheckBox *m_board;
    QComboBox *m_domain;
    QComboBox *m_department;
    QComboBox *m_grouping;
    QComboBox *m_channels;
    QLineEdit *m_qr;
};

} // namespace gkml
