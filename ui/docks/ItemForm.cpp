#include "ItemForm.h"

#include "catalogue/CatalogueFile.h"
#include "commands/CatalogueEditor.h"
#include "models/FieldChoices.h"
#include "models/ItemTableModel.h"
#include "standard/Standard.h"
#include "widgets/CheckList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace gkml {

namespace {
// Texts that may run over several lines; the rest are single-line boxes.
bool isMultiLine(Field f)
{
    return f == Field::Content || f == Field::Basis || f == Field::Owner || f == Field::WithheldBasis;
}

// The standard's value as the form shows it: content points one per line, sets with 、.
QString standardText(const StandardItem &s, Field f)
{
    const QVariant v = s.value(f);
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral("、")) : v.toString();
}
} // namespace

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
    m_scroll = scroll;
    outer->addWidget(scroll);

    auto label = [](Field f) {
        auto *l = new QLabel(ItemFields::label(f) + QLatin1Char(':'));
        l->setToolTip(ItemTableModel::fieldDescription(f));
        return l;
    };
    for (const FieldInfo &fi : ItemFields::all()) {
        const Field f = fi.field;
        QWidget *w = nullptr;
        if (isMultiLine(f)) {
            auto *t = new QPlainTextEdit(body);
            t->setTabChangesFocus(true);
            t->installEventFilter(this); // Enter commits, Alt+Enter breaks the line
            const bool longText = f == Field::Content || f == Field::Basis;
            t->setMinimumHeight(fontMetrics().lineSpacing() * (longText ? 4 : 2) + 8);
            t->setMaximumHeight(fontMetrics().lineSpacing() * (longText ? 9 : 4) + 8);
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
        if (StandardItem::gives(f)) {
            // What the standard says for this item, under the item's own value, to compare.
            auto *hint = new QLabel(body);
            hint->setObjectName(QStringLiteral("standard_") + ItemFields::key(f));
            hint->setWordWrap(true);
            hint->setTextFormat(Qt::PlainText);
            hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
            hint->setStyleSheet(QStringLiteral("QLabel { color: #5a6470; }"));
            hint->hide();
            form->addRow(QString(), hint);
            m_standardHints.insert(f, hint);
        }
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

void ItemForm::setStandard(const Standard *standard)
{
    m_standard = standard;
    showStandardHints();
}

void ItemForm::showStandardHints()
{
    const StandardItem *row = m_standard && m_item.id != 0
            ? m_standard->findItem(m_item.domain, m_item.level1, m_item.level2)
            : nullptr;
    for (auto it = m_standardHints.cbegin(); it != m_standardHints.cend(); ++it) {
        const QString value = row ? standardText(*row, it.key()) : QString();
        const QString own = ItemTableModel::displayText(m_item, it.key());
        it.value()->setText(tr("Standard: %1").arg(value));
        // Only where the item says something else: equal values need no second look.
        it.value()->setVisible(!value.isEmpty() && value.simplified() != own.simplified()
                               && value != m_item.value(it.key()).toString());
    }
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
    showStandardHints();
}

void ItemForm::showItem(const Item &shown)
{
    // A copy first: flush() commits the typing in progress, which can rebuild the model's list
    // that `shown` points into (a heap-use-after-free the seeded monkey test found under ASan).
    const Item item = shown;
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
    showStandardHints();
    if (!m_department->lineEdit()->hasFocus())
        m_department->setCurrentText(item.department);
    m_withheld->setChecked(item.withheld);
    m_loading = false;
    setEditable(m_editor && !m_editor->isReadOnly());
}

bool ItemForm::eventFilter(QObject *watched, QEvent *event)
{
    // As in Excel: Enter commits the text, Alt+Enter inserts a line break.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *edit = qobject_cast<QPlainTextEdit *>(watched);
        if (edit && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (key->modifiers() & Qt::AltModifier)
                edit->insertPlainText(QStringLiteral("\n"));
            else
                flush();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ItemForm::revealField(Field field)
{
    if (QWidget *w = findChild<QWidget *>(QStringLiteral("form_") + ItemFields::key(field)))
        m_scroll->ensureWidgetVisible(w);
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
