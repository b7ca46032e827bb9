"""The rollout's lists on a person's My work page (see arfer.accounts.my_work).

For the bodies a person edits for: adoptions that have not moved for six months, recurring
savings not yet recorded for the quarter just ended, and other bodies' adoptions of the
practices their bodies lead, with the support asked for. For the programme team: realised
savings waiting to be verified (the oldest first: they have waited longest) and queried
savings the body has answered since.
"""

import datetime
from urllib.parse import urlencode

from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from arfer.accounts.my_work import (
    FOR_BODIES,
    LISTS_TEMPLATE,
    REVIEWING,
    all_of,
    first_of,
    my_work_page,
)
from arfer.core.periods import Quarter, months_before, year_label

from .models import CLOSED, Adoption, LedgerEntry, Stage
from .policy import may_verify

# An open adoption at the same stage for this long has stalled: worth a look, or a move.
STALLED_AFTER_MONTHS = 6
# Another body's adoption is news to the lead body for this long.
RECENT_ADOPTION_DAYS = 30
# More than any body records in one quarter; the list is read whole below this.
MOST_RECURRING_READ = 1_000


def _today() -> datetime.date:
    return timezone.localdate()


def stalled_adoptions(user, acting_for, today: datetime.date):
    """Their bodies' open adoptions short of embedded whose stage has not changed for six
    months, the most recently stalled first."""
    return (
        Adoption.objects.visible_to(user)
        .filter(body__in=acting_for, stage_since__lte=months_before(today, STALLED_AFTER_MONTHS))
        .exclude(stage__in=[*CLOSED, Stage.EMBEDDED])
        .select_related("practice", "body")
        .order_by("-stage_since", "-pk")
    )


def missing_recurring_savings(user, acting_for, today: datetime.date) -> list[LedgerEntry]:
    """Recurring savings their bodies recorded for the quarter before the one just ended, with
    nothing recorded for the quarter just ended (of the same body, practice and adoption): one
    entry for each, the newest first."""
    just_ended = Quarter.containing(today).previous
    before = just_ended.previous
    in_quarter = {"financial_year": just_ended.year, "quarter": just_ended.quarter}
    recorded_for_adoption = LedgerEntry.objects.filter(adoption=OuterRef("adoption"), **in_quarter)
    recorded_as_lead = LedgerEntry.objects.filter(
        adoption__isnull=True, body=OuterRef("body"), practice=OuterRef("practice"), **in_quarter
    )
    entries = (
        LedgerEntry.objects.visible_to(user)
        .filter(
            body__in=acting_for,
            recurrence=LedgerEntry.Recurrence.RECURRING,
            financial_year=before.year,
            quarter=before.quarter,
        )
        .filter(
            (Q(adoption__isnull=False) & ~Exists(recorded_for_adoption))
            | (Q(adoption__isnull=True) & ~Exists(recorded_as_lead))
        )
        .select_related("practice", "body")
        .order_by("-pk")[:MOST_RECURRING_READ]
    )
    # One line per saving: a body may record a recurring saving as cashable and non-cashable.
    # Written as the ledger writes a period (LedgerEntry.period_label), in the page's language.
    missing_period = gettext("%(year)s Q%(quarter)s") % {
        "year": year_label(just_ended.year),
        "quarter": just_ended.quarter,
    }
    seen, missing = set(), []
    for entry in entries:
        key = (entry.body_id, entry.practice_id, entry.adoption_id)
        if key not in seen:
            seen.add(key)
            entry.missing_period = missing_period
            missing.append(entry)
    return missing


def recently_adopted(user, acting_for, today: datetime.date):
    """Other bodies' adoptions, recorded in the last 30 days, of practices their bodies lead:
    the lead body may be asked for support. Declined ones are left out."""
    since = timezone.now() - datetime.timedelta(days=RECENT_ADOPTION_DAYS)
    return (
        Adoption.objects.visible_to(user)
        .filter(practice__lead_body__in=acting_for, created_at__gte=since)
        .exclude(body__in=acting_for)
        .exclude(stage=Stage.DECLINED)
        .select_related("practice", "body")
        .order_by("-created_at", "-pk")
    )


def for_bodies(request, *, acting_for, **page) -> dict | None:
    if not acting_for:
        return None
    user, today = request.user, _today()
    return {
        "lists": [
            first_of(
                stalled_adoptions(user, acting_for, today),
                name="stalled-adoptions",
                heading=_("Adoptions with no change for six months"),
                empty=_(
                    "Your bodies' adoptions that have stayed at one stage for six months or "
                    "more appear here: record a move, or close them with a reason."
                ),
                item_template="rollout/_my_work_stalled.html",
            ),
            all_of(
                missing_recurring_savings(user, acting_for, today),
                name="recurring-savings",
                heading=_("Recurring savings to record for the quarter just ended"),
                empty=_(
                    "Recurring savings your bodies recorded for the quarter before last appear "
                    "here until the quarter just ended is recorded too."
                ),
                item_template="rollout/_my_work_recurring.html",
            ),
            first_of(
                recently_adopted(user, acting_for, today),
                name="adopted-by-others",
                heading=_("Your practices adopted by other bodies"),
                empty=_(
                    "When another body starts adopting a practice your bodies lead, it appears "
                    "here for 30 days, with the support it asked of you."
                ),
                item_template="rollout/_my_work_adopted.html",
            ),
        ]
    }


def awaiting_verification(user):
    """Realised savings not yet verified, the oldest recorded first."""
    return (
        LedgerEntry.objects.visible_to(user)
        .filter(
            certainty=LedgerEntry.Certainty.REALISED,
            verification=LedgerEntry.Verification.UNVERIFIED,
        )
        .select_related("practice", "body")
        .order_by("pk")
    )


def answered_queries(user):
    """Savings the programme team queried that the body has since changed: a change to what a
    verifier checks returns a queried saving to unverified and clears who checked it
    (actions.update_saving), while the history keeps the query. The latest changed first,
    with the query's reason."""
    History = LedgerEntry.history.model
    # From the audit trail's few queries (a partial index, migration 0009) to the savings,
    # rather than from every unverified saving to its history.
    queried = History.objects.filter(verification=LedgerEntry.Verification.QUERIED)
    return (
        LedgerEntry.objects.visible_to(user)
        .filter(pk__in=queried.values("id"))
        .filter(verification=LedgerEntry.Verification.UNVERIFIED, verified_at__isnull=True)
        .annotate(
            queried_for=Subquery(
                queried.filter(id=OuterRef("pk")).order_by("-history_id").values("query_reason")[:1]
            )
        )
        .select_related("practice", "body")
        .order_by("-updated_at", "-pk")
    )


def ledger_address(**filters: str) -> str:
    return f"{reverse('rollout:ledger')}?{urlencode(filters)}"


def reviewing(request, **page) -> dict | None:
    if not may_verify(request.user):
        return None
    user = request.user
    return {
        "lists": [
            first_of(
                awaiting_verification(user),
                name="awaiting-verification",
                heading=_("Realised savings awaiting verification, oldest first"),
                empty=_(
                    "Savings that bodies record as realised appear here until someone in the "
                    "programme team verifies or queries them."
                ),
                item_template="rollout/_my_work_verify.html",
                see_all=ledger_address(certainty="realised", verification="unverified"),
            ),
            first_of(
                answered_queries(user),
                name="answered-queries",
                heading=_("Queried savings that have been answered"),
                empty=_(
                    "When a body changes a saving the programme team queried, it appears here "
                    "to be checked again."
                ),
                item_template="rollout/_my_work_answered.html",
            ),
        ]
    }


def add_sections() -> None:
    """Called from the rollout's ready()."""
    my_work_page.add("rollout", order=FOR_BODIES + 20, template=LISTS_TEMPLATE, context=for_bodies)
    my_work_page.add(
        "verification", order=REVIEWING + 20, template=LISTS_TEMPLATE, context=reviewing
    )
