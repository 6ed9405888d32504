#include "DialogParts.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace gkml {

QDialogButtonBox *DialogParts::buttons(QDialog *dialog, QDialogButtonBox::StandardButtons which)
{
    auto *box = new QDialogButtonBox(which, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QHBoxLayout *DialogParts::pathRow(QLineEdit *path, QWidget *parent, const std::function<void()> &browse)
{
    auto *button = new QPushButton(tr("Browse…"), parent);
    QObject::connect(button, &QPushButton::clicked, parent, browse);
    auto *row = new QHBoxLayout;
    row->addWidget(path);
    row->addWidget(button);
    return row;
}

QLabel *DialogParts::errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

} // namespace gkml
