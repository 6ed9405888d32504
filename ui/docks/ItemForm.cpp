#include "ItemForm.h"

#include "catalogue/CatalogueFile.h"
#include "commands/CatalogueEditor.h"
#include "models/FieldChoices.h"
#include "models/ItemTableModel.h"
#include "widgets/CheckList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace gkml {

ItemForm::ItemForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_department(new QComboBox(this))
    , m_withheld(new QCheckBox(this))
    , m_typingTimer(new QTimer(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    outer->addWidget(m_title);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *form = new QFormLayout(body);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(body);
    outer->addWidget(scroll);

    auto label = [](Field f) {
        auto *l = new QLabel(ItemFields::label(f) + QLatin1Char(':'));
        l->setToolTip(ItemTableModel::fieldDescription(f));
        return l;
    };
    for (const FieldInfo &fi : ItemFields::all()) {
        const Field f = fi.field;
        QWidget *w = nullptr;
        if (f == Field::Content || f == Field::Basis) {
            auto *t = new QPlainTextEdit(body);
            t->setTabChangesFocus(true);
            t->setMinimumHeight(fontMetrics().lineSpacing() * 4);
            t->setMaximumHeight(fontMetrics().lineSpacing() * 9);
            connect(t, &QPlainTextEdit::textChanged, this, [this, f] {
                if (m_loading)
                    return;
                if (!m_pendingTexts.contains(f))
                    m_pendingTexts << f;
                m_typingTimer->start();
            });
            m_texts.insert(f, t);
            w = t;
        } else if (fi.type == FieldType::Set) {
            auto *c = new CheckList(FieldChoices::values(f), f == Field::Channels ? 2 : 3, body);
            connect(c, &CheckList::valuesEdited, this, [this, f](const QStringList &v) { commit(f, v); });
            m_checks.insert(f, c);
            w = c;
        } else if (f == Field::Department) {
            m_department->setEditable(true);
            m_department->setInsertPolicy(QComboBox::NoInsert);
            m_department->addItems(FieldChoices::defaultDepartments());
            connect(m_department, &QComboBox::activated, this,
                    [this] { commit(Field::Department, m_department->currentText()); });
            connect(m_department->lineEdit(), &QLineEdit::editingFinished, this,
                    [this] { commit(Field::Department, m_department->currentText()); });
            w = m_department;
        } else if (f == Field::Withheld) {
            m_withheld->setText(tr("Not disclosed (negative list)"));
            connect(m_withheld, &QCheckBox::toggled, this, [this](bool on) { commit(Field::Withheld, on); });
            w = m_withheld;
        } else {
            auto *e = new QLineEdit(body);
            e->setObjectName(ItemFields::key(f));
            connect(e, &QLineEdit::editingFinished, this,
                    [this, f, e] { commit(f, ItemTableModel::valueFromText(f, e->text())); });
            m_lines.insert(f, e);
            w = e;
        }
        w->setObjectName(QStringLiteral("form_") + ItemFields::key(f));
        w->setToolTip(ItemTableModel::fieldDescription(f));
        form->addRow(label(f), w);
    }

    // Typing in a long text commits after a short pause; the steps of one field merge.
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(700);
    connect(m_typingTimer, &QTimer::timeout, this, &ItemForm::flush);
    clear();
}

void ItemForm::setEditor(CatalogueEditor *editor)
{
    m_editor = editor;
    clear();
}

void ItemForm::setDepartments(const QStringList &departments)
{
    const QString current = m_department->currentText();
    m_loading = true;
    m_department->clear();
    m_department->addItems(departments);
    m_department->setCurrentText(current);
    m_loading = false;
}

void ItemForm::setVocabulary(Field field, const QStringList &values)
{
    if (CheckList *c = m_checks.value(field))
        c->setVocabulary(values);
}

void ItemForm::setEditable(bool on)
{
    for (QLineEdit *e : std::as_const(m_lines))
        e->setReadOnly(!on);
    for (QPlainTextEdit *t : std::as_const(m_texts))
        t->setReadOnly(!on);
    for (CheckList *c : std::as_const(m_checks))
        c->setEnabled(on);
    m_department->setEnabled(on);
    m_withheld->setEnabled(on);
}

void ItemForm::clear()
{
    flush();
    m_loading = true;
    m_item = Item();
    m_title->setText(tr("Select an item in the table to see it here."));
    for (QLineEdit *e : std::as_const(m_lines))
        e->clear();
    for (QPlainTextEdit *t : std::as_const(m_texts))
        t->clear();
    for (CheckList *c : std::as_const(m_checks))
        c->setValues({});
    m_department->setCurrentText(QString());
    m_withheld->setChecked(false);
    m_loading = false;
    setEditable(false);
}

void ItemForm::showItem(const Item &item)
{
    if (item.id != m_item.id)
        flush();
    m_loading = true;
    m_item = item;
    m_title->setText(QStringLiteral("%1 › %2 › %3").arg(item.domain, item.level1, item.level2));
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QString text = ItemTableModel::displayText(item, it.key());
        if (it.value()->text() != text && !(it.value()->hasFocus() && it.value()->isModified()))
            it.value()->setText(text);
    }
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QString text = item.value(it.key()).toString();
        // Keep the cursor while the user types: only replace text that differs.
        if (it.value()->toPlainText() != text && !m_pendingTexts.contains(it.key()))
            it.value()->setPlainText(text);
    }
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
        it.value()->setValues(item.value(it.key()).toStringList());
    if (!m_department->lineEdit()->hasFocus())
        m_department->setCurrentText(item.department);
    m_withheld->setChecked(item.withheld);
    m_loading = false;
    setEditable(m_editor && !m_editor->isReadOnly());
}

void ItemForm::focusField(Field field)
{
    QWidget *w = findChild<QWidget *>(QStringLiteral("form_") + ItemFields::key(field));
    if (w)
        w->setFocus();
}

void ItemForm::commit(Field field, const QVariant &value, bool typing)
{
    if (m_loading || !m_editor || m_item.id == 0)
        return;
    m_editor->setField(m_item.id, field, value, typing);
}

void ItemForm::flush()
{
    m_typingTimer->stop();
    const QList<Field> pending = std::exchange(m_pendingTexts, {});
    for (Field f : pending) {
        if (QPlainTextEdit *t = m_texts.value(f))
            commit(f, t->toPlainText(), true);
    }
}

} // namespace gkml
