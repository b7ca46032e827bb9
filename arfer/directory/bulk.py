"""The directory in bulk: finding bodies by the codes other systems use, and creating or
updating many bodies at once by external reference (`arfer import bodies`, the upload page).

Bodies are changed in bulk by programme admins only (and by the system, for an operator): the
directory is reference data every other record points at.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from arfer.accounts.policy import is_programme_staff
from arfer.core.actors import person_of
from arfer.core.bulk import (
    IMPORT_REASON,
    PROGRESS_EVERY,
    WRITE_BATCH,
    BulkOutcome,
    ChangedMeanwhile,
    Progress,
    chunked,
    report_duplicates,
)

from . import actions
from .actions import UNIQUE_FIELDS, check_body, normalised, require_directory_admin
from .models import Area, Body
from .signals import body_areas_changed, body_kinds_changed

# What a bulk row may set, beyond its external reference (its key) and its areas.
BODY_FIELDS = [name for name in actions.BODY_FIELDS if name != "external_ref"]
REQUIRED_FOR_NEW = ["slug", "name_en", "sector", "kind"]


class BodyLookup:
    """Bodies found by slug, GSS code or NHS ODS code (in that order of preference), read in a
    fixed number of queries for a whole file's references."""

    def __init__(self, references):
        wanted = sorted(
            {
                variant
                for ref in references
                if ref
                for variant in (ref.strip(), ref.strip().lower(), ref.strip().upper())
            }
        )
        self.by_slug: dict[str, Body] = {}
        self.by_code: dict[str, list[Body]] = {}
        fields = ("id", "slug", "name_en", "name_cy", "kind", "sector", "gss_code", "ods_code")
        for batch in chunked(wanted):
            for body in (
                Body.objects.filter(
                    Q(slug__in=batch) | Q(gss_code__in=batch) | Q(ods_code__in=batch)
                )
                .only(*fields)
                .order_by("pk")
            ):
                self.by_slug[body.slug] = body
                for code in {body.gss_code.upper(), body.ods_code.upper()} - {""}:
                    self.by_code.setdefault(code, []).append(body)

    def find(self, reference: str) -> Body:
        """The body a reference names; a ValidationError saying why when it names none, or
        more than one."""
        reference = (reference or "").strip()
        if not reference:
            raise ValidationError(_("Give the body's slug, GSS code or ODS code."))
        body = self.by_slug.get(reference) or self.by_slug.get(reference.lower())
        if body is not None:
            return body
        found = self.by_code.get(reference.upper(), [])
        if len(found) == 1:
            return found[0]
        if found:
            raise ValidationError(
                _(
                    "“%(reference)s” is the code of more than one body (%(bodies)s); use the "
                    "body's slug instead."
                )
                % {"reference": reference, "bodies": "; ".join(b.slug for b in found)}
            )
        raise ValidationError(
            _("No body has the slug, GSS code or ODS code “%(reference)s”.")
            % {"reference": reference}
        )


def editable_body_ids(actor) -> set[int] | None:
    """The bodies the actor may record for, read once; None means every body."""
    if is_programme_staff(actor):
        return None
    return set(Body.objects.editable_by(actor).values_list("pk", flat=True))


class _AreaLookup:
    """Areas by slug or GSS code: the directory's few hundred areas, read in one query."""

    def __init__(self):
        self.areas: dict[str, int] = {}
        for pk, slug, code in Area.objects.values_list("pk", "slug", "code"):
            self.areas[slug] = pk
            if code:
                self.areas[code.upper()] = pk

    def find(self, reference: str) -> int:
        found = (
            self.areas.get(reference)
            or self.areas.get(reference.lower())
            or self.areas.get(reference.upper())
        )
        if found is None:
            raise ValidationError(
                _("No area has the slug or GSS code “%(reference)s”.") % {"reference": reference}
            )
        return found


def bulk_save_bodies(
    rows: list[dict],
    *,
    actor,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    row_number=None,
) -> BulkOutcome:
    """Create or update bodies by external reference, every row checked before any is written,
    by the rules of the directory's pages (`actions.check_body`), with the same messages.

    Each row: "external_ref", any of BODY_FIELDS, and "areas" (area slugs or GSS codes); a key
    left out keeps what is stored. With invalid rows nothing is written unless `skip_invalid`.
    """
    require_directory_admin(actor)
    outcome = BulkOutcome()
    refs = [(i, (row.get("external_ref") or "").strip()) for i, row in enumerate(rows)]
    flagged = report_duplicates(outcome, refs, "external_ref", row_number)
    flagged |= report_duplicates(
        outcome,
        [(i, (row.get("slug") or "").strip()) for i, row in enumerate(rows)],
        "slug",
        row_number,
    )
    existing: dict[str, Body] = {}
    for batch in chunked([ref for _i, ref in refs if ref]):
        existing.update((b.external_ref, b) for b in Body.objects.filter(external_ref__in=batch))
    # The bodies holding a slug the file gives; one without a reference yet (the reference
    # directory's) is matched by its slug.
    slug_holders: dict[str, Body] = {}
    for batch in chunked(sorted({(row.get("slug") or "").strip() for row in rows} - {""})):
        slug_holders.update((body.slug, body) for body in Body.objects.filter(slug__in=batch))
    unreferenced = {slug: body for slug, body in slug_holders.items() if not body.external_ref}
    current_areas: dict[int, set[int]] = {}
    for batch in chunked([b.pk for b in existing.values()]):
        for body_id, area_id in Body.areas.through.objects.filter(body_id__in=batch).values_list(
            "body_id", "area_id"
        ):
            current_areas.setdefault(body_id, set()).add(area_id)
    areas = _AreaLookup()
    # Each row read into its body first, so that each is then checked against the others.
    planned: list[_Planned] = []
    for index, row in enumerate(rows):
        if index in flagged:
            continue
        ref = (row.get("external_ref") or "").strip()
        if not ref:
            outcome.add_error(index, "external_ref", _("Give the body's external reference."))
            continue
        body = existing.get(ref)
        claimed = body is None and (row.get("slug") or "").strip() in unreferenced
        if claimed:
            body = unreferenced.pop(row["slug"].strip())
        values = normalised({name: row[name] for name in BODY_FIELDS if name in row})
        problems = []
        try:
            area_ids = _area_ids(row, areas)
        except ValidationError as error:
            area_ids = None
            problems.append(error)
        if body is None:
            try:
                _check_new(row)
            except ValidationError as error:
                for problem in [error, *problems]:
                    outcome.add_validation_error(index, problem)
                continue
            body = Body()
            values["external_ref"] = ref
            # As `actions.add_body` checks a new body: every field it is given.
            changed = set(values)
        else:
            if claimed:
                values["external_ref"] = ref
            changed = {name for name, value in values.items() if getattr(body, name) != value}
        areas_changed = area_ids is not None and (
            body.pk is None or area_ids != current_areas.get(body.pk, set())
        )
        if body.pk is not None and not changed and not areas_changed and not problems:
            outcome.unchanged += 1
            continue
        for name in changed:
            setattr(body, name, values[name])
        planned.append(_Planned(index, body, changed, area_ids, problems))
    others = _OtherBodies([plan.body for plan in planned], slug_holders)
    creates: list[tuple[int, Body]] = []
    updates: list[tuple[int, Body]] = []
    new_areas: dict[int, set[int]] = {}
    changed_fields: set[str] = set()
    for position, plan in enumerate(planned):
        if progress and position % PROGRESS_EVERY == 0:
            progress(plan.index)
        try:
            check_body(plan.body, plan.changed, others=others)
        except ValidationError as error:
            plan.problems.append(error)
        if plan.problems:
            for problem in plan.problems:
                outcome.add_validation_error(plan.index, problem)
            continue
        if plan.area_ids is not None:
            new_areas[plan.index] = plan.area_ids
        if plan.body.pk is None:
            creates.append((plan.index, plan.body))
        else:
            updates.append((plan.index, plan.body))
            changed_fields |= plan.changed
    outcome.created, outcome.updated = len(creates), len(updates)
    if (outcome.errors and not skip_invalid) or dry_run or not (creates or updates):
        return outcome
    _write(creates, updates, new_areas, changed_fields, actor)
    outcome.written = True
    return outcome


@dataclass
class _Planned:
    """A row read into the body it creates or changes, waiting to be checked."""

    index: int
    body: Body
    changed: set[str]
    area_ids: set[int] | None
    problems: list[ValidationError]


class _OtherBodies:
    """Who else holds a slug, a code or an external reference, for `check_body`: the stored
    bodies and the file's other rows, so two rows giving one GSS code are both refused. The
    bodies holding the file's slugs are read already, and its references were looked up; the
    bodies with a code (councils, health boards: hundreds, not thousands) are read whole, in
    one query, which costs less than looking up every code of a long file.

    A body's stored values count as well as its row's new ones, as on the directory's pages: a
    code moves from one body to another in two steps (clear it, then give it), never by two
    rows of one file, so a row skipped as invalid cannot leave two bodies holding one code."""

    def __init__(self, bodies: list[Body], slug_holders: dict[str, Body]):
        # The stored bodies as (pk, English name, Welsh name) until a message names one.
        self.stored: dict[tuple[str, str], list[tuple[int, str, str]]] = {
            ("slug", slug): [(body.pk, body.name_en, body.name_cy)]
            for slug, body in slug_holders.items()
        }
        coded = (
            Body.objects.exclude(gss_code="", ods_code="")
            .order_by()
            .values_list("pk", "name_en", "name_cy", "gss_code", "ods_code")
        )
        for pk, name_en, name_cy, gss_code, ods_code in coded:
            for field, code in (("gss_code", gss_code), ("ods_code", ods_code)):
                if code:
                    self.stored.setdefault((field, code), []).append((pk, name_en, name_cy))
        self.given: dict[tuple[str, str], list[Body]] = {}
        for body in bodies:
            for field in UNIQUE_FIELDS:
                if value := getattr(body, field):
                    self.given.setdefault((field, value), []).append(body)

    def holder(self, body: Body, field: str, value: str) -> Body | None:
        """A stored body first (the first by name, as `StoredBodies` finds it), then a row's."""
        stored = [other for other in self.stored.get((field, value), ()) if other[0] != body.pk]
        if stored:
            pk, name_en, name_cy = min(stored, key=lambda other: (other[1], other[0]))
            return Body(pk=pk, name_en=name_en, name_cy=name_cy)
        for other in self.given.get((field, value), ()):
            if other is not body and (body.pk is None or other.pk != body.pk):
                return other
        return None


def _area_ids(row: dict, areas: _AreaLookup) -> set[int] | None:
    if "areas" not in row:
        return None
    found, problems = set(), []
    for reference in row["areas"]:
        try:
            found.add(areas.find(reference))
        except ValidationError as error:
            problems.extend(error.messages)
    if problems:
        raise ValidationError({"areas": problems})
    return found


def _check_new(row: dict) -> None:
    missing = {name: _("A new body needs this.") for name in REQUIRED_FOR_NEW if not row.get(name)}
    if missing:
        raise ValidationError(missing)


def _write(creates, updates, new_areas, changed_fields, actor) -> None:
    try:
        with transaction.atomic():
            bulk_create_with_history(
                [b for _i, b in creates],
                Body,
                batch_size=WRITE_BATCH,
                default_user=person_of(actor),
                default_change_reason=IMPORT_REASON,
            )
            if updates:
                bulk_update_with_history(
                    [b for _i, b in updates],
                    Body,
                    sorted(changed_fields),
                    batch_size=WRITE_BATCH,
                    default_user=person_of(actor),
                    default_change_reason=IMPORT_REASON,
                )
            by_index = dict(creates) | dict(updates)
            replaced = [by_index[i].pk for i in new_areas if by_index[i].pk is not None]
            for batch in chunked(replaced):
                Body.areas.through.objects.filter(body_id__in=batch).delete()
            Body.areas.through.objects.bulk_create(
                [
                    Body.areas.through(body_id=by_index[i].pk, area_id=area_id)
                    for i, area_ids in new_areas.items()
                    for area_id in sorted(area_ids)
                ],
                batch_size=WRITE_BATCH,
            )
            # The apps whose figures come from bodies' areas and kinds bring them up to date.
            moved = sorted(by_index[i].pk for i, _b in updates if i in new_areas)
            if moved:
                body_areas_changed.send(sender=Body, body_ids=moved)
            if "kind" in changed_fields:
                body_kinds_changed.send(
                    sender=Body, body_ids=sorted(body.pk for _i, body in updates)
                )
    except IntegrityError as error:
        raise ChangedMeanwhile(
            _(
                "Another body took one of these slugs or references while the file was being "
                "checked. Nothing was saved; run the import again."
            )
        ) from error
