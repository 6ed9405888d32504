#include "LiveChecker.h"

#include "check/CheckMemo.h"

#include <QThread>
#include <QTimer>

namespace gkml {

LiveChecker::LiveChecker(QObject *parent)
    : QObject(parent)
    , m_debounce(new QTimer(this))
    , m_memo(std::make_unique<CheckMemo>())
{
    qRegisterMetaType<QList<gkml::Finding>>();
    m_debounce->setSingleShot(true);
    // No pause: with the memo a check after one edit costs milliseconds even for 10,000 items,
    // and edits that arrive while a check runs are taken together by the next run (start()).
    m_debounce->setInterval(kDefaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LiveChecker::start);
}

LiveChecker::~LiveChecker()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LiveChecker::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

bool LiveChecker::isIdle() const
{
    return !m_thread && !m_hasPending && !m_debounce->isActive();
}

void LiveChecker::schedule(const QList<Item> &items)
{
    m_pending = items;
    m_hasPending = true;
    m_debounce->start();
}

QList<Finding> LiveChecker::checkNow(const QList<Item> &items) const
{
    return Checker(m_standard).check(items);
}

void LiveChecker::start()
{
    if (m_thread) // one run at a time: the newest items are checked when this run ends
        return;
    if (!m_hasPending)
        return;
    const QList<Item> items = std::exchange(m_pending, {});
    m_hasPending = false;
    const quint64 generation = ++m_generation;
    const Standard *standard = m_standard;
    auto result = std::make_shared<QList<Finding>>();
    auto elapsed = std::make_shared<qint64>(0);
    // The memo is used by one run at a time (one thread at a time, never two). It remembers
    // every item and its findings (~1 KB an item): beyond kMemoUpTo items the memory matters more
    // than the time, and the whole catalogue is checked each time (still on this worker thread).
    CheckMemo *memo = items.size() <= kMemoUpTo ? m_memo.get() : nullptr;
    if (!memo)
        m_memo->clear();
    m_thread = QThread::create([items, standard, result, elapsed, memo] {
        QElapsedTimer t;
        t.start();
        *result = Checker(standard).check(items, memo); // re-examines only the changed items
        *elapsed = t.elapsed();
    });
    connect(m_thread, &QThread::finished, this, [this, generation, result, elapsed] {
        // Waited for and deleted here, not with deleteLater(): a QThread left for an event loop
        // that has ended kept the program from exiting under Wine (tst_mainwindow hung at exit).
        QThread *finished = std::exchange(m_thread, nullptr);
        finished->wait();
        delete finished;
        m_lastMs = *elapsed;
        if (m_hasPending) {
            start(); // edits arrived meanwhile: this result is already outdated
            return;
        }
        if (generation == m_generation)
            emit findingsReady(*result);
    });
    m_thread->start();
}

} // namespace gkml
