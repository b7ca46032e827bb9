"""The life of a practice on the menu, as action functions:

    draft -> submitted -> (changes requested <-> submitted) -> published -> archived

Each transition is atomic, checks who may make it, refuses an illegal move with a clear message,
is recorded in the practice's history with its actor, and sends its emails only once the
transaction has committed.
"""

from collections.abc import Collection

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from arfer.core import reasons as change_reasons
from arfer.core.actors import person_of

from . import notifications
from .actions import request_welsh_text, settle_welsh_requests
from .models import Practice, Review, ReviewCriterion, lacks_welsh_text
from .policy import may_curate, may_review, may_submit

Status = Practice.Status


# Publishing directly (the programme team, imports) takes a practice from these.
PUBLISH_FROM = {Status.DRAFT, Status.SUBMITTED, Status.ARCHIVED}


def illegal_move(current: str, target: str) -> ValidationError:
    return ValidationError(
        _("A practice that is “%(current)s” cannot become “%(target)s”.")
        % {"current": Status(current).label, "target": Status(target).label}
    )


def _transition(
    practice: Practice, *, actor, allowed_from: Collection[str], to: str, reason: str
) -> Practice:
    """Move a practice to `to`; `reason` is the code (core/reasons.py) its history keeps."""
    with transaction.atomic():
        current = Practice.objects.select_for_update().get(pk=practice.pk)
        if current.status not in allowed_from:
            raise illegal_move(current.status, to)
        current.status = to
        if to == Status.PUBLISHED and current.published_at is None:
            current.published_at = timezone.now()
        current._history_user = person_of(actor)
        current._change_reason = reason
        current.save(update_fields=["status", "published_at", "updated_at"])
    practice.refresh_from_db()
    return practice


# What a reviewer needs to see, beyond at least one service area.
REQUIRED_FOR_SUBMISSION = [
    "title_en",
    "summary_en",
    "problem_en",
    "approach_en",
    "outcomes_en",
    "prevention_tier",
]


def _field_name(name: str) -> str:
    field = Practice._meta.get_field(name)
    assert isinstance(field, models.Field)  # a column of the practice, not a relation to it
    return str(field.verbose_name)


def missing_for_submission(
    practice: Practice, *, has_service_areas: bool | None = None
) -> list[str]:
    """What a practice still needs before it can be reviewed, as field names for people.
    A caller that already knows whether it has service areas (a bulk import) says so, saving
    a query per practice."""
    missing = [_field_name(name) for name in REQUIRED_FOR_SUBMISSION if not getattr(practice, name)]
    if has_service_areas is None:
        has_service_areas = practice.service_areas.exists()
    if not has_service_areas:
        missing.append(str(Practice._meta.get_field("service_areas").verbose_name))
    return missing


def submit_practice(practice: Practice, *, actor) -> Practice:
    """An editor of the lead body (or the programme team) sends a practice for review, once it
    holds everything a reviewer needs."""
    if not may_submit(actor, practice):
        raise PermissionDenied(_("Only editors of the lead body can submit this practice."))
    missing = missing_for_submission(practice)
    if missing:
        raise ValidationError(
            _("Before submitting, add: %(missing)s.") % {"missing": "; ".join(missing)}
        )
    _transition(
        practice,
        actor=actor,
        to=Status.SUBMITTED,
        allowed_from={Status.DRAFT, Status.CHANGES_REQUESTED},
        reason=change_reasons.SUBMITTED,
    )
    transaction.on_commit(lambda: notifications.practice_submitted(practice))
    return practice


def review_practice(
    practice: Practice, *, actor, decision: str, criteria_met: list[str], reasons: str = ""
) -> Review:
    """A programme moderator publishes a submitted practice or asks for changes, with reasons.
    Publishing needs every review criterion met; asking for changes needs reasons."""
    if not may_review(actor):
        raise PermissionDenied(_("Only programme moderators can review practices."))
    criteria_met = [c for c in ReviewCriterion.values if c in set(criteria_met)]
    reasons = (reasons or "").strip()
    if decision == Review.Decision.PUBLISH:
        missing = [
            ReviewCriterion(c).label for c in ReviewCriterion.values if c not in criteria_met
        ]
        if missing:
            raise ValidationError(
                _("To publish, every criterion must be met. Not yet met: %(missing)s.")
                % {"missing": "; ".join(str(label) for label in missing)}
            )
        target = Status.PUBLISHED
    elif decision == Review.Decision.REQUEST_CHANGES:
        if not reasons:
            raise ValidationError(_("Say what needs to change."))
        target = Status.CHANGES_REQUESTED
    else:
        raise ValidationError(_("Choose whether to publish or to request changes."))
    with transaction.atomic():
        if practice.revision_of_id is not None and target == Status.PUBLISHED:
            # An approved revision replaces the published version's content, then goes.
            return _approve_revision(
                practice, actor=actor, criteria_met=criteria_met, reasons=reasons
            )
        _transition(
            practice,
            actor=actor,
            to=target,
            allowed_from={Status.SUBMITTED},
            reason=change_reasons.with_value(change_reasons.REVIEW, decision),
        )
        review = Review.objects.create(
            practice=practice,
            reviewer=actor,
            decision=decision,
            criteria_met=criteria_met,
            reasons=reasons,
        )
        if target == Status.PUBLISHED:
            _request_missing_welsh(practice, actor=actor)
    transaction.on_commit(lambda: notifications.practice_reviewed(review))
    return review


def _approve_revision(revision: Practice, *, actor, criteria_met, reasons) -> Review:
    from .editing import copy_content

    revision = Practice.objects.select_for_update().get(pk=revision.pk)
    if revision.status != Status.SUBMITTED:
        raise ValidationError(
            _("A practice that is “%(current)s” cannot become “%(target)s”.")
            % {"current": revision.get_status_display(), "target": Status.PUBLISHED.label}
        )
    published = Practice.objects.select_for_update().get(pk=revision.revision_of_id)
    published._history_user = person_of(actor)
    published._change_reason = change_reasons.REVISION_APPROVED
    copy_content(revision, published)
    review = Review.objects.create(
        practice=published,
        reviewer=actor,
        decision=Review.Decision.PUBLISH,
        criteria_met=criteria_met,
        reasons=reasons,
    )
    revision.delete()
    settle_welsh_requests([published.pk], actor=actor)
    _request_missing_welsh(published, actor=actor)
    transaction.on_commit(lambda: notifications.practice_reviewed(review))
    transaction.on_commit(lambda: notifications.revision_published(review))
    return review


def _request_missing_welsh(practice: Practice, *, actor) -> None:
    """Published with the criterion "Welsh text is present or has been requested" met: where
    the text is not present, the reviewer's tick is the request, recorded with their name."""
    if lacks_welsh_text(practice):
        request_welsh_text(practice, actor=actor)


def publish_practice(practice: Practice, *, actor) -> Practice:
    """Publish directly, without review: for the programme team's back office and for loading
    the demo menu (the system)."""
    if not may_curate(actor):
        raise PermissionDenied(_("Only the programme team can change the menu."))
    if practice.revision_of_id is not None:
        raise ValidationError(_("A revision is published by approving it in review."))
    return _transition(
        practice,
        actor=actor,
        to=Status.PUBLISHED,
        allowed_from=PUBLISH_FROM,
        reason=change_reasons.PUBLISHED,
    )


def archive_practice(practice: Practice, *, actor) -> Practice:
    if not may_curate(actor):
        raise PermissionDenied(_("Only the programme team can change the menu."))
    return _transition(
        practice,
        actor=actor,
        to=Status.ARCHIVED,
        allowed_from={Status.PUBLISHED},
        reason=change_reasons.ARCHIVED,
    )
