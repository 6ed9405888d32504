#pragma once

#include "exchange/ExportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace gkml {

// Export: format, file and the options that matter for the chosen format.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const QString &suggestedBase, QWidget *parent = nullptr);
    ExportFormat format() const;
    ExportOptions options() const;
    QString path() const;

private:
    void formatChanged();
    void browse();
    QComboBox *m_format;
    QComboBox *m_encoding;
    QCheckBox *m_withheld;
    QCheckBox *m_department;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    QString m_base;
};

} // namespace gkml
