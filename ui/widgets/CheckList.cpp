#include "CheckList.h"

#include <QCheckBox>
#include <QGridLayout>

namespace gkml {

CheckList::CheckList(const QStringList &vocabulary, int columns, QWidget *parent)
    : QWidget(parent)
    , m_vocabulary(vocabulary)
    , m_layout(new QGridLayout(this))
    , m_columns(columns)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(12);
    m_layout->setVerticalSpacing(2);
    rebuild({});
}

void CheckList::setVocabulary(const QStringList &vocabulary)
{
    const QStringList current = values();
    m_vocabulary = vocabulary;
    setValues(current);
}

void CheckList::rebuild(const QStringList &extra)
{
    m_loading = true;
    // A rebuild can run inside a box's own toggled() (unticking an extra value commits, the form
    // reloads the item): deleting that box now would crash in QAbstractButton::setChecked.
    // Hide the old boxes and let the event loop delete them.
    for (QCheckBox *old : std::as_const(m_boxes)) {
        m_layout->removeWidget(old);
        old->hide();
        old->disconnect(this);
        old->deleteLater();
    }
    m_boxes.clear();
    m_extra = extra;
    const QStringList all = m_vocabulary + m_extra;
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(all.at(i), this);
        if (i >= m_vocabulary.size())
            box->setToolTip(tr("Not a value of the standard's list; uncheck it to remove it."));
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit valuesEdited(values());
        });
        m_layout->addWidget(box, i / m_columns, i % m_columns);
        m_boxes << box;
    }
    m_loading = false;
}

void CheckList::setValues(const QStringList &values)
{
    QStringList extra;
    for (const QString &v : values) {
        if (!m_vocabulary.contains(v))
            extra << v;
    }
    if (extra != m_extra || m_boxes.size() != m_vocabulary.size() + m_extra.size())
        rebuild(extra);
    m_loading = true;
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(values.contains(box->text()));
    m_loading = false;
}

QStringList CheckList::values() const
{
    QStringList out;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            out << box->text();
    }
    return out;
}

} // namespace gkml
