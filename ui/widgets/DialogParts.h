#pragma once

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <functional>

class QDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace gkml {

// Pieces that several dialogs build the same way, built in one place.
class DialogParts
{
    Q_DECLARE_TR_FUNCTIONS(DialogParts)
public:
    // The dialog's button row; accepted and rejected call its accept() and reject() (overrides
    // included).
    static QDialogButtonBox *buttons(QDialog *dialog, QDialogButtonBox::StandardButtons which);
    // A file name box with a "Browse…" button after it, which calls `browse`.
    static QHBoxLayout *pathRow(QLineEdit *path, QWidget *parent, const std::function<void()> &browse);
    // The red line that says why the dialog cannot go on; hidden until there is something to say.
    static QLabel *errorLabel(QWidget *parent);
};

} // namespace gkml
