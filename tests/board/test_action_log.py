"""Which actions a meeting follows up: the pure function, on hand-made rows."""

from datetime import date

from arfer.board.action_log import LoggedAction, action_log

# Meetings: 1 on 1 April, 2 on 1 June, 3 on 1 September.
RAISED_AT_1_CLOSED_IN_MAY = LoggedAction(
    10, 1, date(2024, 4, 1), date(2024, 5, 1), date(2024, 5, 20)
)
RAISED_AT_1_STILL_OPEN = LoggedAction(11, 1, date(2024, 4, 1), date(2024, 5, 1), None)
RAISED_AT_2_CLOSED_IN_JULY = LoggedAction(
    20, 2, date(2024, 6, 1), date(2024, 12, 1), date(2024, 7, 15)
)
RAISED_AT_3 = LoggedAction(30, 3, date(2024, 9, 1), date(2024, 10, 1), None)
ALL = [RAISED_AT_3, RAISED_AT_2_CLOSED_IN_JULY, RAISED_AT_1_STILL_OPEN, RAISED_AT_1_CLOSED_IN_MAY]


def test_open_actions_carry_forward_into_every_later_meeting_until_closed():
    second = action_log(
        ALL, meeting_id=2, meeting_date=date(2024, 6, 1), previous_date=date(2024, 4, 1)
    )
    assert second.raised == [20]
    assert second.carried_forward == [11]
    assert second.closed_since_last == [10]
    third = action_log(
        ALL, meeting_id=3, meeting_date=date(2024, 9, 1), previous_date=date(2024, 6, 1)
    )
    assert third.raised == [30]
    assert third.carried_forward == [11]  # 20 was closed in July: it leaves the pack
    assert third.closed_since_last == [20]


def test_a_past_meeting_shows_the_log_as_it_stood_on_its_day():
    # On 1 June action 10 was closed; on 1 May it was still open.
    earlier = action_log(ALL, meeting_id=99, meeting_date=date(2024, 5, 1))
    assert earlier.carried_forward == [10, 11]
    assert earlier.raised == []
    # Later actions are not in an earlier pack.
    assert 20 not in earlier.carried_forward and 30 not in earlier.carried_forward


def test_overdue_means_open_on_the_day_and_due_before_it():
    third = action_log(ALL, meeting_id=3, meeting_date=date(2024, 9, 1))
    assert third.overdue == frozenset({11})
    second = action_log(ALL, meeting_id=2, meeting_date=date(2024, 6, 1))
    assert second.overdue == frozenset({11})
    assert second.open_count == 2


def test_no_actions_no_log():
    log = action_log([], meeting_id=1, meeting_date=date(2024, 1, 1))
    assert (log.raised, log.carried_forward, log.closed_since_last, log.overdue) == (
        [],
        [],
        [],
        frozenset(),
    )
