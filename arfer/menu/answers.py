"""What "Check your practice" shows: every question of every step of "Share a practice", in the
order and with the labels of the question pages, the answer given (or none), and the place on
its page where it is changed."""

import datetime
from dataclasses import dataclass

from django import forms
from django.forms import BoundField
from django.urls import reverse
from django_stubs_ext import StrOrPromise

from arfer.core.forms import PoundsField

from .forms import STEPS
from .models import Practice, Review

# The steps whose long texts are written, and shown, in Markdown.
MARKDOWN_STEPS = {"story", "results"}


@dataclass(frozen=True)
class Answer:
    field: BoundField  # of the step's empty form: its label, and its id on the question page
    value: object
    kind: str  # "text", "markdown", "money", "date" or "list"
    change_url: str

    @property
    def given(self) -> bool:
        return self.value not in (None, "", 0, [])

    @property
    def lang(self) -> str:
        """The language of the answer, for screen readers: the page's own for choices."""
        return {"_en": "en", "_cy": "cy"}.get(self.field.name[-3:], "")


@dataclass(frozen=True)
class Section:
    title: StrOrPromise
    answers: list[Answer]


def answers_for(practice: Practice) -> list[Section]:
    """One section per step. `practice` comes from `for_detail()`, so this makes no query."""
    sections = []
    for step, step_form in STEPS.items():
        form = step_form()
        change_url = reverse("menu:edit-step", args=[practice.slug, step])
        sections.append(
            Section(
                step_form.title,
                [
                    Answer(
                        form[name], *_answer(practice, step, form.fields[name], name), change_url
                    )
                    for name in form.fields
                    if name != "version"
                ],
            )
        )
    return sections


def _answer(practice: Practice, step: str, field: forms.Field, name: str) -> tuple[object, str]:
    if isinstance(field, forms.ModelMultipleChoiceField):
        return [field.label_from_instance(item) for item in getattr(practice, name).all()], "list"
    if isinstance(field, PoundsField):
        return getattr(practice, name), "money"
    if isinstance(field, forms.ChoiceField):
        has_value = getattr(practice, name) not in (None, "")
        return (getattr(practice, f"get_{name}_display")() if has_value else ""), "text"
    value = getattr(practice, name)
    if isinstance(value, datetime.date):
        return value, "date"
    if step in MARKDOWN_STEPS and isinstance(field.widget, forms.Textarea):
        return value, "markdown"
    return value, "text"


def changes_asked(practice: Practice) -> Review | None:
    """The review that sent a practice back for changes, while it waits for them: its lead
    body's editors see the reviewer's reasons until they send it for review again."""
    if practice.status != Practice.Status.CHANGES_REQUESTED:
        return None
    return (
        practice.reviews.filter(decision=Review.Decision.REQUEST_CHANGES)
        .order_by("-created_at", "-pk")
        .first()
    )
