"""The imports' list on a programme admin's My work page (see arfer.accounts.my_work): imports
that stopped with an error lately, and those waiting or running now."""

import datetime

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from arfer.accounts.my_work import LISTS_TEMPLATE, RUNNING_THE_PROGRAMME, first_of, my_work_page
from arfer.accounts.policy import is_programme_admin

from .models import ImportRun

# A failed import stays on the list this long: long enough to be seen and run again.
FAILED_SHOWN_DAYS = 30


def failed_or_running(user):
    """Imports waiting, running (or stalled: its page says so) and those that failed in the
    last 30 days, newest first."""
    since = timezone.now() - datetime.timedelta(days=FAILED_SHOWN_DAYS)
    return (
        ImportRun.objects.visible_to(user)
        .filter(
            Q(status__in=[ImportRun.Status.QUEUED, ImportRun.Status.RUNNING])
            | Q(status=ImportRun.Status.FAILED, created_at__gte=since)
        )
        .select_related("uploaded_by")
        .defer("report")
        .order_by("-created_at", "-pk")
    )


def imports(request, **page) -> dict | None:
    if not is_programme_admin(request.user):
        return None
    return {
        "lists": [
            first_of(
                failed_or_running(request.user),
                name="imports",
                heading=_("Imports that failed or are running"),
                empty=_(
                    "Imports waiting to start or running appear here, and those that stopped "
                    "with an error in the last 30 days, so that they can be run again."
                ),
                item_template="imports/_my_work_run.html",
                see_all=reverse("imports:index"),
            )
        ]
    }


def add_sections() -> None:
    """Called from the imports' ready()."""
    my_work_page.add(
        "imports", order=RUNNING_THE_PROGRAMME + 10, template=LISTS_TEMPLATE, context=imports
    )
