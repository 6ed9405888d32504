#include "LiveChecker.h"

#include <QThread>
#include <QTimer>

namespace gkml {

LiveChecker::LiveChecker(QObject *parent)
    : QObject(parent)
    , m_debounce(new QTimer(this))
{
    qRegisterMetaType<QList<gkml::Finding>>();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
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
    m_thread = QThread::create([items, standard, result, elapsed] {
        QElapsedTimer t;
        t.start();
        *result = Checker(standard).check(items);
        *elapsed = t.elapsed();
    });
    connect(m_thread, &QThread::finished, this, [this, generation, result, elapsed] {
        m_thread->deleteLater();
        m_thread = nullptr;
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
