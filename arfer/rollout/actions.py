"""Every change to the register, the ledger and the targets. Each action is atomic, checks the
actor's rights in SQL, refuses bad input with a clear message before writing anything, and is
recorded in the history with its actor: a person, or the system itself (`SYSTEM`: demo data,
imports run by an operator). Who may do what is policy.py's."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from arfer.core import reasons
from arfer.core.actors import is_system, person_of, require_actor
from arfer.core.money import MOST_ENTRY_PENCE, MOST_TARGET_PENCE
from arfer.core.periods import FIRST_YEAR, YEARS_AHEAD, Quarter, year_of
from arfer.core.stale import refuse_if_stale
from arfer.core.uploads import check_uploaded_file, store_checked_file
from arfer.directory.models import Body
from arfer.menu.models import Practice

from . import counts, notifications
from .models import (
    CLOSED,
    PROGRESS,
    Adoption,
    DeclineReason,
    LedgerEntry,
    SavingsTarget,
    Stage,
    StageChange,
    Support,
)
from .policy import may_act_for, may_set_targets, may_verify

ADOPTION_DETAILS = [
    "target_date",
    "contact_name",
    "contact_email",
    "support_requested",
    "support_details",
    "adapted",
    "adaptations",
]
ENTRY_FIELDS = [
    "financial_year",
    "quarter",
    "kind",
    "unit",
    "quantity",
    "amount_pence",
    "recurrence",
    "certainty",
    "evidence",
]
# Set from records already loaded (and the file, checked on its own): no query to re-check them.
RELATED_FIELDS = ["practice", "body", "adoption", "recorded_by", "verified_by", "attachment"]
# A change to any of these undoes a verification: what was verified is no longer what is there.
VERIFIED_FIELDS = set(ENTRY_FIELDS)


def _today() -> datetime.date:
    return timezone.localdate()


def clean_details(values: dict) -> dict:
    """Check the details given; a detail left out is not touched (an update leaves it as it
    is), so the caller passes every detail the record will hold."""
    target = values.get("target_date")
    if target is not None and not (
        datetime.date(FIRST_YEAR, 1, 1)
        <= target
        <= _today() + datetime.timedelta(days=365 * YEARS_AHEAD)
    ):
        raise ValidationError(
            {"target_date": _("Enter a target date from 2010 to ten years from now.")}
        )
    if "support_requested" in values:
        chosen = set(values["support_requested"] or [])
        if chosen - set(Support.values):
            raise ValidationError({"support_requested": _("Choose the support from the list.")})
        values["support_requested"] = [value for value in Support.values if value in chosen]
    if "adapted" in values and not values["adapted"]:
        values["adaptations"] = ""
    return values


def check_stage_date(changed_on: datetime.date, since: datetime.date | None) -> None:
    if changed_on > _today():
        raise ValidationError({"changed_on": _("The date of the change cannot be in the future.")})
    if since is not None and changed_on < since:
        raise ValidationError(
            {
                "changed_on": _(
                    "The date of the change cannot be before the last change (%(date)s)."
                )
                % {"date": since.isoformat()}
            }
        )
    if changed_on.year < FIRST_YEAR:
        raise ValidationError({"changed_on": _("Enter a date from 2010 onwards.")})


def check_decline_reason(to_stage: str, decline_reason: str) -> None:
    """Why a body declined, from the list: given only when it declines."""
    if decline_reason and to_stage != Stage.DECLINED:
        raise ValidationError(
            {"decline_reason": _("Only a declined adoption says why it was declined.")}
        )
    if decline_reason and decline_reason not in DeclineReason.values:
        raise ValidationError({"decline_reason": _("Choose why from the list.")})


def _stage_code(to_stage: str, decline_reason: str) -> str:
    """The history's reason for a move: the stage, or why the body declined (core/reasons.py)."""
    if decline_reason:
        return reasons.with_value(reasons.DECLINED, decline_reason)
    return reasons.with_value(reasons.STAGE, to_stage)


def record_adoption(
    practice,
    body: Body,
    *,
    actor,
    stage: str = Stage.EXPLORING,
    changed_on: datetime.date | None = None,
    reason: str = "",
    decline_reason: str = "",
    is_illustrative: bool = False,
    **details,
) -> Adoption:
    """A body starts (or declines, saying why) adopting a published practice of another body.
    The followers of the practice hear of a new adoption (not of a decline)."""
    if not may_act_for(actor, body):
        raise PermissionDenied(_("You cannot record adoptions for this body."))
    if practice.status != "published":
        raise ValidationError(_("Only practices on the published menu can be adopted."))
    if practice.lead_body_id == body.pk:
        raise ValidationError({"body": _("A body cannot adopt its own practice.")})
    if stage not in Stage.values:
        raise ValidationError({"stage": _("Choose a stage from the list.")})
    reason = (reason or "").strip()
    if stage in CLOSED and not reason:
        raise ValidationError({"reason": _("Say why the practice was declined or stopped.")})
    check_decline_reason(stage, decline_reason)
    changed_on = changed_on or _today()
    check_stage_date(changed_on, None)
    details = clean_details(
        {
            "adapted": False,
            "support_requested": [],
            **{key: details[key] for key in ADOPTION_DETAILS if key in details},
        }
    )
    adoption = Adoption(
        practice=practice,
        body=body,
        stage=stage,
        stage_since=changed_on,
        closed_reason=reason if stage in CLOSED else "",
        decline_reason=decline_reason,
        is_illustrative=is_illustrative,
        **details,
    )
    adoption.full_clean()
    adoption._history_user = person_of(actor)
    if decline_reason:
        adoption._change_reason = _stage_code(stage, decline_reason)
    try:
        with transaction.atomic():
            adoption.save()
            StageChange.objects.create(
                adoption=adoption,
                from_stage="",
                to_stage=stage,
                changed_on=changed_on,
                reason=reason,
                actor=person_of(actor),
            )
            if counts.is_counted(stage):
                counts.adjust_peer_count(body_kind=body.kind, practice_id=practice.pk, delta=1)
    except IntegrityError as error:
        # Two people recording the same adoption at once: the second is told, nothing saved.
        raise ValidationError(
            {"body": _("This body has already recorded an adoption of this practice.")},
        ) from error
    if not is_illustrative:
        transaction.on_commit(
            lambda: notifications.adoption_recorded(adoption, recorded_by=person_of(actor))
        )
    return adoption


def _locked_for_change(record, actor, refusal: str):
    """The record, locked until the transaction ends, if the actor may change it."""
    records = type(record).objects.editable_by(actor)
    current = records.select_for_update().filter(pk=record.pk).first()
    if current is None:
        raise PermissionDenied(refusal)
    return current


def update_adoption(adoption: Adoption, *, actor, expected_version: int, values: dict) -> Adoption:
    """Change an adoption's details (target date, contact, support asked for, adaptations);
    those not in `values` stay as they are."""
    require_actor(actor)  # its rights are read with the record, under lock
    values = {key: values[key] for key in ADOPTION_DETAILS if key in values}
    with transaction.atomic():
        current = _locked_for_change(adoption, actor, _("You cannot change this adoption."))
        refuse_if_stale(current, expected_version)
        values = clean_details({key: getattr(current, key) for key in ADOPTION_DETAILS} | values)
        for field, value in values.items():
            setattr(current, field, value)
        current.full_clean(validate_unique=False)
        current._history_user = person_of(actor)
        current.save()
    return current


def is_backwards(from_stage: str, to_stage: str) -> bool:
    """Back to an earlier stage, or reopened after being declined or stopped."""
    if from_stage in CLOSED:
        return to_stage not in CLOSED
    if to_stage in CLOSED:
        return False
    return PROGRESS.index(Stage(to_stage)) < PROGRESS.index(Stage(from_stage))


def change_stage(
    adoption: Adoption,
    *,
    actor,
    expected_version: int,
    to_stage: str,
    changed_on: datetime.date | None = None,
    reason: str = "",
    decline_reason: str = "",
) -> Adoption:
    """Move an adoption to another stage. Closing it (declined, stopped) and moving it
    backwards both need a reason (declining may say why from the list too); every move is
    kept with its date and actor."""
    require_actor(actor)  # its rights are read with the record, under lock
    reason = (reason or "").strip()
    changed_on = changed_on or _today()
    if to_stage not in Stage.values:
        raise ValidationError({"to_stage": _("Choose a stage from the list.")})
    check_decline_reason(to_stage, decline_reason)
    with transaction.atomic():
        current = _locked_for_change(adoption, actor, _("You cannot change this adoption."))
        refuse_if_stale(current, expected_version)
        if to_stage == current.stage:
            raise ValidationError({"to_stage": _("The adoption is already at this stage.")})
        if to_stage in CLOSED and not reason:
            raise ValidationError({"reason": _("Say why the practice was declined or stopped.")})
        if is_backwards(current.stage, to_stage) and not reason:
            raise ValidationError({"reason": _("Say why the adoption is moving back a stage.")})
        check_stage_date(changed_on, current.stage_since)
        StageChange.objects.create(
            adoption=current,
            from_stage=current.stage,
            to_stage=to_stage,
            changed_on=changed_on,
            reason=reason,
            actor=person_of(actor),
        )
        counted_before, counted_after = (
            counts.is_counted(current.stage),
            counts.is_counted(to_stage),
        )
        if counted_before != counted_after:
            counts.adjust_peer_count(
                body_kind=current.body.kind,
                practice_id=current.practice_id,
                delta=1 if counted_after else -1,
            )
        current.stage = to_stage
        current.stage_since = changed_on
        current.closed_reason = reason if to_stage in CLOSED else ""
        current.decline_reason = decline_reason
        current._history_user = person_of(actor)
        current._change_reason = _stage_code(to_stage, decline_reason)
        current.save()
    return current


def decline_practice(
    practice,
    body: Body,
    *,
    actor,
    decline_reason: str,
    reason: str,
    expected_version: int | None = None,
) -> Adoption:
    """Adopt or justify: a body declines a practice, saying why from the list and in its own
    words. A body with no record of it records the decline; one already adopting it closes its
    adoption as declined, from the version the person saw (`expected_version`)."""
    require_actor(actor)
    if not decline_reason:
        raise ValidationError({"decline_reason": _("Choose why the body is declining it.")})
    adoption = Adoption.objects.filter(practice=practice, body=body).first()
    if adoption is None:
        return record_adoption(
            practice,
            body,
            actor=actor,
            stage=Stage.DECLINED,
            reason=reason,
            decline_reason=decline_reason,
        )
    if expected_version is None:
        # The page was drawn before the body's adoption was recorded.
        raise ValidationError(_("This page is out of date. Reload it and make your changes again."))
    return change_stage(
        adoption,
        actor=actor,
        expected_version=expected_version,
        to_stage=Stage.DECLINED,
        reason=reason,
        decline_reason=decline_reason,
    )


def check_period(financial_year: object, quarter: object, certainty: object) -> None:
    today = _today()
    latest = year_of(today) + YEARS_AHEAD
    if not isinstance(financial_year, int) or not FIRST_YEAR <= financial_year <= latest:
        raise ValidationError(
            {
                "financial_year": _("Choose a financial year from 2010-11 to %(latest)s.")
                % {"latest": f"{latest}-{(latest + 1) % 100:02d}"}
            }
        )
    if not isinstance(quarter, int) or quarter not in (1, 2, 3, 4):
        raise ValidationError(
            {"quarter": _("Choose a quarter from Q1 (April to June) to Q4 (January to March).")}
        )
    if certainty == LedgerEntry.Certainty.REALISED and Quarter(
        financial_year, quarter
    ) > Quarter.containing(today):
        raise ValidationError(
            {
                "quarter": _(
                    "A realised saving cannot be in a quarter that has not started yet; record it "
                    "as "
                    "a forecast."
                )
            }
        )


def check_amounts(values: dict) -> None:
    amount = values.get("amount_pence")
    if not isinstance(amount, int) or amount <= 0:
        raise ValidationError({"amount_pence": _("Enter an amount greater than £0.")})
    if amount > MOST_ENTRY_PENCE:
        raise ValidationError({"amount_pence": _("Enter an amount no more than £1,000,000,000.")})
    if values.get("kind") == LedgerEntry.Kind.NON_CASHABLE:
        if not values.get("unit"):
            raise ValidationError({"unit": _("Choose the unit of the non-cashable saving.")})
        if values.get("quantity") is None or values["quantity"] <= 0:
            raise ValidationError(
                {"quantity": _("Enter how many staff hours, bed days or other units were freed.")}
            )
    else:
        values["unit"], values["quantity"] = "", None


def _check_attachment(attachment) -> None:
    try:
        check_uploaded_file(attachment)
    except ValidationError as error:
        raise ValidationError({"attachment": error.messages}) from error


def _store(entry: LedgerEntry, attachment) -> str:
    """Write a checked file under a name of our own (no path tricks, no clashes)."""
    entry.attachment_name = store_checked_file(entry.attachment, attachment, "evidence")
    return entry.attachment.name


def _save_with_file(entry: LedgerEntry, stored: str | None, write) -> None:
    """Nothing half-saved: the row and its history row are written in one transaction, and a
    file written for a row that was then not saved is removed."""
    try:
        with transaction.atomic():
            write()
    except BaseException:
        if stored:
            entry.attachment.storage.delete(stored)
        raise


def record_saving(
    *,
    actor,
    values: dict,
    adoption: Adoption | None = None,
    practice=None,
    attachment=None,
    is_illustrative: bool = False,
) -> LedgerEntry:
    """Log a saving against an adoption, or against the lead body's own practice."""
    require_actor(actor)  # its rights depend on the body, found first
    if adoption is not None:
        practice, body = adoption.practice, adoption.body
        if adoption.stage == Stage.DECLINED:
            raise ValidationError(_("A declined adoption has no savings to record."))
    elif practice is not None:
        body = practice.lead_body
    else:
        raise ValidationError(_("Say which adoption or practice the saving comes from."))
    if practice.status not in (Practice.Status.PUBLISHED, Practice.Status.ARCHIVED):
        raise ValidationError(
            _("Savings are recorded for practices on the menu, once they are published.")
        )
    if not may_act_for(actor, body):
        raise PermissionDenied(_("You cannot record savings for this body."))
    values = {key: values[key] for key in ENTRY_FIELDS if key in values}
    check_amounts(values)
    check_period(values.get("financial_year"), values.get("quarter"), values.get("certainty"))
    entry = LedgerEntry(
        practice=practice,
        body=body,
        adoption=adoption,
        recorded_by=person_of(actor),
        is_illustrative=is_illustrative,
        **values,
    )
    # The checks above say in words what the table's constraints hold; the constraints stay as
    # the last guard in the database, without a query each to test them here.
    entry.full_clean(exclude=RELATED_FIELDS, validate_constraints=False)
    stored = None
    if attachment is not None:
        _check_attachment(attachment)
        stored = _store(entry, attachment)
    entry._history_user = person_of(actor)
    _save_with_file(entry, stored, entry.save)
    return entry


def update_saving(
    entry: LedgerEntry,
    *,
    actor,
    expected_version: int,
    values: dict,
    attachment=None,
    remove_attachment: bool = False,
) -> LedgerEntry:
    """Correct a ledger entry. A change to what was verified returns it to unverified."""
    require_actor(actor)  # its rights are read with the record, under lock
    values = {key: values[key] for key in ENTRY_FIELDS if key in values}
    if attachment is not None:
        _check_attachment(attachment)  # before anything changes
    stored = None
    with transaction.atomic():
        current = _locked_for_change(entry, actor, _("You cannot change this saving."))
        refuse_if_stale(current, expected_version)
        merged = {key: getattr(current, key) for key in ENTRY_FIELDS} | values
        check_amounts(merged)
        check_period(merged["financial_year"], merged["quarter"], merged["certainty"])
        changed = {key for key in ENTRY_FIELDS if getattr(current, key) != merged[key]}
        for field, value in merged.items():
            setattr(current, field, value)
        if remove_attachment and current.attachment:
            # Detached, never deleted: the history still points at what was once verified.
            current.attachment, current.attachment_name = "", ""
            changed.add("attachment")
        if attachment is not None:
            stored = _store(current, attachment)
            changed.add("attachment")
        if changed & (VERIFIED_FIELDS | {"attachment"}):
            current.verification = LedgerEntry.Verification.UNVERIFIED
            current.query_reason = ""
            current.verified_by, current.verified_at = None, None
        current.full_clean(exclude=RELATED_FIELDS, validate_constraints=False)
        current._history_user = person_of(actor)
        _save_with_file(current, stored, current.save)
    return current


# What a verifier vouches for: the figures and the evidence behind them.
CHECKED_FIELDS = [*ENTRY_FIELDS, "attachment"]


def figure_writers(entry: LedgerEntry) -> set[int]:
    """The ids of the people who wrote a saving's figures or evidence: who recorded it, and
    everyone whose change (page, API or import) altered one of them, read from its history."""
    writers, before = set(), None
    for record in entry.history.order_by("history_id").values("history_user_id", *CHECKED_FIELDS):
        writer = record.pop("history_user_id")
        if record != before and writer is not None:
            writers.add(writer)
        before = record
    return writers


def _refuse_to_check_own_work(entry: LedgerEntry, actor) -> None:
    """Separation of duties: whoever wrote what is verified cannot be the one to verify it,
    or a moderator could rewrite another body's figures and then vouch for them."""
    if entry.recorded_by_id == actor.pk:
        raise ValidationError(
            {
                "verification": _(
                    "Someone other than the person who recorded a saving must verify it."
                )
            },
            code="own_work",
        )
    if actor.pk in figure_writers(entry):
        raise ValidationError(
            {
                "verification": _(
                    "You changed this saving's figures or evidence, so someone else must verify it."
                )
            },
            code="own_work",
        )


def verify_saving(
    entry: LedgerEntry,
    *,
    actor,
    verification: str,
    reason: str = "",
    expected_version: int | None = None,
) -> LedgerEntry:
    """A programme moderator marks a saving verified, queried (with a reason) or unverified.
    Only a realised saving can be verified, and never by whoever recorded it or changed its
    figures or evidence. From a page, the version the moderator saw: figures changed since
    are not verified."""
    if not may_verify(actor):
        raise PermissionDenied(_("Only programme moderators can verify savings."))
    if verification not in LedgerEntry.Verification.values:
        raise ValidationError({"verification": _("Choose verified, queried or unverified.")})
    reason = (reason or "").strip()
    if verification == LedgerEntry.Verification.QUERIED and not reason:
        raise ValidationError({"reason": _("Say why the saving is queried.")})
    with transaction.atomic():
        current = LedgerEntry.objects.select_for_update().get(pk=entry.pk)
        if expected_version is not None:
            refuse_if_stale(current, expected_version)
        if (
            verification == LedgerEntry.Verification.VERIFIED
            and current.certainty != LedgerEntry.Certainty.REALISED
        ):
            # A forecast has nothing to check yet: verifying it would count money not saved.
            raise ValidationError(
                {
                    "verification": _(
                        "A forecast saving cannot be verified: nothing has been saved yet to "
                        "check. "
                        "Once the saving is made, the body records it as realised, and it can be "
                        "verified then."
                    )
                },
                code="forecast",
            )
        if verification == LedgerEntry.Verification.VERIFIED and not is_system(actor):
            _refuse_to_check_own_work(current, actor)
        current.verification = verification
        current.query_reason = reason if verification == LedgerEntry.Verification.QUERIED else ""
        current.verified_by = person_of(actor)
        current.verified_at = timezone.now()
        current._history_user = person_of(actor)
        current._change_reason = reasons.with_value(reasons.VERIFICATION, verification)
        current.save()
    return current


def set_target(
    financial_year: int, amount_pence: int, *, actor, is_illustrative: bool = False
) -> SavingsTarget:
    """Programme admins set the programme's savings target for a financial year."""
    if not may_set_targets(actor):
        raise PermissionDenied(_("Only programme admins can set savings targets."))
    latest = year_of(_today()) + YEARS_AHEAD
    if not FIRST_YEAR <= financial_year <= latest:
        raise ValidationError({"financial_year": _("Choose a financial year from the list.")})
    if not isinstance(amount_pence, int) or amount_pence <= 0:
        raise ValidationError({"amount_pence": _("Enter a target greater than £0.")})
    if amount_pence > MOST_TARGET_PENCE:
        raise ValidationError({"amount_pence": _("Enter a target no more than £100,000,000,000.")})
    with transaction.atomic():
        target = SavingsTarget.objects.select_for_update().filter(
            financial_year=financial_year
        ).first() or SavingsTarget(financial_year=financial_year)
        target.amount_pence = amount_pence
        target.is_illustrative = is_illustrative
        target._history_user = person_of(actor)
        target.save()
    return target
