#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace gkml {

// Where an item stands as of a date (DESIGN.md "Publication records and the inspection").
struct ItemStatus
{
    Q_DECLARE_TR_FUNCTIONS(ItemStatus)
public:
    // In order of gravity: the first that applies is the item's status.
    enum class State {
        Never, // no record published by the date
        Undated, // a record without a publication date (assessors count it as not updated)
        Late, // a record published after the due date its 公开时限 gives from its event date
        Stale, // the item has an update cycle and no record within it
        Ok,
    };
    State state = State::Never;
    QDate due; // the date missed (late, stale) or to meet (ok); invalid when none applies
    QDate lastPublished;
    bool calendarWarning = false; // a due date was counted in a year without holiday data

    static QString key(State state); // never | undated | late | stale | ok (stable)
    static QString label(State state); // 未公开 ... (translated)
    static bool fromKey(const QString &key, State *state);
    static QList<State> all()
    {
        return { State::Never, State::Undated, State::Late, State::Stale, State::Ok };
    }
};

} // namespace gkml
