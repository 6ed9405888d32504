#pragma once

#include <QDialog>

class QPushButton;

namespace gkml {

// Says where the submission package was written, with a button that opens its folder in the
// file manager: the clerk's next step is to attach the zip to a message or copy it to a stick.
class PackageDoneDialog : public QDialog
{
    Q_OBJECT
public:
    PackageDoneDialog(const QString &zipPath, int publicItems, QWidget *parent = nullptr);
    // The folder holding the zip, as the button opens it.
    QString folder() const;
    QPushButton *openFolderButton() const { return m_openFolder; }

signals:
    void folderOpened(const QString &folder); // after QDesktopServices::openUrl (for tests)

private:
    void openFolder();
    QString m_path;
    QPushButton *m_openFolder;
};

} // namespace gkml
