#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QGridLayout;

namespace gkml {

// A set field as check boxes in the vocabulary's printed order. Values outside the vocabulary
// (old spellings, "其他: ...") appear as extra boxes, so nothing is dropped silently.
class CheckList : public QWidget
{
    Q_OBJECT
public:
    explicit CheckList(const QStringList &vocabulary, int columns, QWidget *parent = nullptr);
    void setVocabulary(const QStringList &vocabulary);
    void setValues(const QStringList &values);
    QStringList values() const;

signals:
    void valuesEdited(const QStringList &values);

private:
    void rebuild(const QStringList &extra);
    QStringList m_vocabulary;
    QStringList m_extra;
    QList<QCheckBox *> m_boxes;
    QGridLayout *m_layout;
    int m_columns;
    bool m_loading = false;
};

} // namespace gkml
