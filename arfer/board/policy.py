"""Who sees and records the board's business, decided once.

The board and the programme team (moderators and admins) see every meeting, decision and action,
and the dashboards and gap analyses built on them. The programme team runs the meetings: it
records them and follows up their actions. Programme admins manage the workstreams. The public
sees summits whose summary has been published, and nothing else of the board's own business.
"""

from arfer.accounts.policy import is_programme_admin, is_programme_staff, sees_everything


def sees_board_business(user) -> bool:
    """Board members and the programme team: what the board discusses is theirs to read."""
    return sees_everything(user)


def runs_meetings(actor) -> bool:
    """The programme team records meetings and follows up their actions."""
    return is_programme_staff(actor)


def manages_workstreams(actor) -> bool:
    return is_programme_admin(actor)
