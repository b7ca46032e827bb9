"""Editing a practice from the pages ("Share a practice"): action functions that check the
editor's rights in SQL (`editable_by`), refuse stale edits, and record every change with its
author in the practice's history.

A stale edit is one made on an older version than the one stored: someone else saved in
between. It is refused with the list of what they changed; nothing is overwritten silently.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from arfer.core.actors import person_of, require_actor
from arfer.core.stale import refuse_if_stale
from arfer.directory.models import Body
from arfer.directory.policy import may_act_for

from .actions import refresh_practice_reach, settle_welsh_requests
from .models import Practice, PracticePartner


def _editable(practice_pk: int, actor) -> Practice:
    """The practice, locked for update, if the actor may edit it; otherwise 404-like refusal."""
    practice = (
        Practice.objects.editable_by(actor).select_for_update().filter(pk=practice_pk).first()
    )
    if practice is None:
        raise PermissionDenied(_("You cannot edit this practice."))
    return practice


# Words the menu's own pages use after /practices/ (see urls.py).
RESERVED_SLUGS = {"share", "review"}


def slug_base(title: str) -> str:
    """The slug a title asks for, before a number is added to tell it from others."""
    base = slugify(title)[:100] or "practice"
    if base in RESERVED_SLUGS:
        base = f"{base}-practice"
    return base


def numbered_slug(base: str, taken) -> str:
    """The base, or base-2, base-3, ...: the first that `taken(slug)` says is free."""
    slug, n = base, 1
    while taken(slug):
        n += 1
        slug = f"{base}-{n}"
    return slug


def _unique_slug(title: str) -> str:
    return numbered_slug(slug_base(title), lambda slug: Practice.objects.filter(slug=slug).exists())


def start_practice(*, actor, lead_body: Body, title_en: str, title_cy: str = "") -> Practice:
    """Create a draft led by a body the actor edits for."""
    if not may_act_for(actor, lead_body.pk):
        raise PermissionDenied(_("You cannot share practice for this body."))
    for _attempt in range(3):
        try:
            with transaction.atomic():
                practice = Practice(
                    slug=_unique_slug(title_en),
                    lead_body=lead_body,
                    title_en=title_en.strip(),
                    title_cy=title_cy.strip(),
                    summary_en="",
                    status=Practice.Status.DRAFT,
                    prevention_tier="",
                    evidence_level=1,
                )
                practice.full_clean(exclude=["summary_en", "prevention_tier"])
                practice._history_user = person_of(actor)
                practice.save()
                refresh_practice_reach(practice)
                return practice
        except IntegrityError:
            continue  # another draft took the same slug at the same moment: try the next one
    raise ValidationError(_("Could not create the practice; please try again."))


def update_practice(practice: Practice, *, actor, expected_version: int, values: dict) -> Practice:
    """Save edited fields of a draft, all or nothing, if nobody saved since `expected_version`."""
    with transaction.atomic():
        current = _editable(practice.pk, actor)
        refuse_if_stale(current, expected_version)
        service_areas = values.pop("service_areas", None)
        for field, value in values.items():
            setattr(current, field, value)
        current.full_clean(exclude=_unfinished_fields(current))
        current._history_user = person_of(actor)
        current.save()
        if service_areas is not None:
            current.service_areas.set(service_areas)
        settle_welsh_requests([current.pk], actor=actor)
    return current


def _unfinished_fields(practice: Practice) -> list[str]:
    # A draft may still lack what only submission requires.
    return [name for name in ("summary_en", "prevention_tier") if not getattr(practice, name)]


def add_partner(
    practice: Practice, *, actor, expected_version: int, body: Body, role: str
) -> Practice:
    """Add a partner body with its role. A body already listed is refused, naming the role it
    has, so that no role is replaced unseen: to change its role, remove it and add it again."""
    with transaction.atomic():
        current = _editable(practice.pk, actor)
        refuse_if_stale(current, expected_version)
        existing = PracticePartner.objects.filter(practice=current, body=body).first()
        if existing is not None:
            raise ValidationError(
                {"body": ValidationError(already_a_partner(existing, role), code="already_partner")}
            )
        partnership = PracticePartner(practice=current, body=body, role=role)
        partnership.full_clean(exclude=["practice"], validate_unique=False)
        partnership._history_user = person_of(actor)
        partnership.save()
        _bump(current, actor)
        refresh_practice_reach(current)
    return current


def already_a_partner(partnership: PracticePartner, role_asked: str) -> str:
    values = {"body": partnership.body.name, "role": partnership.get_role_display()}
    if partnership.role == role_asked:
        return _("%(body)s is already a partner, as %(role)s.") % values
    return (
        _("%(body)s is already a partner, as %(role)s. Remove it first to change its role.")
        % values
    )


def remove_partner(practice: Practice, *, actor, expected_version: int, body_id: int) -> Practice:
    with transaction.atomic():
        current = _editable(practice.pk, actor)
        refuse_if_stale(current, expected_version)
        for partnership in current.partnerships.filter(body_id=body_id):
            partnership._history_user = person_of(actor)
            partnership.delete()  # one by one, so that each removal is recorded
        _bump(current, actor)
        refresh_practice_reach(current)
    return current


def _bump(practice: Practice, actor) -> None:
    """A change to the practice's partners is a change to the practice: saving it moves its
    version (and records who changed it)."""
    practice._history_user = person_of(actor)
    practice.save(update_fields=["updated_at"])


# What a revision carries: everything a body writes about its practice.
REVISED_FIELDS = [
    *(
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
    ),
    "prevention_tier",
    "evidence_level",
    "setup_cost_pence",
    "one_off_cashable_saving_pence",
    "one_off_non_cashable_saving_pence",
    "annual_cashable_saving_pence",
    "annual_non_cashable_saving_pence",
    "start_date",
    "contact_name",
    "contact_email",
]


def copy_content(source: Practice, target: Practice) -> None:
    """Copy a practice's own fields and its partners, service areas and areas onto another."""
    for field in REVISED_FIELDS:
        setattr(target, field, getattr(source, field))
    target.save()
    target.service_areas.set(source.service_areas.all())
    target.areas.set(source.areas.all())
    target.partnerships.all().delete()
    PracticePartner.objects.bulk_create(
        PracticePartner(practice=target, body_id=p.body_id, role=p.role)
        for p in source.partnerships.all()
    )
    refresh_practice_reach(target)


def start_revision(practice: Practice, *, actor) -> Practice:
    """A draft copy of a published practice, for its lead body to change and send for review;
    the published version stays on the menu until the revision is approved."""
    require_actor(actor)
    if practice.status != Practice.Status.PUBLISHED:
        raise ValidationError(_("Only a published practice can be revised."))
    if not may_act_for(actor, practice.lead_body_id):
        raise PermissionDenied(_("Only editors of the lead body can revise this practice."))
    with transaction.atomic():
        published = Practice.objects.select_for_update().get(pk=practice.pk)
        existing = published.revisions.first()
        if existing is not None:
            return existing
        revision = Practice(
            revision_of=published,
            lead_body_id=published.lead_body_id,
            slug=_unique_slug(f"{published.slug}-revision"),
            status=Practice.Status.DRAFT,
        )
        revision._history_user = person_of(actor)
        copy_content(published, revision)
    return revision
