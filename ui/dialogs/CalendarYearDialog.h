#pragma once

#include <QDate>
#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gkml {

// 添加日历年份: the clerk types the holidays and the 调休 working days of a year the program has no
// data for (from the State Council's notice), one date or range per line or separated by commas
// (2027-01-01, 2027-02-05~2027-02-11, 2027年10月1日). Saved where the calendar keeps user years
// (WorkCalendar::saveUserYear, holidays-cn.json's shape); due dates use it at once.
class CalendarYearDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalendarYearDialog(QWidget *parent = nullptr);

    QSpinBox *yearBox() const { return m_year; }
    QLineEdit *noticeEdit() const { return m_notice; }
    QPlainTextEdit *holidaysEdit() const { return m_off; }
    QPlainTextEdit *workDaysEdit() const { return m_work; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *messageLabel() const { return m_message; }
    int year() const;
    QString savedPath() const { return m_savedPath; }

    // Reads dates, ranges (a~b, a至b, a—b) and 2027年1月1日; false with *bad the first unreadable part.
    static bool parseDates(const QString &text, QList<QDate> *dates, QString *bad);

    void accept() override;

private:
    void showExisting();

    QSpinBox *m_year;
    QLineEdit *m_notice;
    QPlainTextEdit *m_off;
    QPlainTextEdit *m_work;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_savedPath;
};

} // namespace gkml
