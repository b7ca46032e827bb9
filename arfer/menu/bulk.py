"""Practices in bulk: create or update many at once by external reference (`arfer import
practices`, the upload page), with the same rules as `save_practice` and the workflow, and the
derived data kept right: regions and the boundary flag (`reach_of`, `refresh_reach_in_bulk`, the
rule of `refresh_practice_reach`), the menu version (database triggers, whatever writes the
rows) and the search documents (the same triggers queue new and changed practices, whose
documents are made after the write: `index_queued_practices`).
"""

import logging
from collections.abc import Set as AbstractSet

from django.core.exceptions import ValidationError
from django.db import IntegrityError, OperationalError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from arfer.core.actors import person_of
from arfer.core.bulk import (
    PROGRESS_EVERY,
    WRITE_BATCH,
    BulkOutcome,
    ChangedMeanwhile,
    Progress,
    chunked,
    refuse_if_changed,
    report_duplicates,
    violation_message,
)
from arfer.core.staging import StagedWrite
from arfer.directory.bulk import BodyLookup
from arfer.directory.models import Area, Body

from .actions import local_or_national, require_programme_staff, settle_welsh_requests
from .editing import REVISED_FIELDS, numbered_slug, slug_base
from .models import Practice, PracticePartner, ServiceArea
from .policy import may_curate
from .search.indexing import refresh_all_queued
from .workflow import PUBLISH_FROM, illegal_move, missing_for_submission

logger = logging.getLogger(__name__)
Status = Practice.Status
# What a bulk row may set besides its external reference, lead body and service areas: what a
# body writes about its practice (the fields a revision carries) and its status.
PRACTICE_FIELDS = [*REVISED_FIELDS, "status"]
IMPORTABLE_STATUSES = [Status.DRAFT, Status.PUBLISHED]
MONEY_FIELDS = [name for name in REVISED_FIELDS if name.endswith("_pence")]
# Not set from a row: checked elsewhere (the lead body from the lookup) or assigned here.
NOT_CLEANED = ["lead_body", "revision_of", "slug"]
ALL_FIELDS = {field.name for field in Practice._meta.concrete_fields}


def bulk_save_practices(
    rows: list[dict],
    *,
    actor,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    row_number=None,
) -> BulkOutcome:
    """Create or update practices by external reference, every row checked before any is
    written; with invalid rows nothing is written unless `skip_invalid`.

    Each row: "external_ref"; "lead_body" (slug, GSS or ODS code); "service_areas" (slugs);
    "status" (draft or published); any of REVISED_FIELDS. A key left out keeps what is
    stored (or the field's default, for a new practice).
    """
    require_programme_staff(actor)
    outcome = BulkOutcome()
    plan = _Plan(rows, actor, outcome, progress, row_number)
    outcome.created, outcome.updated = len(plan.creates), len(plan.updates)
    if (outcome.errors and not skip_invalid) or dry_run or not (plan.creates or plan.updates):
        return outcome
    plan.write(actor)
    outcome.written = True
    return outcome


class _Plan:
    """Every row checked against what is stored, read in a fixed number of queries per batch."""

    def __init__(self, rows, actor, outcome: BulkOutcome, progress, row_number):
        self.creates: list[tuple[int, Practice]] = []
        self.updates: list[tuple[int, Practice]] = []
        self.service_areas: dict[int, set[int]] = {}  # row -> service area ids, where changed
        self.changed_fields: set[str] = set()
        self.versions: dict[int, int] = {}
        self.lead_changed: set[int] = set()
        refs = [(i, (row.get("external_ref") or "").strip()) for i, row in enumerate(rows)]
        flagged = report_duplicates(outcome, refs, "external_ref", row_number)
        existing = self._existing([ref for _i, ref in refs if ref])
        current_areas = self._current_service_areas([p.pk for p in existing.values()])
        bodies = BodyLookup(row.get("lead_body") or "" for row in rows)
        service_area_ids = dict(ServiceArea.objects.values_list("slug", "pk"))
        now = timezone.now()
        for index, row in enumerate(rows):
            if progress and index % PROGRESS_EVERY == 0:
                progress(index)
            if index in flagged:
                continue
            try:
                self._check(
                    index, row, existing, current_areas, bodies, service_area_ids, actor, now
                )
            except ValidationError as error:
                outcome.add_validation_error(index, error)
        outcome.unchanged = len(rows) - len(outcome.errors) - len(self.creates) - len(self.updates)
        self._assign_slugs()

    @staticmethod
    def _existing(refs: list[str]) -> dict[str, Practice]:
        found: dict[str, Practice] = {}
        for batch in chunked(refs):
            found.update(
                (p.external_ref, p) for p in Practice.objects.filter(external_ref__in=batch)
            )
        return found

    @staticmethod
    def _current_service_areas(practice_ids: list[int]) -> dict[int, set[int]]:
        through = Practice.service_areas.through.objects
        current: dict[int, set[int]] = {}
        for batch in chunked(practice_ids):
            for practice_id, area_id in through.filter(practice_id__in=batch).values_list(
                "practice_id", "servicearea_id"
            ):
                current.setdefault(practice_id, set()).add(area_id)
        return current

    def _check(
        self, index, row, existing, current_areas, bodies, service_area_ids, actor, now
    ) -> None:
        ref = (row.get("external_ref") or "").strip()
        if not ref:
            raise ValidationError({"external_ref": _("Give the practice's external reference.")})
        practice = existing.get(ref)
        is_new = practice is None
        if is_new:
            practice = Practice(external_ref=ref, status=Status.DRAFT)
        errors: dict[str, list[str]] = {}
        lead = None
        if "lead_body" in row or is_new:
            try:
                lead = bodies.find(row.get("lead_body") or "")
            except ValidationError as error:
                errors["lead_body"] = error.messages
        areas = current_areas.get(practice.pk, set()) if not is_new else set()
        if "service_areas" in row:
            unknown = [slug for slug in row["service_areas"] if slug not in service_area_ids]
            if unknown:
                errors["service_areas"] = [
                    _("No service area has the slug “%(slug)s”.") % {"slug": slug}
                    for slug in unknown
                ]
            areas = {
                service_area_ids[slug] for slug in row["service_areas"] if slug in service_area_ids
            }
        if errors:
            raise ValidationError(errors)
        values = {name: row[name] for name in PRACTICE_FIELDS if name in row}
        target = values.pop("status", None) or practice.status
        changed = {name for name, value in values.items() if getattr(practice, name) != value}
        lead_changed = lead is not None and lead.pk != practice.lead_body_id
        areas_changed = areas != current_areas.get(practice.pk, set())
        if not (is_new or changed or lead_changed or areas_changed or target != practice.status):
            return  # unchanged: no write, no history
        for name in changed:
            setattr(practice, name, values[name])
        if lead_changed:
            practice.lead_body = lead
        self._check_status(practice, target, has_service_areas=bool(areas), actor=actor, now=now)
        # A stored practice: only what the row changes (the rest was valid when stored).
        unchanged = [] if is_new else sorted(ALL_FIELDS - changed - {"status"})
        practice.full_clean(
            exclude=[*NOT_CLEANED, *unchanged], validate_unique=False, validate_constraints=False
        )
        if any(getattr(practice, name) < 0 for name in MONEY_FIELDS):
            raise ValidationError(violation_message(Practice, "practice_money_not_negative"))
        if areas_changed or is_new:
            self.service_areas[index] = areas
        if is_new:
            self.creates.append((index, practice))
            return
        self.versions[practice.pk] = practice.version
        practice.updated_at = now
        self.updates.append((index, practice))
        self.changed_fields |= changed | {"status", "published_at"}
        if lead_changed:
            self.changed_fields.add("lead_body")
            self.lead_changed.add(practice.pk)

    @staticmethod
    def _check_status(practice: Practice, target: str, *, has_service_areas, actor, now) -> None:
        if target not in IMPORTABLE_STATUSES:
            raise ValidationError({"status": _("Choose draft or published.")})
        if target == practice.status:
            return
        if target == Status.PUBLISHED:
            if not may_curate(actor):
                raise ValidationError({"status": _("Only the programme team can publish.")})
            if practice.pk is not None and practice.status not in PUBLISH_FROM:
                raise ValidationError({"status": illegal_move(practice.status, target).messages})
            missing = missing_for_submission(practice, has_service_areas=has_service_areas)
            if missing:
                raise ValidationError(
                    {"status": _("To publish, add: %(missing)s.") % {"missing": "; ".join(missing)}}
                )
            practice.published_at = practice.published_at or now
        elif practice.pk is not None:
            raise ValidationError({"status": illegal_move(practice.status, target).messages})
        practice.status = target

    def _assign_slugs(self) -> None:
        """Slugs for new practices from their titles, as the pages make them, clear of every
        slug stored or given to another row of the file."""
        if not self.creates:
            return
        bases = sorted({slug_base(p.title_en) for _i, p in self.creates})
        taken: set[str] = set()
        for batch in chunked(bases):
            taken.update(Practice.objects.filter(slug__in=batch).values_list("slug", flat=True))
        if taken:
            # Numbered variants of a taken title may exist too; every slug, in one query.
            taken = set(Practice.objects.values_list("slug", flat=True))
        for _index, practice in self.creates:
            practice.slug = numbered_slug(slug_base(practice.title_en), taken.__contains__)
            taken.add(practice.slug)

    def write(self, actor) -> None:
        """Staged first (`core.staging`), then copied in by one short transaction; the search
        documents catch up after it (`index_queued_practices`)."""
        created = [p for _i, p in self.creates]
        try:
            with StagedWrite(history_user=person_of(actor)) as staged:
                self._stage(staged, created)
                # A file that brings a practice's Welsh text fulfils the request for it.
                updated_ids = [p.pk for _i, p in self.updates]

                def settle() -> None:
                    settle_welsh_requests(updated_ids, actor=actor)

                staged.then(settle)
                with transaction.atomic():
                    refuse_if_changed(Practice, self.versions)
                    staged.write()
        except IntegrityError as error:
            raise ChangedMeanwhile(
                _(
                    "Another practice took one of these references while the file was being "
                    "checked. Nothing was saved; run the import again."
                )
            ) from error

    def _stage(self, staged: StagedWrite, created: list[Practice]) -> None:
        through = Practice.service_areas.through
        staged.create(Practice, created)
        staged.update(Practice, [p for _i, p in self.updates], self.changed_fields | {"updated_at"})
        by_index = dict(self.updates) | dict(self.creates)
        updated = {i for i, _p in self.updates}
        replaced = [by_index[i].pk for i in self.service_areas if i in updated]
        staged.then(lambda: _delete_links(through, "practice_id", replaced))
        staged.link(
            through,
            (
                (by_index[i].pk, area_id)
                for i, area_ids in self.service_areas.items()
                for area_id in sorted(area_ids)
            ),
            "practice",
            "servicearea",
        )
        # New practices have no partners or areas of their own yet: their regions are their
        # lead bodies', worked out now. Those whose lead body changed are worked out inside.
        leads = {p.pk: p.lead_body_id for p in created}
        lead_areas = areas_of_bodies(set(leads.values()))
        new_regions, _across = reach_of(leads, new=set(leads))
        staged.link(Practice.regions.through, new_regions, "practice", "area")
        # A lead body's areas changed by someone else meanwhile: its new practices' regions
        # are worked out again inside, from the areas it has by then.
        staged.then(lambda: refresh_reach_in_bulk(_leads_moved_since(leads, lead_areas)))
        moved = {p.pk: p.lead_body_id for _i, p in self.updates if p.pk in self.lead_changed}
        staged.then(lambda: refresh_reach_in_bulk(moved))


def areas_of_bodies(body_ids) -> dict[int, frozenset[int]]:
    """{body id: its area ids} of these bodies, in a fixed number of queries per batch."""
    found: dict[int, set[int]] = {body_id: set() for body_id in body_ids}
    for batch in chunked(sorted(found)):
        for body_id, area_id in Body.areas.through.objects.filter(body_id__in=batch).values_list(
            "body_id", "area_id"
        ):
            found[body_id].add(area_id)
    return {body_id: frozenset(areas) for body_id, areas in found.items()}


def _leads_moved_since(leads: dict[int, int], areas_then: dict[int, frozenset[int]]):
    """Of {practice id: lead body id}, those whose lead body's areas are not what they were."""
    areas_now = areas_of_bodies(set(areas_then))
    moved = {body_id for body_id, areas in areas_then.items() if areas_now[body_id] != areas}
    return {pk: lead for pk, lead in leads.items() if lead in moved}


def _delete_links(through, column: str, ids: list[int]) -> None:
    for batch in chunked(ids):
        through.objects.filter(**{f"{column}__in": batch}).delete()


def index_queued_practices() -> int:
    """Make the search documents of the practices imports queued (search/indexing.py), in short
    transactions; returns how many. The importer calls it after every write of practices,
    which also catches up on any an earlier import left queued (its process stopped first).
    A database still locked past the busy timeout leaves the rest queued for the background
    task."""
    try:
        return refresh_all_queued()
    except OperationalError as error:
        if "locked" not in str(error):
            raise
        logger.warning(
            "Search documents: the database stayed locked; practices still queued "
            "will be done by the background task"
        )
        return 0


class Reach:
    """The Regional Partnership Board footprints reached from a set of areas, for many
    practices at once: the rule of `refresh_practice_reach`, with the directory's areas read
    once."""

    def __init__(self):
        self.areas = {area.pk: area for area in Area.objects.all()}
        covers: dict[int, set[int]] = {pk: set() for pk in self.areas}
        for area_id, la_id in Area.local_authority_areas.through.objects.values_list(
            "from_area_id", "to_area_id"
        ):
            covers[area_id].add(la_id)
        regions = [
            pk for pk, area in self.areas.items() if area.kind == Area.Kind.REGIONAL_PARTNERSHIP
        ]
        self.regions_by_area = {
            pk: {r for r in regions if covers[r] & las} for pk, las in covers.items()
        }

    def regions(self, own_area_ids: set[int], body_area_ids: set[int]) -> set[int]:
        if own_area_ids:
            effective = own_area_ids
        else:
            effective = {
                a.pk for a in local_or_national([self.areas[pk] for pk in sorted(body_area_ids)])
            }
        return set().union(*(self.regions_by_area[pk] for pk in effective))


def practices_of_bodies(body_ids) -> dict[int, int]:
    """{practice id: lead body id} of the practices these bodies lead or partner in."""
    leads: dict[int, int] = {}
    for batch in chunked(sorted(body_ids)):
        partnered = PracticePartner.objects.filter(body_id__in=batch).values("practice_id")
        leads.update(
            Practice.objects.filter(Q(lead_body_id__in=batch) | Q(pk__in=partnered)).values_list(
                "pk", "lead_body_id"
            )
        )
    return leads


def refresh_reach_of_bodies(sender, *, body_ids, **kwargs) -> None:
    """Receives the directory's body_areas_changed: a practice's regions come from its lead's
    and partners' areas."""
    refresh_reach_in_bulk(practices_of_bodies(body_ids))


def refresh_reach_in_bulk(leads: dict[int, int]) -> None:
    """`refresh_practice_reach` for many stored practices ({practice id: lead body id}), in a
    fixed number of queries per batch: their regions and whether they work across boundaries.
    """
    if not leads:
        return
    links, across = reach_of(leads)
    regions_through = Practice.regions.through
    for batch in chunked(sorted(leads)):
        regions_through.objects.filter(practice_id__in=batch).delete()
    for link_batch in chunked(links, WRITE_BATCH):
        regions_through.objects.bulk_create(
            [
                regions_through(practice_id=practice_id, area_id=area_id)
                for practice_id, area_id in link_batch
            ]
        )
    # Written without history, as refresh_practice_reach does: derived, not edited.
    for batch in chunked(sorted(leads)):
        Practice.objects.filter(
            pk__in=[pk for pk in batch if pk in across], works_across_boundaries=False
        ).update_derived(works_across_boundaries=True)
        Practice.objects.filter(
            pk__in=[pk for pk in batch if pk not in across], works_across_boundaries=True
        ).update_derived(works_across_boundaries=False)


def reach_of(
    leads: dict[int, int], *, new: AbstractSet[int] = frozenset()
) -> tuple[list[tuple[int, int]], set[int]]:
    """The (practice id, region id) links of these practices ({practice id: lead body id}) and
    those working across boundaries, read in a fixed number of queries per batch. Practices in
    `new` are not stored yet: they have no areas, partners or regions to read."""
    if not leads:
        return [], set()
    reach = Reach()
    body_areas: dict[int, set[int]] = {}
    for body_id, area_id in Body.areas.through.objects.filter(
        body_id__in=sorted(set(leads.values()))
    ).values_list("body_id", "area_id"):
        body_areas.setdefault(body_id, set()).add(area_id)
    links: list[tuple[int, int]] = []
    across: set[int] = set()
    by_bodies: dict[frozenset, list[int]] = {}
    for batch in chunked(sorted(leads)):
        old = [pk for pk in batch if pk not in new]
        own: dict[int, set[int]] = {}
        partners: dict[int, set[int]] = {}
        if old:
            for practice_id, area_id in Practice.areas.through.objects.filter(
                practice_id__in=old
            ).values_list("practice_id", "area_id"):
                own.setdefault(practice_id, set()).add(area_id)
            for practice_id, body_id in PracticePartner.objects.filter(
                practice_id__in=old
            ).values_list("practice_id", "body_id"):
                partners.setdefault(practice_id, set()).add(body_id)
            missing = set().union(*partners.values()) - set(body_areas)
            for body_id, area_id in Body.areas.through.objects.filter(
                body_id__in=sorted(missing)
            ).values_list("body_id", "area_id"):
                body_areas.setdefault(body_id, set()).add(area_id)
        for pk in batch:
            bodies = frozenset({leads[pk], *partners.get(pk, ())})
            if pk not in own and bodies not in by_bodies:
                served = set().union(*(body_areas.get(b, set()) for b in bodies))
                by_bodies[bodies] = sorted(reach.regions(set(), served))
            regions = sorted(reach.regions(own[pk], set())) if pk in own else by_bodies[bodies]
            links.extend((pk, region) for region in regions)
            if partners.get(pk, set()) - {leads[pk]}:
                across.add(pk)
    return links, across


class PracticeLookup:
    """Practices found by external reference or slug (the reference first), read in a fixed
    number of queries for a whole file's references."""

    FIELDS = ("id", "slug", "external_ref", "status", "lead_body_id", "title_en", "title_cy")

    def __init__(self, references):
        wanted = sorted({ref.strip() for ref in references if ref and ref.strip()})
        self.by_ref: dict[str, Practice] = {}
        self.by_slug: dict[str, Practice] = {}
        for batch in chunked(wanted):
            for practice in Practice.objects.filter(
                Q(external_ref__in=batch) | Q(slug__in=batch)
            ).only(*self.FIELDS):
                if practice.external_ref:
                    self.by_ref[practice.external_ref] = practice
                self.by_slug[practice.slug] = practice

    def find(self, reference: str) -> Practice:
        reference = (reference or "").strip()
        if not reference:
            raise ValidationError(_("Give the practice's external reference or slug."))
        found = self.by_ref.get(reference) or self.by_slug.get(reference)
        if found is None:
            raise ValidationError(
                _("No practice has the external reference or slug “%(reference)s”.")
                % {"reference": reference}
            )
        return found
