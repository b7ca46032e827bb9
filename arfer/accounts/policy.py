"""Who may see and manage a body's members: its own members see them, its admins manage them,
and programme admins (superusers too) do both for every body. Pages, actions and querysets all
ask here.

Written over the relations (a body's `memberships`) rather than by importing the models, so
that querysets.py, which models.py imports, can use it too.
"""

from django.db.models import Q


def member_lists_visible_to(user) -> Q | None:
    """The bodies whose member list this person may see, as a condition on a body; None when
    they may see none. Any other body's member pages answer 404."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if user.is_programme_admin:
        return Q()
    return Q(memberships__user=user)


def may_manage_members(user, body) -> bool:
    """Body admins invite, remove and change the roles of their body's members; programme
    admins do so for every body."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_programme_admin:
        return True
    memberships = body.memberships
    return memberships.filter(user=user, role=memberships.model.Role.ADMIN).exists()
