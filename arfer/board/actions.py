"""Every change to workstreams, meetings and their follow-up. Each function is atomic, checks
the actor's rights, refuses bad input with a clear message before writing anything, and is
recorded in the history with its actor: a person, or the system itself (`SYSTEM`: demo data).
Who may do what is policy.py's."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from arfer.core import reasons
from arfer.core.actors import person_of
from arfer.core.money import MOST_TARGET_PENCE
from arfer.core.periods import FIRST_YEAR, YEARS_AHEAD, year_of
from arfer.core.stale import refuse_if_stale
from arfer.menu.models import Practice

from .models import (
    Action,
    Decision,
    Meeting,
    Paper,
    Workstream,
    WorkstreamPractice,
    WorkstreamTarget,
)
from .policy import manages_workstreams, runs_meetings

MEETING_FIELDS = [
    "kind",
    "title_en",
    "title_cy",
    "date",
    "place",
    "agenda_en",
    "agenda_cy",
    "summary_en",
    "summary_cy",
    "summary_published",
]
ACTION_FIELDS = [
    "text_en",
    "text_cy",
    "owner_body",
    "owner_name",
    "due_date",
    "rag",
    "progress_note",
]
WORKSTREAM_FIELDS = ["name_en", "name_cy", "description_en", "description_cy", "sponsor"]


def _today() -> datetime.date:
    return timezone.localdate()


def _require_programme_team(actor) -> None:
    if not runs_meetings(actor):
        raise PermissionDenied(_("Only the programme team can record the board's business."))


def _require_programme_admin(actor) -> None:
    if not manages_workstreams(actor):
        raise PermissionDenied(_("Only programme admins can manage workstreams."))


def _check_date(value: datetime.date | None, field: str) -> None:
    """Dates from the programme's first year to ten years ahead: anything else is a typo."""
    if value is None:
        raise ValidationError({field: _("Enter a date.")})
    latest = _today() + datetime.timedelta(days=366 * YEARS_AHEAD)
    if not datetime.date(FIRST_YEAR - 1, 1, 1) <= value <= latest:
        raise ValidationError({field: _("Enter a date from 2009 to ten years from now.")})


def _save(record, actor, reason: str = "") -> None:
    record.full_clean(validate_unique=False)
    record._history_user = person_of(actor)
    if reason:
        record._change_reason = reason
    record.save()


# Workstreams ---------------------------------------------------------------------------------


def _free_slug(name: str) -> str:
    base = slugify(name)[:70] or "workstream"
    slug, n = base, 1
    while Workstream.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def save_workstream(
    values: dict,
    *,
    actor,
    workstream: Workstream | None = None,
    slug: str = "",
    is_illustrative: bool = False,
) -> Workstream:
    _require_programme_admin(actor)
    with transaction.atomic():
        if workstream is None:
            if slug and Workstream.objects.filter(slug=slug).exists():
                raise ValidationError(
                    {"slug": _("Another workstream already has this address name.")}
                )
            workstream = Workstream(
                slug=slug or _free_slug(values.get("name_en", "")), is_illustrative=is_illustrative
            )
        else:
            workstream = Workstream.objects.select_for_update().get(pk=workstream.pk)
        for field in WORKSTREAM_FIELDS:
            if field in values:
                setattr(workstream, field, values[field])
        _save(workstream, actor)
    return workstream


def assign_practice(workstream: Workstream, practice: Practice, *, actor) -> WorkstreamPractice:
    """Put a practice in a workstream, moving it from any other: a practice counts toward one
    workstream only, so that savings by workstream add up to the whole."""
    _require_programme_admin(actor)
    with transaction.atomic():
        assignment, _created = WorkstreamPractice.objects.select_for_update().update_or_create(
            practice=practice, defaults={"workstream": workstream}
        )
    return assignment


def unassign_practice(workstream: Workstream, practice: Practice, *, actor) -> None:
    _require_programme_admin(actor)
    with transaction.atomic():
        deleted, _rows = WorkstreamPractice.objects.filter(
            workstream=workstream, practice=practice
        ).delete()
    if not deleted:
        raise ValidationError(_("This practice is not in this workstream."))


def set_workstream_target(
    workstream: Workstream,
    financial_year: int,
    amount_pence: int,
    *,
    actor,
    is_illustrative: bool = False,
) -> WorkstreamTarget:
    _require_programme_admin(actor)
    if not FIRST_YEAR <= financial_year <= year_of(_today()) + YEARS_AHEAD:
        raise ValidationError({"financial_year": _("Choose a financial year from the list.")})
    if isinstance(amount_pence, bool) or not isinstance(amount_pence, int):
        raise ValidationError({"amount_pence": _("Enter the target in pounds, like 12,500.")})
    if not 0 < amount_pence <= MOST_TARGET_PENCE:
        raise ValidationError(
            {"amount_pence": _("Enter a target greater than £0 and no more than £100,000,000,000.")}
        )
    with transaction.atomic():
        target = WorkstreamTarget.objects.select_for_update().filter(
            workstream=workstream, financial_year=financial_year
        ).first() or WorkstreamTarget(workstream=workstream, financial_year=financial_year)
        target.amount_pence = amount_pence
        target.is_illustrative = is_illustrative
        _save(target, actor)
    return target


# Meetings ------------------------------------------------------------------------------------


def _clean_meeting(values: dict) -> dict:
    values = {key: values[key] for key in MEETING_FIELDS if key in values}
    if "date" in values:
        _check_date(values["date"], "date")
    return values


def _check_summary(meeting: Meeting) -> None:
    """On the meeting as it will be saved, so that publishing alone is checked against the
    kind and summary already there."""
    if meeting.summary_published:
        if meeting.kind != Meeting.Kind.SUMMIT:
            raise ValidationError({"summary_published": _("Only a summit has a public summary.")})
        if not meeting.summary_en.strip():
            raise ValidationError(
                {"summary_en": _("Write the summary in English before publishing it.")}
            )


def save_meeting(
    values: dict,
    *,
    actor,
    meeting: Meeting | None = None,
    expected_version: int | None = None,
    attending=None,
    is_illustrative: bool = False,
) -> Meeting:
    """Record a new meeting, or change one (refused if someone else saved it meanwhile).
    `attending`, when given, replaces the attending bodies."""
    _require_programme_team(actor)
    values = _clean_meeting(values)
    with transaction.atomic():
        if meeting is None:
            meeting = Meeting(is_illustrative=is_illustrative)
        else:
            meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
            assert expected_version is not None  # a change names the version it was made on
            refuse_if_stale(meeting, expected_version)
        for field, value in values.items():
            setattr(meeting, field, value)
        _check_summary(meeting)
        _save(meeting, actor)
        if attending is not None:
            meeting.attending.set(attending)
    return meeting


def set_attending(meeting: Meeting, bodies, *, actor) -> None:
    """Who attended (or is expected at) a meeting: the bodies given, replacing the list."""
    _require_programme_team(actor)
    with transaction.atomic():
        meeting.attending.set(bodies)


def add_paper(meeting: Meeting, values: dict, *, actor) -> Paper:
    _require_programme_team(actor)
    paper = Paper(
        meeting=meeting,
        title_en=(values.get("title_en") or "").strip(),
        title_cy=(values.get("title_cy") or "").strip(),
        link=(values.get("link") or "").strip(),
    )
    with transaction.atomic():
        _save(paper, actor)
    return paper


def remove_paper(paper: Paper, *, actor) -> None:
    """Take a paper off a meeting (put on by mistake); its history keeps what it was."""
    _require_programme_team(actor)
    with transaction.atomic():
        paper._history_user = person_of(actor)
        paper.delete()


def add_decision(meeting: Meeting, values: dict, *, actor) -> Decision:
    _require_programme_team(actor)
    decision = Decision(
        meeting=meeting,
        text_en=(values.get("text_en") or "").strip(),
        text_cy=(values.get("text_cy") or "").strip(),
    )
    with transaction.atomic():
        _save(decision, actor)
    return decision


def remove_decision(decision: Decision, *, actor) -> None:
    """Take a decision off a meeting's record (recorded by mistake, or to be written again);
    its history keeps what it said and who removed it."""
    _require_programme_team(actor)
    with transaction.atomic():
        decision._history_user = person_of(actor)
        decision.delete()


# Actions -------------------------------------------------------------------------------------


def _clean_action(values: dict, *, raised_on: datetime.date) -> dict:
    values = {key: values[key] for key in ACTION_FIELDS if key in values}
    for field in ("text_en", "text_cy", "owner_name", "progress_note"):
        if field in values:
            values[field] = (values[field] or "").strip()
    if "due_date" in values:
        _check_date(values["due_date"], "due_date")
        if values["due_date"] < raised_on:
            raise ValidationError(
                {"due_date": _("An action cannot be due before the meeting that raised it.")}
            )
    return values


def add_action(meeting: Meeting, values: dict, *, actor) -> Action:
    """An action raised at a meeting, owned by a body and a named person, with a due date."""
    _require_programme_team(actor)
    values = _clean_action(values, raised_on=meeting.date)
    action = Action(meeting=meeting, recorded_by=person_of(actor), **values)
    with transaction.atomic():
        _save(action, actor)
    return action


def update_action(action: Action, values: dict, *, actor, expected_version: int) -> Action:
    """Follow an action up: its RAG status, progress, owner or due date."""
    _require_programme_team(actor)
    with transaction.atomic():
        current = Action.objects.select_for_update().select_related("meeting").get(pk=action.pk)
        refuse_if_stale(current, expected_version)
        for field, value in _clean_action(values, raised_on=current.meeting.date).items():
            setattr(current, field, value)
        _save(current, actor)
    return current


def close_action(
    action: Action,
    *,
    actor,
    expected_version: int,
    closed_on: datetime.date | None = None,
    note: str = "",
) -> Action:
    """Close an action as done (or overtaken), with what was done; it leaves every later pack."""
    _require_programme_team(actor)
    closed_on = closed_on or _today()
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Say what was done, or why the action is closed.")})
    with transaction.atomic():
        current = Action.objects.select_for_update().select_related("meeting").get(pk=action.pk)
        refuse_if_stale(current, expected_version)
        if current.closed_on is not None:
            raise ValidationError(_("This action is already closed."))
        if closed_on < current.meeting.date:
            raise ValidationError(
                {"closed_on": _("An action cannot be closed before the meeting that raised it.")}
            )
        if closed_on > _today():
            raise ValidationError({"closed_on": _("The closing date cannot be in the future.")})
        current.closed_on = closed_on
        current.progress_note = note
        _save(current, actor, reason=reasons.ACTION_CLOSED)
    return current


def reopen_action(action: Action, *, actor, expected_version: int, note: str) -> Action:
    _require_programme_team(actor)
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Say why the action is reopened.")})
    with transaction.atomic():
        current = Action.objects.select_for_update().get(pk=action.pk)
        refuse_if_stale(current, expected_version)
        if current.closed_on is None:
            raise ValidationError(_("This action is open already."))
        current.closed_on = None
        current.progress_note = note
        _save(current, actor, reason=reasons.ACTION_REOPENED)
    return current
