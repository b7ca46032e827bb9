"""State changes of the directory. Loading the reference data is idempotent: running it again
updates names and codes in place and never duplicates a body or an area.

A body is added, corrected and retired by programme admins (and superusers) only, through
`add_body`, `edit_body` and `retire_body`, whichever page, the back office or a command asks
(the demo loader and an operator's commands act as the system, `SYSTEM`). Each is atomic,
refuses bad input with a message on the field at fault before writing anything, and records its
actor in the body's history. A body is never deleted: practices, adoptions and savings name it,
so a body that closed is retired (its `active_to` set) and stays in the directory, marked closed.

What other apps derive from a body is kept up to date through the signals of `signals.py`, sent
inside the same transaction: the directory does not import the apps above it.
"""

import datetime
import re
from collections.abc import Iterable
from typing import Protocol

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from arfer.core import reasons
from arfer.core.actors import person_of
from arfer.core.periods import YEARS_AHEAD
from arfer.core.stale import refuse_if_history_moved

from .models import Area, Body
from .policy import may_change_directory
from .signals import body_areas_changed, body_kinds_changed

# What the pages, the back office and commands may set on a body; its areas are given apart.
BODY_FIELDS = [
    "slug",
    "name_en",
    "name_cy",
    "short_name",
    "sector",
    "kind",
    "gss_code",
    "ods_code",
    "website",
    "external_ref",
    "active_from",
    "active_to",
]
# The fields no two bodies share (when not empty).
UNIQUE_FIELDS = ("slug", "gss_code", "ods_code", "external_ref")
# The directory's fixed addresses (/bodies/new/) come before a body's: no body may take them.
RESERVED_SLUGS = {"new"}
# A GSS code is a letter and eight digits (W06000015); an NHS ODS code three to ten capital
# letters and digits (7A4 for a health board, longer for its sites).
GSS_CODE = re.compile(r"[A-Z][0-9]{8}")
ODS_CODE = re.compile(r"[A-Z0-9]{3,10}")
GSS_CODE_WRONG = gettext_lazy("Enter a GSS code as a capital letter and 8 digits, like W06000015.")
ODS_CODE_WRONG = gettext_lazy("Enter an ODS code as 3 to 10 letters and digits, like 7A4.")
GSS_CODE_TAKEN = gettext_lazy("%(body)s already has this GSS code.")
ODS_CODE_TAKEN = gettext_lazy("%(body)s already has this ODS code.")
# The oldest bodies in the directory (trade unions, voluntary councils) go back to the 1800s.
EARLIEST_DATE = datetime.date(1800, 1, 1)
# The history keeps a change of areas as its reason, this long at most.
REASON_LENGTH = 100


def require_directory_admin(actor) -> None:
    if not may_change_directory(actor):
        raise PermissionDenied(_("Only programme admins can change the directory of bodies."))


def add_body(values: dict, *, actor, areas: Iterable[Area] = ()) -> Body:
    """A new body with the areas it serves. Without a slug, one is made from its English name."""
    require_directory_admin(actor)
    values = normalised(values)
    with transaction.atomic():
        if not values.get("slug"):
            values["slug"] = _free_slug(values.get("name_en", ""))
        body = Body(**values)
        check_body(body, set(values))
        body._history_user = person_of(actor)
        body.save()
        body.areas.set(sorted({area.pk for area in areas}))
    return body


def edit_body(
    body: Body,
    values: dict,
    *,
    actor,
    areas: Iterable[Area] | None = None,
    seen: int | None = None,
) -> Body:
    """Change a body's details and, unless `areas` is None, the areas it serves; a key left out
    of `values` keeps what is stored. `seen` is the newest history row the page was loaded at:
    if someone saved the body since, StaleEdit says what they changed and nothing is written.

    A change of areas refreshes the regions of the practices the body leads or partners in; a
    change of kind, the counts of adoptions by bodies of each kind (through `signals.py`)."""
    require_directory_admin(actor)
    values = normalised(values)
    with transaction.atomic():
        current = Body.objects.select_for_update().get(pk=body.pk)
        if seen is not None:
            refuse_if_history_moved(current, seen)
        changed = {name for name, value in values.items() if getattr(current, name) != value}
        areas_before = set(current.areas.values_list("pk", flat=True))
        areas_after = areas_before if areas is None else {area.pk for area in areas}
        if not changed and areas_after == areas_before:
            return current
        kind_before = current.kind
        for name in changed:
            setattr(current, name, values[name])
        check_body(current, changed)
        current._history_user = person_of(actor)
        if areas_after != areas_before:
            # The history keeps the body's own fields; which areas came and went is its reason.
            current._change_reason = _areas_reason(areas_before, areas_after)
        current.save()
        if areas_after != areas_before:
            current.areas.set(sorted(areas_after))
            body_areas_changed.send(sender=Body, body_ids=[current.pk])
        if current.kind != kind_before:
            body_kinds_changed.send(sender=Body, body_ids=[current.pk])
    return current


def retire_body(body: Body, *, actor, closed_on: datetime.date, seen: int | None = None) -> Body:
    """Mark a body as closed from `closed_on` (its last open day, today or earlier). It stays in
    the directory and in the history of every record that names it."""
    require_directory_admin(actor)
    with transaction.atomic():
        current = Body.objects.select_for_update().get(pk=body.pk)
        if seen is not None:
            refuse_if_history_moved(current, seen)
        if current.active_to is not None:
            raise ValidationError(
                {
                    "active_to": _("This body is already marked as closed, on %(date)s.")
                    % {"date": formats.date_format(current.active_to, "j F Y")}
                }
            )
        current.active_to = closed_on
        check_body(current, {"active_to"})
        current._history_user = person_of(actor)
        current.save()
    return current


def normalised(values: dict) -> dict:
    """The fields a body may be given, text trimmed and codes in capitals (as published)."""
    kept = {}
    for name in BODY_FIELDS:
        if name not in values:
            continue
        value = values[name]
        if isinstance(value, str):
            value = value.strip()
            if name in ("gss_code", "ods_code"):
                value = value.upper()
        kept[name] = value
    return kept


def _free_slug(name: str) -> str:
    base = slugify(name)[:90] or "body"
    if base in RESERVED_SLUGS:
        base = f"{base}-body"
    slug, n = base, 1
    while Body.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


class OtherBodies(Protocol):
    def holder(self, body: Body, field: str, value: str) -> Body | None:
        """A body other than `body` holding `value` in `field` (one of UNIQUE_FIELDS)."""


class StoredBodies:
    """Other bodies as stored, one query a question: enough for one body at a time. The bulk
    import answers for a whole file at once, and also knows the file's other rows."""

    def holder(self, body: Body, field: str, value: str) -> Body | None:
        others = Body.objects.exclude(pk=body.pk) if body.pk else Body.objects.all()
        return others.filter(**{field: value}).first()


def check_body(body: Body, changed: set[str], *, others: OtherBodies | None = None) -> None:
    """Every rule a body must meet, each problem on its field; only what changed is compared
    with other bodies, so an old record is not refused for what it already held. The pages,
    the back office, commands and the bulk import all check bodies here; `others` says who
    else holds a slug or a code (the stored bodies unless the caller knows more)."""
    errors: dict[str, list] = {}
    others = others or StoredBodies()

    def refuse(field: str, message: str) -> None:
        if field not in errors:
            errors[field] = [message]

    if "slug" in changed and body.slug:
        if body.slug in RESERVED_SLUGS:
            refuse("slug", _("This address name is used by a page of the directory."))
        elif others.holder(body, "slug", body.slug):
            refuse("slug", _("Another body already has this address name."))
    for field, pattern, wrong, taken in (
        ("gss_code", GSS_CODE, GSS_CODE_WRONG, GSS_CODE_TAKEN),
        ("ods_code", ODS_CODE, ODS_CODE_WRONG, ODS_CODE_TAKEN),
    ):
        code = getattr(body, field)
        if field not in changed or not code:
            continue
        if not pattern.fullmatch(code):
            refuse(field, str(wrong))
        elif holder := others.holder(body, field, code):
            refuse(field, str(taken) % {"body": holder.name})
    if (
        "external_ref" in changed
        and body.external_ref
        and others.holder(body, "external_ref", body.external_ref)
    ):
        refuse("external_ref", _("Another body already has this external reference."))
    _check_dates(body, refuse)
    # The model's own rules (lengths, choices, a web address) on the fields not refused above,
    # whose messages say more than a length would.
    try:
        body.full_clean(
            exclude=["areas", *errors], validate_unique=False, validate_constraints=False
        )
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)


def _check_dates(body: Body, refuse) -> None:
    today = timezone.localdate()
    latest_opening = today + datetime.timedelta(days=366 * YEARS_AHEAD)
    if body.active_from and not EARLIEST_DATE <= body.active_from <= latest_opening:
        refuse("active_from", _("The date it opened must be from 1800 to ten years from now."))
    if body.active_to and not EARLIEST_DATE <= body.active_to <= today:
        refuse("active_to", _("The date it closed must be from 1800 to today."))
    if body.active_from and body.active_to and body.active_to < body.active_from:
        refuse("active_to", _("A body cannot close before it opened."))


def _areas_reason(before: set[int], after: set[int]) -> str:
    """Which areas came and went, by slug, as a code: "areas:+torfaen -newport"."""
    slugs = dict(Area.objects.filter(pk__in=before ^ after).values_list("pk", "slug"))
    added = [f"+{slugs[pk]}" for pk in sorted(after - before, key=slugs.__getitem__)]
    removed = [f"-{slugs[pk]}" for pk in sorted(before - after, key=slugs.__getitem__)]
    reason = reasons.with_value(reasons.AREAS, " ".join([*added, *removed]))
    if len(reason) > REASON_LENGTH:
        reason = reason[: REASON_LENGTH - 1] + "…"
    return reason


@transaction.atomic
def load_reference_directory(areas: list[dict], bodies: list[dict]) -> tuple[int, int]:
    area_by_slug: dict[str, Area] = {}
    for row in areas:
        area, _created = Area.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "code": row.get("code", ""),
                "kind": row["kind"],
                "name_en": row["name_en"],
                "name_cy": row.get("name_cy", ""),
            },
        )
        area_by_slug[area.slug] = area
    for row in areas:
        area_by_slug[row["slug"]].local_authority_areas.set(
            [area_by_slug[slug] for slug in row.get("covers", [])]
        )
    for row in bodies:
        body, _created = Body.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name_en": row["name_en"],
                "name_cy": row.get("name_cy", ""),
                "short_name": row.get("short_name", ""),
                "sector": row["sector"],
                "kind": row["kind"],
                "gss_code": row.get("gss_code", ""),
                "ods_code": row.get("ods_code", ""),
                "website": row.get("website", ""),
            },
        )
        body.areas.set([area_by_slug[slug] for slug in row.get("areas", [])])
    return len(areas), len(bodies)
