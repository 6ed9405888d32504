#pragma once

#include "catalogue/Item.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QTimer;

namespace gkml {

class CatalogueEditor;
class CheckList;
class Standard;

// The form beside the table: the current item with room for the long texts (内容, 依据), the
// set fields as check lists and 责任股室 as a list with free entry. Every change commits at
// once through CatalogueEditor; typing in a text box merges into one undo step per field.
class ItemForm : public QWidget
{
    Q_OBJECT
public:
    explicit ItemForm(QWidget *parent = nullptr);

    void setEditor(CatalogueEditor *editor);
    // Shows an item (id 0: none). Called again when the item changed on disk.
    void showItem(const Item &shown);
    void clear();
    qint64 itemId() const { return m_item.id; }
    void setDepartments(const QStringList &departments);
    void setVocabulary(Field field, const QStringList &values);
    // The standard's values for the shown item appear under its own, to compare (issue 12).
    void setStandard(const Standard *standard);
    void focusField(Field field);
    // Scrolls the form so that a field is in view (a finding names it).
    void revealField(Field field);
    // Writes pending typing now (before undo, close, switching items).
    void flush();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit(Field field, const QVariant &value, bool typing = false);
    void setEditable(bool on);
    void showStandardHints();

    CatalogueEditor *m_editor = nullptr;
    const Standard *m_standard = nullptr;
    QHash<Field, QLabel *> m_standardHints;
    Item m_item;
    bool m_loading = false;
    QLabel *m_title;
    QScrollArea *m_scroll = nullptr;
    QHash<Field, QLineEdit *> m_lines;
    QHash<Field, QPlainTextEdit *> m_texts;
    QHash<Field, CheckList *> m_checks;
    QComboBox *m_department;
    QCheckBox *m_withheld;
    QTimer *m_typingTimer;
    QList<Field> m_pendingTexts;
};

} // namespace gkml
