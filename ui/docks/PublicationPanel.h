#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gkml {

class CatalogueFile;

// The publication dock on the selected item: its status as of today, its records (newest first)
// with their evidence, 登记发布… (PublishDialog), remove, view an evidence file, and the update
// cycle. Everything is written to the file at once (one transaction per action).
class PublicationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PublicationPanel(QWidget *parent = nullptr);

    void setCatalogue(CatalogueFile *file);
    void setItem(qint64 item); // 0: none selected
    qint64 item() const { return m_item; }
    void setAsOf(const QDate &asOf);
    void refresh();

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *viewButton() const { return m_view; }
    QComboBox *cycleBox() const { return m_cycle; }
    QLabel *statusLabel() const { return m_status; }
    QDateEdit *asOfEdit() const { return m_asOfEdit; } // the date statuses are computed for

    // Opens the evidence of the selected record: pictures in a viewer, other files with the
    // system's program (a copy in a temporary folder).
    void viewEvidence();

signals:
    void publicationsChanged(); // records or cycle changed: statuses must be recomputed
    void asOfChanged(const QDate &asOf);

private:
    void removeSelected();
    void changeCycle();

    CatalogueFile *m_file = nullptr;
    qint64 m_item = 0;
    QDate m_asOf = QDate::currentDate();
    QLabel *m_title;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_view;
    QComboBox *m_cycle;
    QDateEdit *m_asOfEdit;
    bool m_updating = false;
};

} // namespace gkml
