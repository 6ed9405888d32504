#include "PackageDoneDialog.h"

#include "widgets/DialogParts.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace gkml {

PackageDoneDialog::PackageDoneDialog(const QString &zipPath, int publicItems, QWidget *parent)
    : QDialog(parent)
    , m_path(zipPath)
    , m_openFolder(new QPushButton(tr("Open Containing Folder"), this))
{
    setWindowTitle(tr("Submission Package Made"));
    auto *text = new QLabel(tr("The submission package was made (%n public item(s)):", nullptr, publicItems),
                            this);
    text->setWordWrap(true);
    auto *path = new QLabel(QDir::toNativeSeparators(zipPath), this);
    path->setObjectName(QStringLiteral("packagePath"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy it into a message
    path->setWordWrap(true);
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    auto *buttons = DialogParts::buttons(this, QDialogButtonBox::Close);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    connect(m_openFolder, &QPushButton::clicked, this, &PackageDoneDialog::openFolder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(path);
    layout->addWidget(buttons);
}

QString PackageDoneDialog::folder() const
{
    return QFileInfo(m_path).absolutePath();
}

void PackageDoneDialog::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder()));
    emit folderOpened(folder());
}

} // namespace gkml
