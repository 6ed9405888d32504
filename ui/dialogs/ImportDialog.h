#pragma once

#include "exchange/ImportResult.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace gkml {

// Import with a preview: reads the file with Importer (detecting layout and encoding), shows
// what was found and the first rows, and lets the user force the encoding or name the domain
// before anything is added.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString &path, QWidget *parent = nullptr);
    const ImportResult &result() const { return m_result; }

private:
    void reread();
    QString m_path;
    bool m_convert = false; // .doc/.wps/.et: the clerk agreed to a LibreOffice conversion
    ImportResult m_result;
    QComboBox *m_encoding;
    QLineEdit *m_domain;
    QLabel *m_summary;
    QPlainTextEdit *m_warnings;
    QTableWidget *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace gkml
