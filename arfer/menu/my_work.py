"""The menu's lists on a person's My work page (see arfer.accounts.my_work): their bodies'
drafts and practices sent back for changes, and the programme team's review queue."""

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from arfer.accounts.my_work import FOR_BODIES, LISTS_TEMPLATE, REVIEWING, first_of, my_work_page

from .models import Practice, Review
from .policy import may_review


def bodies_practices(request, *, acting_for, **page) -> dict | None:
    """Editors and body admins: their bodies' drafts, and the practices a reviewer sent back,
    with the reviewer's reasons; the most recently touched first."""
    if not acting_for:
        return None
    theirs = (
        Practice.objects.visible_to(request.user)
        .filter(lead_body__in=acting_for)
        .select_related("lead_body")
    )
    latest_request = Review.objects.filter(
        practice=OuterRef("pk"), decision=Review.Decision.REQUEST_CHANGES
    ).order_by("-created_at", "-pk")
    sent_back = (
        theirs.filter(status=Practice.Status.CHANGES_REQUESTED)
        .annotate(
            review_reasons=Subquery(latest_request.values("reasons")[:1]),
            reviewed_at=Subquery(latest_request.values("created_at")[:1]),
        )
        .order_by("-reviewed_at", "-pk")
    )
    share = reverse("menu:share")
    return {
        "lists": [
            first_of(
                theirs.filter(status=Practice.Status.DRAFT).order_by("-updated_at", "-pk"),
                name="drafts",
                heading=_("Drafts"),
                empty=_(
                    "Practices your bodies have started sharing and not yet sent for review "
                    "appear here, so that you can finish them."
                ),
                item_template="menu/_my_work_draft.html",
                see_all=share,
            ),
            first_of(
                sent_back,
                name="changes-requested",
                heading=_("Changes requested"),
                empty=_(
                    "When the programme team asks for changes to one of your bodies' practices, "
                    "it appears here with the reviewer's reasons."
                ),
                item_template="menu/_my_work_changes.html",
                see_all=share,
            ),
        ]
    }


def review_queue(request, **page) -> dict | None:
    """The programme team: practices sent for review, the most recently sent first."""
    if not may_review(request.user):
        return None
    submitted = (
        Practice.objects.visible_to(request.user)
        .filter(status=Practice.Status.SUBMITTED)
        .select_related("lead_body")
        .order_by("-updated_at", "-pk")
    )
    return {
        "lists": [
            first_of(
                submitted,
                name="review-queue",
                heading=_("Review queue"),
                empty=_(
                    "Practices that bodies send for review appear here, for the programme team "
                    "to publish or send back."
                ),
                item_template="menu/_my_work_submitted.html",
                see_all=reverse("menu:review-queue"),
            )
        ]
    }


def add_sections() -> None:
    """Called from the menu's ready()."""
    my_work_page.add(
        "practices", order=FOR_BODIES + 10, template=LISTS_TEMPLATE, context=bodies_practices
    )
    my_work_page.add(
        "review-queue", order=REVIEWING + 10, template=LISTS_TEMPLATE, context=review_queue
    )
