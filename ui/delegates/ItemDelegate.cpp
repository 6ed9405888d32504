#include "ItemDelegate.h"

#include "models/ItemTableModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>

namespace gkml {

namespace {
Field fieldOf(const QModelIndex &index)
{
    return ItemTableModel::fieldAt(index.column());
}
bool isLongText(Field f)
{
    return f == Field::Content || f == Field::Basis || f == Field::Note || f == Field::WithheldBasis
            || f == Field::Owner;
}
} // namespace

ItemDelegate::ItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *ItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const Field f = fieldOf(index);
    if (f == Field::Department) {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(m_departments);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        return combo;
    }
    if (isLongText(f)) {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->installEventFilter(const_cast<ItemDelegate *>(this));
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(text);
        combo->lineEdit()->selectAll();
        return;
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        edit->setPlainText(text);
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, edit->toPlainText(), Qt::EditRole);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text(), Qt::EditRole); // always as text: the model parses it
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool ItemDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // As in Excel, in every column: Enter commits and closes the cell, Alt+Enter breaks the line.
    // (QStyledItemDelegate leaves Enter to a QPlainTextEdit, which would add a line instead.)
    auto *edit = qobject_cast<QPlainTextEdit *>(watched);
    if (edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::AltModifier) {
                edit->insertPlainText(QStringLiteral("\n"));
            } else {
                // Queued, as Qt does for line edits: the editor is not destroyed in its own event.
                QPointer<QPlainTextEdit> guard(edit);
                QMetaObject::invokeMethod(
                        this,
                        [this, guard] {
                            if (!guard || !guard->isVisible())
                                return; // the view closed it meanwhile (focus left the cell)
                            emit commitData(guard);
                            emit closeEditor(guard, QAbstractItemDelegate::NoHint);
                        },
                        Qt::QueuedConnection);
            }
            return true;
        }
    }
    // A one-line cell: commit at the key press itself, not from Qt's queued call. A check result
    // that lands between the key and that call (the live check runs on its own thread) lost the
    // typed text; only closing the editor waits, since it must not die inside its own event.
    auto *line = qobject_cast<QLineEdit *>(watched);
    if (line && !qobject_cast<QComboBox *>(line->parentWidget()) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && line->hasAcceptableInput()) {
            emit commitData(line);
            QPointer<QLineEdit> guard(line);
            QMetaObject::invokeMethod(
                    this,
                    [this, guard] {
                        if (guard && guard->isVisible())
                            emit closeEditor(guard, QAbstractItemDelegate::NoHint);
                    },
                    Qt::QueuedConnection);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

void ItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Room for a few lines below the cell, like a spreadsheet's expanded cell.
        QRect r = option.rect;
        r.setHeight(std::max(r.height() * 5, 120));
        r.setWidth(std::max(r.width(), 320));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace gkml
