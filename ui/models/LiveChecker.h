#pragma once

#include "check/Checker.h"
#include "check/Finding.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QThread;
class QTimer;

namespace gkml {

class CheckMemo;

// Checks the catalogue as the user edits: a change (re)starts a short debounce timer, then the
// check runs on a worker thread over an implicitly shared copy of the items, so a check of a
// large catalogue (> 50 ms) never freezes typing. Results of an outdated run are discarded.
class LiveChecker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDebounceMs = 0;
    // Catalogues up to this size are checked incrementally (CheckMemo), larger ones in full.
    static constexpr int kMemoUpTo = 50000;
    explicit LiveChecker(QObject *parent = nullptr);
    ~LiveChecker() override;

    void setStandard(const Standard *standard) { m_standard = standard; }
    // Schedules a check of these items (debounced).
    void schedule(const QList<Item> &items);
    // Checks now, on the calling thread (tests, before export).
    QList<Finding> checkNow(const QList<Item> &items) const;
    bool isBusy() const { return m_thread != nullptr; }
    // No check running or waiting.
    bool isIdle() const;
    qint64 lastDurationMs() const { return m_lastMs; }
    void setDebounceMs(int ms);

signals:
    void findingsReady(const QList<gkml::Finding> &findings);

private:
    void start();
    const Standard *m_standard = nullptr;
    QList<Item> m_pending;
    bool m_hasPending = false;
    QTimer *m_debounce;
    QThread *m_thread = nullptr;
    quint64 m_generation = 0;
    // What the last run learned per item: the next run re-examines only the changed items.
    std::unique_ptr<CheckMemo> m_memo;
    qint64 m_lastMs = 0;
};

} // namespace gkml
