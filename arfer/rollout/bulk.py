"""The register and the ledger in bulk: adoptions and savings created or updated many at once
by external reference (`arfer import adoptions|ledger`, the upload page), with the rules of
`record_adoption`, `update_adoption`, `change_stage`, `record_saving` and `update_saving`, and
what they keep: a StageChange for every new adoption and every move, the peer counts
(`counts.adjust_peer_counts`), verification undone when verified figures change.

A body's editors import for the bodies they edit; a row for another body is refused on its
own. An import sends no emails: a thousand "adoption recorded" messages would help nobody.
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from arfer.core.actors import person_of
from arfer.core.bulk import (
    PROGRESS_EVERY,
    BulkOutcome,
    ChangedMeanwhile,
    chunked,
    refuse_if_changed,
    report_duplicates,
    violation_message,
)
from arfer.core.staging import StagedWrite
from arfer.directory.bulk import BodyLookup, editable_body_ids
from arfer.directory.models import Body
from arfer.menu.bulk import PracticeLookup
from arfer.menu.models import Practice

from . import counts
from .actions import (
    ADOPTION_DETAILS,
    ENTRY_FIELDS,
    RELATED_FIELDS,
    VERIFIED_FIELDS,
    check_amounts,
    check_period,
    check_stage_date,
    clean_details,
    is_backwards,
)
from .models import CLOSED, Adoption, LedgerEntry, Stage, StageChange

NOT_CLEANED = ["practice", "body"]

# What a plan of rows writes: adoptions, or ledger entries.
Record = Adoption | LedgerEntry


class _Rows:
    """What adoption and ledger rows share: references, the actor's bodies, stored records."""

    def __init__(self, model, rows, actor, outcome, row_number):
        self.model, self.rows, self.actor, self.outcome = model, rows, actor, outcome
        refs = [(i, (row.get("external_ref") or "").strip()) for i, row in enumerate(rows)]
        self.flagged = report_duplicates(outcome, refs, "external_ref", row_number)
        self.practices = PracticeLookup(row.get("practice") or "" for row in rows)
        self.bodies = BodyLookup(row.get("body") or "" for row in rows)
        self.editable = editable_body_ids(actor)
        if self.editable is not None and not self.editable:
            raise PermissionDenied(_("You are not an editor for any body."))
        self.existing: dict[str, Record] = {}
        for batch in chunked([ref for _i, ref in refs if ref]):
            self.existing.update(
                (r.external_ref, r) for r in model.objects.filter(external_ref__in=batch)
            )
        self.versions: dict[int, int] = {}
        self.creates: list[tuple[int, Record]] = []
        self.updates: list[tuple[int, Record]] = []
        self.changed_fields: set[str] = set()

    def practice_and_body(self, row, refusal: str):
        errors: dict[str, list[str]] = {}
        practice: Practice | None = None
        body: Body | None = None
        try:
            practice = self.practices.find(row.get("practice") or "")
        except ValidationError as error:
            errors["practice"] = error.messages
        try:
            body = self.bodies.find(row.get("body") or "")
        except ValidationError as error:
            errors["body"] = error.messages
        if body is not None and self.editable is not None and body.pk not in self.editable:
            errors.setdefault("body", []).append(refusal % {"body": body.name_en})
        if errors:
            raise ValidationError(errors)
        return practice, body

    def stored(self, row, practice, body):
        """The record this row's reference names, if any; it must be of the same practice and
        body (they identify what a record is about and never change)."""
        record = self.existing.get((row.get("external_ref") or "").strip())
        if record is not None and (record.practice_id, record.body_id) != (practice.pk, body.pk):
            raise ValidationError(
                {
                    "external_ref": _(
                        "This reference belongs to a record of another practice or body; the "
                        "practice "
                        "and body of a record cannot change."
                    )
                }
            )
        return record

    def changed(self, index, record, fields: set[str]) -> None:
        self.versions[record.pk] = record.version
        record.updated_at = timezone.now()
        self.updates.append((index, record))
        self.changed_fields |= fields

    def count(self) -> None:
        outcome = self.outcome
        outcome.created, outcome.updated = len(self.creates), len(self.updates)
        outcome.unchanged = len(self.rows) - len(outcome.errors) - outcome.created - outcome.updated

    def write(self, extra, actor) -> None:
        """Staged first (`core.staging`), then copied in by one short transaction. `extra`
        stages what goes with the records (given the staged write; the new records have their
        ids by then)."""
        try:
            with StagedWrite(history_user=person_of(actor)) as staged:
                staged.create(self.model, [r for _i, r in self.creates])
                staged.update(
                    self.model,
                    [r for _i, r in self.updates],
                    self.changed_fields | {"updated_at"},
                )
                extra(staged)
                with transaction.atomic():
                    refuse_if_changed(self.model, self.versions)
                    staged.write()
        except IntegrityError as error:
            raise ChangedMeanwhile(
                _(
                    "Someone recorded one of these adoptions or savings while the file was being "
                    "checked. Nothing was saved; run the import again."
                )
            ) from error


def _adoptions_by_pair(pairs: set[tuple[int, int]]) -> dict[tuple[int, int], Adoption]:
    found: dict[tuple[int, int], Adoption] = {}
    practice_ids = sorted({p for p, _b in pairs})
    body_ids = sorted({b for _p, b in pairs})
    for batch in chunked(practice_ids):
        for adoption in Adoption.objects.filter(practice_id__in=batch, body_id__in=body_ids).only(
            "id", "practice_id", "body_id", "stage", "external_ref"
        ):
            key = (adoption.practice_id, adoption.body_id)
            if key in pairs:
                found[key] = adoption
    return found


def _pairs(plan: _Rows) -> set[tuple[int, int]]:
    """(practice id, body id) of every row whose references both resolve."""
    pairs = set()
    for row in plan.rows:
        try:
            pairs.add(
                (
                    plan.practices.find(row.get("practice") or "").pk,
                    plan.bodies.find(row.get("body") or "").pk,
                )
            )
        except ValidationError:
            continue  # reported when the row itself is checked
    return pairs


def bulk_save_adoptions(
    rows: list[dict],
    *,
    actor,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress=None,
    row_number=None,
) -> BulkOutcome:
    """Create or update adoptions by external reference, every row checked first.

    Each row: "external_ref", "practice" (reference or slug), "body" (slug, GSS or ODS code),
    "stage", and optionally "stage_since", "closed_reason", "stage_reason" (why it moves
    back a stage) and any of ADOPTION_DETAILS. A new adoption gets its first StageChange, a
    stage moved by the file another, dated by "stage_since" (today when not given).
    """
    outcome = BulkOutcome()
    plan = _Rows(Adoption, rows, actor, outcome, row_number)
    by_pair = _adoptions_by_pair(_pairs(plan))
    in_file: dict[tuple[int, int], int] = {}
    stage_changes: list[tuple[int, StageChange]] = []
    deltas: dict[tuple[str, int], int] = {}
    today = timezone.localdate()
    for index, row in enumerate(rows):
        if progress and index % PROGRESS_EVERY == 0:
            progress(index)
        if index in plan.flagged:
            continue
        try:
            if not (row.get("external_ref") or "").strip():
                raise ValidationError(
                    {"external_ref": _("Give the adoption's external reference.")}
                )
            practice, body = plan.practice_and_body(
                row, _("You cannot record adoptions for %(body)s.")
            )
            pair = (practice.pk, body.pk)
            if pair in in_file:
                raise ValidationError(
                    {
                        "body": _(
                            "Row %(row)s already records this body's adoption of this practice."
                        )
                        % {"row": (row_number or (lambda i: i + 1))(in_file[pair])}
                    }
                )
            adoption = plan.stored(row, practice, body)
            if adoption is None:
                stored = by_pair.get(pair)
                if stored is not None:
                    raise ValidationError(
                        {
                            "body": _(
                                "This body has already recorded an adoption of this "
                                "practice%(ref)s."
                            )
                            % {"ref": f" ({stored.external_ref})" if stored.external_ref else ""}
                        }
                    )
                change = _new_adoption(index, row, practice, body, plan, actor, today)
            else:
                change = _changed_adoption(index, row, adoption, body, plan, actor, today)
        except ValidationError as error:
            outcome.add_validation_error(
                index,
                error,
                rename={
                    "to_stage": "stage",
                    "changed_on": "stage_since",
                    "reason": "closed_reason",
                },
            )
            continue
        in_file[pair] = index
        if change is not None:
            stage_changes.append((index, change))
            before = change.from_stage
            for stage, sign in ((before, -1), (change.to_stage, 1)):
                if stage and counts.is_counted(stage):
                    key = (body.kind, practice.pk)
                    deltas[key] = deltas.get(key, 0) + sign
    plan.count()
    if (outcome.errors and not skip_invalid) or dry_run or not (plan.creates or plan.updates):
        return outcome

    def stage_changes_and_counts(staged):
        by_index = dict(plan.updates) | dict(plan.creates)
        for index, change in stage_changes:
            change.adoption_id = by_index[index].pk
        staged.create(StageChange, [c for _i, c in stage_changes], with_history=False)
        staged.then(lambda: counts.adjust_peer_counts(deltas))

    plan.write(stage_changes_and_counts, actor)
    outcome.written = True
    return outcome


def _stage_values(row, today) -> tuple[str, datetime.date, str]:
    stage = row.get("stage") or Stage.EXPLORING
    if stage not in Stage.values:
        raise ValidationError({"stage": _("Choose a stage from the list.")})
    return stage, row.get("stage_since") or today, (row.get("closed_reason") or "").strip()


def _checked_details(row, adoption: Adoption) -> dict:
    details = clean_details({key: row[key] for key in ADOPTION_DETAILS if key in row})
    if details.get("adapted", adoption.adapted) and not details.get(
        "adaptations", adoption.adaptations
    ):
        raise ValidationError(
            {"adaptations": violation_message(Adoption, "adoption_adapted_says_what")}
        )
    return details


def _new_adoption(index, row, practice: Practice, body, plan: _Rows, actor, today):
    """record_adoption's rules, for one row."""
    if practice.status != Practice.Status.PUBLISHED:
        raise ValidationError(
            {"practice": _("Only practices on the published menu can be adopted.")}
        )
    if practice.lead_body_id == body.pk:
        raise ValidationError({"body": _("A body cannot adopt its own practice.")})
    stage, since, reason = _stage_values(row, today)
    if stage in CLOSED and not reason:
        raise ValidationError({"closed_reason": _("Say why the practice was declined or stopped.")})
    check_stage_date(since, None)
    adoption = Adoption(
        practice=practice,
        body=body,
        stage=stage,
        stage_since=since,
        closed_reason=reason if stage in CLOSED else "",
        external_ref=row["external_ref"].strip(),
    )
    for key, value in _checked_details(row, adoption).items():
        setattr(adoption, key, value)
    adoption.full_clean(exclude=NOT_CLEANED, validate_unique=False, validate_constraints=False)
    plan.creates.append((index, adoption))
    return StageChange(
        from_stage="",
        to_stage=stage,
        changed_on=since,
        reason=reason or (row.get("stage_reason") or "").strip(),
        actor=person_of(actor),
    )


def _changed_adoption(index, row, adoption: Adoption, body, plan: _Rows, actor, today):
    """update_adoption's and change_stage's rules, for one row; the StageChange of a move."""
    stage, since, reason = _stage_values(row, today)
    details = _checked_details(row, adoption)
    changed = {key for key, value in details.items() if getattr(adoption, key) != value}
    move = None
    if stage != adoption.stage:
        why = reason if stage in CLOSED else (row.get("stage_reason") or "").strip()
        if stage in CLOSED and not why:
            raise ValidationError(
                {"closed_reason": _("Say why the practice was declined or stopped.")}
            )
        if is_backwards(adoption.stage, stage) and not why:
            raise ValidationError(
                {"stage_reason": _("Say why the adoption is moving back a stage.")}
            )
        check_stage_date(since, adoption.stage_since)
        move = StageChange(
            from_stage=adoption.stage,
            to_stage=stage,
            changed_on=since,
            reason=why,
            actor=person_of(actor),
        )
        adoption.stage, adoption.stage_since = stage, since
        adoption.closed_reason = why if stage in CLOSED else ""
        changed |= {"stage", "stage_since", "closed_reason"}
    else:
        if row.get("stage_since") and row["stage_since"] != adoption.stage_since:
            raise ValidationError(
                {
                    "stage_since": _(
                        "The adoption has been at this stage since %(date)s; the date changes only "
                        "with the stage."
                    )
                    % {"date": adoption.stage_since.isoformat()}
                }
            )
        if stage in CLOSED and "closed_reason" in row and reason != adoption.closed_reason:
            raise ValidationError({"closed_reason": _("The reason changes only with the stage.")})
    if not changed:
        return None
    for key in changed & set(details):
        setattr(adoption, key, details[key])
    adoption.full_clean(exclude=NOT_CLEANED, validate_unique=False, validate_constraints=False)
    plan.changed(index, adoption, changed)
    return move


def bulk_save_savings(
    rows: list[dict],
    *,
    actor,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress=None,
    row_number=None,
) -> BulkOutcome:
    """Create or update ledger entries by external reference, every row checked first.

    Each row: "external_ref", "practice", "body" and any of ENTRY_FIELDS. The adoption is the
    body's adoption of the practice (none for the lead body's own savings); it must be
    recorded first. A change to a verified entry's figures sends it back to unverified.
    """
    outcome = BulkOutcome()
    plan = _Rows(LedgerEntry, rows, actor, outcome, row_number)
    by_pair = _adoptions_by_pair(_pairs(plan))
    for index, row in enumerate(rows):
        if progress and index % PROGRESS_EVERY == 0:
            progress(index)
        if index in plan.flagged:
            continue
        try:
            if not (row.get("external_ref") or "").strip():
                raise ValidationError({"external_ref": _("Give the saving's external reference.")})
            practice, body = plan.practice_and_body(
                row, _("You cannot record savings for %(body)s.")
            )
            entry = plan.stored(row, practice, body)
            if entry is None:
                _new_entry(index, row, practice, body, by_pair, plan, actor)
            else:
                _changed_entry(index, row, entry, plan)
        except ValidationError as error:
            outcome.add_validation_error(index, error)
    plan.count()
    if (outcome.errors and not skip_invalid) or dry_run or not (plan.creates or plan.updates):
        return outcome
    plan.write(lambda staged: None, actor)
    outcome.written = True
    return outcome


def _new_entry(index, row, practice: Practice, body, by_pair, plan: _Rows, actor) -> None:
    """record_saving's rules, for one row."""
    adoption = None
    if body.pk != practice.lead_body_id:
        adoption = by_pair.get((practice.pk, body.pk))
        if adoption is None:
            raise ValidationError(
                {
                    "body": _(
                        "%(body)s has no adoption of this practice recorded; import the adoption "
                        "first."
                    )
                    % {"body": body.name_en}
                }
            )
        if adoption.stage == Stage.DECLINED:
            raise ValidationError({"body": _("A declined adoption has no savings to record.")})
    if practice.status not in (Practice.Status.PUBLISHED, Practice.Status.ARCHIVED):
        raise ValidationError(
            {
                "practice": _(
                    "Savings are recorded for practices on the menu, once they are published."
                )
            }
        )
    values = {key: row[key] for key in ENTRY_FIELDS if key in row}
    check_amounts(values)
    check_period(values.get("financial_year"), values.get("quarter"), values.get("certainty"))
    entry = LedgerEntry(
        practice=practice,
        body=body,
        adoption=adoption,
        recorded_by=person_of(actor),
        external_ref=row["external_ref"].strip(),
        **values,
    )
    entry.full_clean(exclude=RELATED_FIELDS, validate_unique=False, validate_constraints=False)
    plan.creates.append((index, entry))


def _changed_entry(index, row, entry: LedgerEntry, plan: _Rows) -> None:
    """update_saving's rules, for one row."""
    merged = {key: getattr(entry, key) for key in ENTRY_FIELDS} | {
        key: row[key] for key in ENTRY_FIELDS if key in row
    }
    check_amounts(merged)
    check_period(merged["financial_year"], merged["quarter"], merged["certainty"])
    changed = {key for key in ENTRY_FIELDS if getattr(entry, key) != merged[key]}
    if not changed:
        return
    for key in changed:
        setattr(entry, key, merged[key])
    if changed & VERIFIED_FIELDS and entry.verification != LedgerEntry.Verification.UNVERIFIED:
        entry.verification = LedgerEntry.Verification.UNVERIFIED
        entry.query_reason = ""
        entry.verified_by, entry.verified_at = None, None
        changed |= {"verification", "query_reason", "verified_by", "verified_at"}
    entry.full_clean(exclude=RELATED_FIELDS, validate_unique=False, validate_constraints=False)
    plan.changed(index, entry, changed)
