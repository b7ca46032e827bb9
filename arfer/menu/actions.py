"""State changes of the menu. Pages, the admin, the CLI and imports all call these; none of them
writes a practice's status or derived fields any other way.

Each action is atomic and checks that the actor may make the change (policy.py): a person, or
the system itself (`SYSTEM`: the demo loader and operators' commands).
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from arfer.core import reasons
from arfer.core.actors import person_of, require_actor
from arfer.core.text import text_problem
from arfer.core.uploads import check_uploaded_file, store_checked_file
from arfer.directory.models import Area, Body

from . import notifications
from .attachment_models import PracticeAttachment
from .models import (
    Practice,
    PracticeFollow,
    PracticePartner,
    ServiceArea,
    WelshTextRequest,
    has_welsh_text_condition,
    lacks_welsh_text,
)
from .policy import may_answer, may_ask, may_curate, may_follow, may_manage_attachments
from .question_models import ANSWER_MAX_LENGTH, QUESTION_MAX_LENGTH, PracticeQuestion


def require_programme_staff(actor) -> None:
    if not may_curate(actor):
        raise PermissionDenied(_("Only the programme team can change the menu."))


def effective_areas(practice: Practice) -> list[Area]:
    """The areas a practice covers: its own list if it has one; otherwise the local footprints of
    its lead and partners. A national partner (a union, a national body) supports a local scheme
    without making it national, so national areas count only when nothing local is left."""
    own = list(practice.areas.all())
    if own:
        return own
    body_ids = [practice.lead_body_id, *practice.partnerships.values_list("body_id", flat=True)]
    return local_or_national(
        list(Area.objects.filter(bodies__in=body_ids).distinct().order_by("kind", "name_en"))
    )


def local_or_national(areas: list[Area]) -> list[Area]:
    """Of the areas a practice's bodies serve, the local ones; the national ones only when
    there is nothing local (shared with the bulk import's `menu.bulk.Reach`)."""
    local = [area for area in areas if area.kind != Area.Kind.NATION]
    return local or areas


def refresh_practice_reach(practice: Practice) -> None:
    """Recompute what is derived from a practice's partners and areas: the Regional Partnership
    Board footprints it reaches and whether it works across organisational boundaries."""
    areas = effective_areas(practice)
    local_authorities = Area.objects.filter(covering_areas__in=areas)
    regions = Area.objects.regions().filter(local_authority_areas__in=local_authorities).distinct()
    practice.regions.set(regions)
    crosses = practice.partnerships.exclude(body_id=practice.lead_body_id).exists()
    if crosses != practice.works_across_boundaries:
        practice.works_across_boundaries = crosses
        Practice.objects.filter(pk=practice.pk).update_derived(works_across_boundaries=crosses)


def validate_partners(practice: Practice, partners: list[tuple[Body, str]]) -> None:
    seen = set()
    for body, role in partners:
        PracticePartner(practice=practice, body=body, role=role).clean()
        if body.pk in seen:
            raise ValidationError(
                _("%(body)s is listed as a partner more than once.") % {"body": body}
            )
        if role not in PracticePartner.Role.values:
            raise ValidationError(_("Unknown partner role: %(role)s.") % {"role": role})
        seen.add(body.pk)


@transaction.atomic
def save_practice(
    practice: Practice, *, actor, partners=None, service_areas=None, areas=None
) -> Practice:
    """Create or update a practice with its partners, service areas and areas, validated as a
    whole; nothing is written unless all of it is valid."""
    require_programme_staff(actor)
    practice.full_clean()
    if partners is not None:
        validate_partners(practice, partners)
    practice._history_user = person_of(actor)
    practice.save()
    if partners is not None:
        practice.partnerships.all().delete()
        PracticePartner.objects.bulk_create(
            PracticePartner(practice=practice, body=body, role=role) for body, role in partners
        )
    if service_areas is not None:
        practice.service_areas.set(service_areas)
    if areas is not None:
        practice.areas.set(areas)
    refresh_practice_reach(practice)
    settle_welsh_requests([practice.pk], actor=actor)
    return practice


def request_welsh_text(
    practice: Practice, *, actor, requested_at: datetime.datetime | None = None
) -> WelshTextRequest:
    """The programme team asks for a practice's Welsh text: the request, with who asked and
    when, waits in the translation queue until the text is saved. A practice whose Welsh text
    is already requested keeps its first request (and its place in the queue). `requested_at`
    is for records brought from elsewhere (the demo): a person's request is made now."""
    require_actor(actor)
    if not may_curate(actor):
        raise PermissionDenied(_("Only the programme team can request Welsh text."))
    with transaction.atomic():
        current = Practice.objects.select_for_update().get(pk=practice.pk)
        if not lacks_welsh_text(current):
            raise ValidationError(_("This practice has its Welsh text already."))
        waiting = current.welsh_requests.waiting().first()
        if waiting is not None:
            return waiting
        request = WelshTextRequest(
            practice=current,
            requested_by=person_of(actor),
            requested_at=requested_at or timezone.now(),
        )
        request._history_user = person_of(actor)
        request._change_reason = reasons.WELSH_REQUESTED
        try:
            with transaction.atomic():
                request.save()
        except IntegrityError:
            # Asked twice at the same moment (on an engine without the lock): keep the first.
            return current.welsh_requests.waiting().get()
    return request


def settle_welsh_requests(practice_ids, *, actor) -> int:
    """Fulfil the waiting requests of those practices that now have their Welsh text; called by
    every action that saves a practice's text, in its transaction. Returns how many."""
    require_actor(actor)
    # Waiting requests are few, the practices of an import many: read the first, not an IN
    # over the second.
    wanted = set(practice_ids)
    settled = [
        request
        for request in WelshTextRequest.objects.waiting().filter(
            has_welsh_text_condition("practice__")
        )
        if request.practice_id in wanted
    ]
    now = timezone.now()
    for request in settled:
        request.fulfilled_at = now
        request._history_user = person_of(actor)
        request._change_reason = reasons.WELSH_SUPPLIED
        request.save(update_fields=["fulfilled_at"])
    return len(settled)


def follow_practice(practice: Practice, *, actor) -> PracticeFollow:
    """The actor follows a published practice they can see, to hear of its news (its new
    adoptions, revisions and answers: notifications.notify_followers). Following it again
    changes nothing."""
    require_actor(actor)
    if not may_follow(actor):
        raise PermissionDenied(_("Sign in to follow a practice."))
    if not Practice.objects.visible_to(actor).filter(pk=practice.pk).exists():
        raise PermissionDenied(_("You cannot follow this practice."))
    if practice.status != Practice.Status.PUBLISHED:
        raise ValidationError(_("Only practices on the published menu can be followed."))
    try:
        with transaction.atomic():
            follow, _created = PracticeFollow.objects.get_or_create(practice=practice, user=actor)
    except IntegrityError:
        # Followed twice at the same moment (two tabs): the first follow stands.
        follow = PracticeFollow.objects.get(practice=practice, user=actor)
    return follow


def unfollow_practice(practice: Practice, *, actor) -> bool:
    """The actor stops following a practice; False if they were not following it."""
    require_actor(actor)
    if not may_follow(actor):
        raise PermissionDenied(_("Sign in to follow a practice."))
    deleted, _by_model = PracticeFollow.objects.filter(practice=practice, user=actor).delete()
    return deleted > 0


@transaction.atomic
def load_service_areas(rows: list[dict]) -> int:
    """Create or update the service-area taxonomy from plain rows (parents before children)."""
    by_slug: dict[str, ServiceArea] = {}
    for position, row in enumerate(rows):
        parent = by_slug.get(row["parent"]) if row.get("parent") else None
        area, _created = ServiceArea.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name_en": row["name_en"],
                "name_cy": row.get("name_cy", ""),
                "parent": parent,
                "position": position,
            },
        )
        by_slug[area.slug] = area
    return len(by_slug)


# Questions to the lead body -------------------------------------------------------------------


def _checked_text(text: str, *, field: str, empty: str, too_long: str, most: int) -> str:
    text = (text or "").strip()
    problem = text_problem(text, long=True)
    if problem:
        raise ValidationError({field: problem})
    if not text:
        raise ValidationError({field: empty})
    if len(text) > most:
        raise ValidationError({field: too_long % {"most": f"{most:,}"}})
    return text


def ask_lead_body(practice: Practice, *, actor, body: Body, text: str) -> PracticeQuestion:
    """A member of another body asks a published practice's lead body a question, for their
    body. Kept with the practice; the lead body's editors and admins are told."""
    require_actor(actor)
    if not may_ask(actor, practice, body):
        raise PermissionDenied(_("You cannot ask this practice's lead body a question."))
    text = _checked_text(
        text,
        field="question",
        empty=_("Enter your question."),
        too_long=_("Your question must be %(most)s characters or fewer."),
        most=QUESTION_MAX_LENGTH,
    )
    question = PracticeQuestion(
        practice=practice, asking_body=body, asked_by=person_of(actor), question=text
    )
    question._history_user = person_of(actor)
    with transaction.atomic():
        question.save()
        transaction.on_commit(lambda: notifications.question_asked(question))
    return question


def answer_question(question: PracticeQuestion, *, actor, text: str) -> PracticeQuestion:
    """The lead body answers a question, once; the person who asked is told. This is the one
    place an answer is recorded: what else should follow an answer belongs here."""
    require_actor(actor)
    text = _checked_text(
        text,
        field="answer",
        empty=_("Enter your answer."),
        too_long=_("Your answer must be %(most)s characters or fewer."),
        most=ANSWER_MAX_LENGTH,
    )
    with transaction.atomic():
        current = (
            PracticeQuestion.objects.select_for_update()
            .select_related("practice__lead_body", "asking_body")
            .get(pk=question.pk)
        )
        if not may_answer(actor, current.practice):
            raise PermissionDenied(_("Only the lead body can answer this question."))
        if current.is_answered:
            # Answered meanwhile by someone else: theirs stands, nothing is overwritten.
            raise ValidationError(_("This question has been answered already."))
        current.answer = text
        current.answered_by = person_of(actor)
        current.answered_at = timezone.now()
        current._history_user = person_of(actor)
        current.save(update_fields=["answer", "answered_by", "answered_at"])
        transaction.on_commit(lambda: notifications.question_answered(current))
    return current


# Attachments ------------------------------------------------------------------------------------


def add_attachment(
    practice: Practice, *, actor, title: str, kind: str, upload
) -> PracticeAttachment:
    """The lead body adds a document to its practice: checked as evidence files are (type by
    content, size) and stored under a name of our own. Nothing is kept if any of it fails."""
    require_actor(actor)
    if not may_manage_attachments(actor, practice):
        raise PermissionDenied(_("You cannot add documents to this practice."))
    if practice.revision_of_id is not None:
        raise ValidationError(_("Add documents to the published practice, not to a revision."))
    title = (title or "").strip()
    problem = text_problem(title, long=False)
    if problem:
        raise ValidationError({"title": problem})
    if not title:
        raise ValidationError({"title": _("Enter a title for the document.")})
    if len(title) > 200:
        raise ValidationError({"title": _("The title must be 200 characters or fewer.")})
    if kind not in PracticeAttachment.Kind.values:
        raise ValidationError({"kind": _("Choose what kind of document this is.")})
    if upload is None:
        raise ValidationError({"upload": _("Choose the file to upload.")})
    try:
        check_uploaded_file(upload)
    except ValidationError as error:
        raise ValidationError({"upload": error.messages}) from error
    attachment = PracticeAttachment(
        practice=practice,
        title=title,
        kind=kind,
        size=upload.size,
        uploaded_by=person_of(actor),
    )
    attachment.file_name = store_checked_file(attachment.file, upload, "attachment")
    attachment._history_user = person_of(actor)
    try:
        with transaction.atomic():
            attachment.save()
    except BaseException:
        # The row was not written: the file written for it goes too.
        attachment.file.storage.delete(attachment.file.name)
        raise
    return attachment


def remove_attachment(attachment: PracticeAttachment, *, actor) -> None:
    """The lead body takes a document off its practice. The row goes (its history says who
    removed it); the file stays in storage, so the history still points at what was shown."""
    require_actor(actor)
    with transaction.atomic():
        current = (
            PracticeAttachment.objects.select_for_update()
            .select_related("practice")
            .filter(pk=attachment.pk)
            .first()
        )
        if current is None:
            return
        if not may_manage_attachments(actor, current.practice):
            raise PermissionDenied(_("You cannot remove documents from this practice."))
        current._history_user = person_of(actor)
        current.delete()
