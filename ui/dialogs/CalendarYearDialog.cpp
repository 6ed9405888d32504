#include "CalendarYearDialog.h"

#include "calendar/WorkCalendar.h"
#include "widgets/DialogParts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gkml {

namespace {
QDate readDate(QString text)
{
    text = text.trimmed();
    static const QRegularExpression chinese(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    for (const QRegularExpression *re : { &chinese, &numeric }) {
        const QRegularExpressionMatch m = re->match(text);
        if (m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    return {};
}
} // namespace

CalendarYearDialog::CalendarYearDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add a calendar year"));
    m_year = new QSpinBox(this);
    m_year->setRange(1990, 2100);
    // The first year without data after the built-in ones: the one a clerk most likely adds.
    int next = QDate::currentDate().year();
    while (WorkCalendar::instance().hasData(next) && next < 2100)
        ++next;
    m_year->setValue(next);
    m_notice = new QLineEdit(this);
    m_notice->setPlaceholderText(
            tr("e.g. 国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔2026〕N号)"));
    m_off = new QPlainTextEdit(this);
    m_off->setObjectName(QStringLiteral("holidays"));
    m_off->setPlaceholderText(tr("Holidays, one date or range per line:\n2027-01-01\n2027-02-05~2027-02-11"));
    m_work = new QPlainTextEdit(this);
    m_work->setObjectName(QStringLiteral("workDays"));
    m_work->setPlaceholderText(tr("Weekend days made working days (调休), e.g.\n2027-02-13"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a00000"));
    auto *where = new QLabel(tr("Saved in %1; it replaces the built-in data of that year.")
                                     .arg(QDir::toNativeSeparators(WorkCalendar::userYearFolder())),
                             this);
    where->setWordWrap(true);
    m_buttons = DialogParts::buttons(this, QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout;
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Notice:"), m_notice);
    form->addRow(tr("Holidays (放假):"), m_off);
    form->addRow(tr("Make-up working days (调休上班):"), m_work);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarYearDialog::showExisting);
    // A refusal stays only until the clerk corrects the dates.
    connect(m_off, &QPlainTextEdit::textChanged, this, &CalendarYearDialog::showExisting);
    connect(m_work, &QPlainTextEdit::textChanged, this, &CalendarYearDialog::showExisting);
    showExisting();
    resize(560, 480);
}

int CalendarYearDialog::year() const
{
    return m_year->value();
}

void CalendarYearDialog::showExisting()
{
    // A year that already has data: say so (saving replaces it, a correction).
    const int y = year();
    m_message->clear();
    for (const WorkCalendar::YearSource &s : WorkCalendar::instance().years())
        if (s.year == y)
            m_message->setText(tr("%1 already has data (%2): saving replaces it.")
                                       .arg(y)
                                       .arg(s.builtIn ? tr("built in") : QDir::toNativeSeparators(s.origin)));
}

bool CalendarYearDialog::parseDates(const QString &text, QList<QDate> *dates, QString *bad)
{
    static const QRegularExpression separators(QStringLiteral("[\\n,，;；、\\s]+"));
    static const QRegularExpression range(QStringLiteral("^(.+?)\\s*(?:~|～|至|—|--)\\s*(.+)$"));
    QString t = text;
    // Keep a range together before splitting on blanks: "2027-02-05 ~ 2027-02-11".
    t.replace(QRegularExpression(QStringLiteral("\\s*(~|～|至|—|--)\\s*")), QStringLiteral("\\1"));
    for (const QString &part : t.split(separators, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = range.match(part);
        QDate from = m.hasMatch() ? readDate(m.captured(1)) : readDate(part);
        const QDate to = m.hasMatch() ? readDate(m.captured(2)) : from;
        if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 31) {
            *bad = part;
            return false;
        }
        for (; from <= to; from = from.addDays(1))
            if (!dates->contains(from))
                dates->append(from);
    }
    return true;
}

void CalendarYearDialog::accept()
{
    QList<QDate> off, work;
    QString bad, error;
    if (!parseDates(m_off->toPlainText(), &off, &bad) || !parseDates(m_work->toPlainText(), &work, &bad)) {
        m_message->setText(tr("\"%1\" is not a date (write 2027-10-01 or 2027-10-01~2027-10-07).").arg(bad));
        return;
    }
    QStringList notices;
    if (!m_notice->text().trimmed().isEmpty())
        notices.append(m_notice->text().trimmed());
    if (!WorkCalendar::saveUserYear(year(), notices, off, work, &error, &m_savedPath)) {
        m_message->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace gkml
