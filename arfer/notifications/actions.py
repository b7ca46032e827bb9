"""State changes of notification preferences: the preferences page and unsubscribe links call
these."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from arfer.accounts.models import User
from arfer.accounts.policy import may_act_as
from arfer.core.actors import SYSTEM

from .delivery import DIGEST
from .models import Delivery, NotificationKind, NotificationPreference


def set_notification_preferences(user: User, choices: dict[str, str], *, actor) -> None:
    """Set how `user` hears of each kind of event named in `choices` (kind -> delivery). Only
    the person themself may (or the system, for a signed unsubscribe link)."""
    if not may_act_as(actor, user):
        raise PermissionDenied(_("You can only change your own email preferences."))
    for kind, delivery in choices.items():
        if kind not in NotificationKind.values or delivery not in Delivery.values:
            raise ValidationError(
                _("Unknown kind of email or choice: %(kind)s, %(delivery)s.")
                % {"kind": kind, "delivery": delivery}
            )
    with transaction.atomic():
        preference, _created = NotificationPreference.objects.get_or_create(user=user)
        for kind, delivery in choices.items():
            setattr(preference, kind, delivery)
        preference.save()


def unsubscribe(user: User, kind: str) -> list[str]:
    """Stop one kind of email (or, for the digest's own link, every kind that goes to the
    digest); returns the kinds turned off. The signed link is the permission."""
    preference = NotificationPreference.objects.filter(user=user).first() or NotificationPreference(
        user=user
    )
    if kind == DIGEST:
        kinds = [k for k in NotificationKind.values if preference.delivery(k) == Delivery.DIGEST]
    else:
        kinds = [kind]
    set_notification_preferences(user, dict.fromkeys(kinds, Delivery.NEVER), actor=SYSTEM)
    return kinds
