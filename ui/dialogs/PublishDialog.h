#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gkml {

class CatalogueFile;

// 登记发布: records one publication for one or several items at once (one posting of a board
// sheet covers many items): channel, date, event date, where, note, evidence files, and
// optionally the items' update cycle. OK writes it in one transaction; a refusal (a file over
// the size limit ...) is shown in the dialog and nothing is written.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(CatalogueFile *file, const QList<qint64> &items, QWidget *parent = nullptr);

    QComboBox *channelBox() const { return m_channel; }
    QDateEdit *publishedEdit() const { return m_published; }
    QCheckBox *eventCheck() const { return m_hasEvent; }
    QDateEdit *eventEdit() const { return m_event; }
    QLineEdit *whereEdit() const { return m_where; }
    QComboBox *cycleBox() const { return m_cycle; }
    QPushButton *okButton() const;
    QLabel *errorLabel() const { return m_error; }
    // Adds an evidence file (the "Add file…" button asks with a file dialog).
    void addEvidence(const QString &path);
    QList<qint64> recordIds() const { return m_recordIds; }

    void accept() override;

private:
    CatalogueFile *m_file;
    QList<qint64> m_items;
    QComboBox *m_channel;
    QDateEdit *m_published;
    QCheckBox *m_hasEvent;
    QDateEdit *m_event;
    QLineEdit *m_where;
    QLineEdit *m_note;
    QListWidget *m_evidence;
    QComboBox *m_cycle;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<qint64> m_recordIds;
};

} // namespace gkml
