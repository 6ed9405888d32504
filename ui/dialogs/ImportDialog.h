#pragma once

#include "exchange/ImportMatcher.h"
#include "exchange/ImportResult.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTreeWidget;
class QTableWidget;

namespace gkml {

// Import with a preview: reads the file with Importer (detecting layout and encoding), shows
// what was found and the first rows, and lets the user force the encoding or name the domain
// before anything is added. Into a catalogue that has items, the rows are matched with them
// (ImportMatcher): the preview says how many update an item (and what changes), how many are
// new and how many are identical, and the clerk chooses what to do with the matched ones. When
// several rows share one item name (parts of one item, each another 公开内容), the clerk may join
// them into one item each (RowJoiner::joinContentRows); result().items are then the joined rows.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString &path, QWidget *parent = nullptr);
    ImportDialog(const QString &path, const QList<Item> &existing, QWidget *parent = nullptr);
    const ImportResult &result() const { return m_result; }
    const ImportMatcher::Plan &plan() const { return m_plan; }
    ImportMatcher::OnMatch onMatch() const;
    // "Imported: 12 updated, 3 added, 40 identical." for the status bar.
    static QString doneMessage(const ImportMatcher::Plan &plan, ImportMatcher::OnMatch mode);

private:
    void reread();
    // The rows as read, or joined by item name when the clerk asked (m_joinRows); then the plan.
    void showRows();
    void showPlan();
    void updateOkText();
    QString m_path;
    QList<Item> m_existing;
    bool m_convert = false; // .doc/.wps/.et: the clerk agreed to a LibreOffice conversion
    ImportResult m_result; // its items: the rows to import (joined or not)
    QList<Item> m_readItems; // the rows as the file has them
    ImportMatcher::Plan m_plan;
    QCheckBox *m_joinRows;
    QLabel *m_matchSummary;
    QRadioButton *m_update;
    QRadioButton *m_add;
    QRadioButton *m_skip;
    QTreeWidget *m_changes;
    QComboBox *m_encoding;
    QLineEdit *m_domain;
    QLabel *m_summary;
    QPlainTextEdit *m_warnings;
    QTableWidget *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace gkml
