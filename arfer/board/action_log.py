"""Which actions a meeting's pack follows up: a pure function over plain rows.

An action is raised at one meeting and carried forward into every later meeting's pack until it
is closed. The pack of a past meeting shows the log as it stood on that day: an action closed
after the meeting was still open then.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class LoggedAction:
    id: int
    meeting_id: int
    raised_on: date
    due: date
    closed_on: date | None


@dataclass(frozen=True)
class ActionLog:
    raised: list[int] = field(default_factory=list)
    carried_forward: list[int] = field(default_factory=list)
    closed_since_last: list[int] = field(default_factory=list)
    overdue: frozenset[int] = frozenset()

    @property
    def open_count(self) -> int:
        return len(self.raised) + len(self.carried_forward)


def action_log(
    actions: Iterable[LoggedAction],
    *,
    meeting_id: int,
    meeting_date: date,
    previous_date: date | None = None,
) -> ActionLog:
    """The meeting's own new actions, the earlier ones still open on its date (oldest first),
    and those closed since the previous meeting. Overdue: open on the day and due before it."""
    raised, carried, closed = [], [], []
    overdue = set()
    for action in sorted(actions, key=lambda a: (a.raised_on, a.id)):
        if action.raised_on > meeting_date:
            continue
        open_on_the_day = action.closed_on is None or action.closed_on > meeting_date
        if action.meeting_id == meeting_id:
            raised.append(action.id)
        elif open_on_the_day:
            carried.append(action.id)
        elif (
            previous_date is not None
            and action.closed_on is not None  # it is, as the action was not open on the day
            and previous_date < action.closed_on <= meeting_date
        ):
            closed.append(action.id)
        if open_on_the_day and action.due < meeting_date and action.meeting_id != meeting_id:
            overdue.add(action.id)
    return ActionLog(
        raised=raised, carried_forward=carried, closed_since_last=closed, overdue=frozenset(overdue)
    )
