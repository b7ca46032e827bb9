"""Loads the illustrative demo menu through the menu's own actions, idempotently: each demo
practice carries `external_ref = "demo:<slug>"`, so loading twice updates rather than duplicates."""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from arfer.core.actors import SYSTEM
from arfer.core.money import PENCE_PER_POUND
from arfer.directory.models import Area, Body
from arfer.menu.actions import request_welsh_text, save_practice
from arfer.menu.models import Practice, ServiceArea, WelshTextRequest, lacks_welsh_text
from arfer.menu.search.indexing import refresh_all_queued
from arfer.menu.workflow import publish_practice

MONEY_FIELDS = {
    "setup_cost": "setup_cost_pence",
    "one_off_cashable": "one_off_cashable_saving_pence",
    "one_off_non_cashable": "one_off_non_cashable_saving_pence",
    "annual_cashable": "annual_cashable_saving_pence",
    "annual_non_cashable": "annual_non_cashable_saving_pence",
}
TEXT_FIELDS = [
    f"{name}_{lang}"
    for name in (
        "title",
        "summary",
        "problem",
        "approach",
        "outcomes",
        "adoption_needs",
        "non_cashable_note",
    )
    for lang in ("en", "cy")
]


@transaction.atomic
def load_demo_practices(rows: list[dict]) -> int:
    bodies = {b.slug: b for b in Body.objects.all()}
    service_areas = {s.slug: s for s in ServiceArea.objects.all()}
    areas = {a.slug: a for a in Area.objects.all()}
    existing = {
        p.external_ref: p for p in Practice.objects.filter(external_ref__startswith="demo:")
    }
    now = timezone.now()
    for index, row in enumerate(rows):
        ref = f"demo:{row['slug']}"
        practice = existing.get(ref) or Practice(external_ref=ref, slug=row["slug"])
        for field in TEXT_FIELDS:
            setattr(practice, field, row.get(field, ""))
        for key, field in MONEY_FIELDS.items():
            setattr(practice, field, int(row.get(key, 0)) * PENCE_PER_POUND)
        practice.lead_body = bodies[row["lead"]]
        practice.prevention_tier = row["prevention_tier"]
        practice.evidence_level = row["evidence_level"]
        start = row.get("start_date")
        practice.start_date = date.fromisoformat(start) if start else None
        practice.contact_name = row.get("contact_name", "")
        practice.contact_email = row.get("contact_email", "")
        practice.is_illustrative = True
        if practice.published_at is None:
            # Spread publication dates so that "newest first" orders the demo menu meaningfully.
            practice.published_at = now - timedelta(days=7 * index)
        save_practice(
            practice,
            actor=SYSTEM,
            partners=[(bodies[slug], role) for slug, role in row.get("partners", [])],
            service_areas=[service_areas[slug] for slug in row["service_areas"]],
            areas=[areas[slug] for slug in (row.get("areas") or [])],
        )
        if practice.status == Practice.Status.DRAFT:
            publish_practice(practice, actor=SYSTEM)
    # Found by search from the start, rather than by the first search's own catching up.
    refresh_all_queued(alone=True)
    return len(rows)


# Demo practices still in English only whose Welsh text the programme team asked for, and how
# many days ago: the translation queue as it might stand, oldest first.
WELSH_REQUESTED_DAYS_AGO = {
    "same-day-emergency-care-unit": 41,
    "care-home-in-reach-team": 26,
    "community-pharmacy-common-ailments-service": 12,
    "shared-fire-control-room-for-two-fire-and-rescue-services": 3,
}


@transaction.atomic
def load_demo_welsh_requests(requested_by=SYSTEM) -> int:
    """A few requests for Welsh text, made by `requested_by` (the demo's moderator, where there
    is one), once: a database with any request already keeps what it has."""
    if WelshTextRequest.objects.exists():
        return 0
    now = timezone.now()
    made = 0
    for practice in Practice.objects.filter(
        external_ref__in=[f"demo:{slug}" for slug in WELSH_REQUESTED_DAYS_AGO]
    ):
        if lacks_welsh_text(practice):
            request_welsh_text(
                practice,
                actor=requested_by,
                requested_at=now - timedelta(days=WELSH_REQUESTED_DAYS_AGO[practice.slug]),
            )
            made += 1
    return made
