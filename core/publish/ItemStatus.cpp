#include "ItemStatus.h"

namespace gkml {

QString ItemStatus::key(State state)
{
    switch (state) {
    case State::Never: return QStringLiteral("never");
    case State::Undated: return QStringLiteral("undated");
    case State::Late: return QStringLiteral("late");
    case State::Stale: return QStringLiteral("stale");
    case State::Ok: return QStringLiteral("ok");
    }
    return {};
}

QString ItemStatus::label(State state)
{
    switch (state) {
    case State::Never: return tr("Never published");
    case State::Undated: return tr("No publication date");
    case State::Late: return tr("Published late");
    case State::Stale: return tr("Not updated");
    case State::Ok: return tr("On time");
    }
    return {};
}

bool ItemStatus::fromKey(const QString &key, State *state)
{
    for (State s : all()) {
        if (ItemStatus::key(s) == key) {
            *state = s;
            return true;
        }
    }
    return false;
}

} // namespace gkml
