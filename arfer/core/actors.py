"""Who acts: a person, or the system itself.

Every action takes `actor`: the signed-in person whose rights are checked and whose name the
history keeps, or `SYSTEM` when no person acts (the demo and synthetic loaders, an operator's
commands, a signed link that is its own permission). The policies (`<app>/policy.py`) allow the
system what it does; nothing else is ever read as "allowed everything".

None is nobody: an action given `actor=None` is refused with a TypeError, so that a forgotten
actor is a mistake found at once rather than a silent grant or refusal.
"""

from typing import Final, final

NO_ACTOR = (
    "actor=None: pass the person acting, or arfer.core.actors.SYSTEM when the system itself acts."
)


@final
class SystemActor:
    """The system acting on its own account. Not a row in the users table: nobody can sign in
    as it, grant it a role or delete it, and it has no user's attributes, so code that takes it
    for a person fails at once instead of guessing its rights."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "SYSTEM"

    def __reduce__(self) -> str:
        # Pickled and copied as the module's one instance: `actor is SYSTEM` is the test.
        return "SYSTEM"


SYSTEM: Final = SystemActor()


def require_actor(actor) -> None:
    """Refuse a missing actor: None means someone forgot to say who acts."""
    if actor is None:
        raise TypeError(NO_ACTOR)


def is_system(actor) -> bool:
    require_actor(actor)
    return actor is SYSTEM


def person_of(actor):
    """The person to record as having acted (the history's user, `recorded_by`, a reviewer):
    None when the system acted, as its records carry no person."""
    return None if is_system(actor) else actor
