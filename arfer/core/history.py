"""The audit trail as people read it: django-simple-history records turned into what changed, in
the reader's language, for the history pages and their CSV downloads.

Every history page (a practice's, a body's, an adoption's, a saving's, a board action's) is the
same page over a different `Trail`: which model, the forms that edit it (whose labels name the
fields, as people saw them when they changed them) and which fields are the system's own
(counters, timestamps, versions). A record whose only changes are to those is not shown: nobody
changed anything they could see.

Values read as the pages show them: money (integer pence, in fields named `*_pence`) in
pounds, a choice by its label, a date with its month in the page's language, a foreign key by
the name of the record it points to (one query per kind of related record, whatever the number
of history records), a yes or no. A reason kept as a code reads in the page's language
(core/reasons.py); what a person typed is left as they typed it.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, cast

from django import forms
from django.db import models
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from arfer.core.bilingual import localised
from arfer.core.exports import Column, csv_response
from arfer.core.money import pounds_written
from arfer.core.reasons import label as reason_label

# The most history records a page shows; one more is read so that the oldest shown still
# says what it changed.
MOST_RECORDS = 200
# Kept by every audited model and never typed by anyone.
ALWAYS_INTERNAL = frozenset({"id", "version", "created_at", "updated_at"})
EMPTY = "\u2013"  # an en dash, as the pages show an empty value
# Text fields whose values are not sentences in a language.
# Addresses are not prose. (A slug is: it is made from the English title, so it is marked so.)
_NOT_PROSE = (models.EmailField, models.URLField)


@dataclass(frozen=True)
class Trail:
    """How one model's history reads: the forms that edit it (their labels name its fields, the
    first form naming a field wins), labels for fields no form names well, the fields only the
    system changes, and the labels of choices kept in a list (a JSON field of codes)."""

    model: type[models.Model]
    forms: Sequence[type[forms.Form]] = ()
    labels: Mapping[str, StrOrPromise] = field(default_factory=dict)
    internal: frozenset[str] = frozenset()
    # Fields whose form label is a question or says "(optional)": named as the model names them.
    model_named: frozenset[str] = frozenset()
    listed_choices: Mapping[str, Mapping[Any, StrOrPromise]] = field(default_factory=dict)
    # Values shown in a way of their own (a financial year as "2025-26").
    formats: Mapping[str, Callable[[Any], str]] = field(default_factory=dict)

    def shown_fields(self) -> list[models.Field]:
        """The fields a person sees, in the model's order."""
        hidden = ALWAYS_INTERNAL | self.internal
        return [
            model_field
            for model_field in self.model._meta.concrete_fields
            if model_field.name not in hidden and not isinstance(model_field, models.GeneratedField)
        ]

    def label(self, model_field: models.Field) -> str:
        """The field as the form that edits it names it, else as the model does."""
        if model_field.name in self.labels:
            return str(self.labels[model_field.name])
        if model_field.name in self.model_named:
            return capfirst(str(model_field.verbose_name))
        for form_class in self.forms:
            form_field = form_class.base_fields.get(model_field.name)
            if form_field is not None and form_field.label:
                return str(form_field.label)
        return capfirst(str(model_field.verbose_name))

    def form_choices(self, name: str) -> dict:
        """The choices a form offers for a field the model keeps without them (a quarter)."""
        for form_class in self.forms:
            form_field = form_class.base_fields.get(name)
            if isinstance(form_field, forms.ChoiceField) and form_field.choices:
                return dict(cast(list, form_field.choices))  # normalised to pairs by the field
        return {}


@dataclass(frozen=True)
class Change:
    """One field's change: its label and both values as the page shows them. `language` is
    the language of text a person wrote ("en", "cy"), or "" for anything else."""

    label: str
    old: str
    new: str
    language: str = ""


@dataclass(frozen=True)
class Entry:
    """One history record as read: when, who, what happened, why, and what changed."""

    when: datetime.datetime
    who: str
    event: str
    reason_stored: str
    changes: list[Change]
    # A record's first values are listed as they are, not as changes from nothing.
    is_creation: bool = False

    @property
    def reason(self) -> str:
        """The reason in the page's language (a code), or as the person wrote it."""
        return reason_label(self.reason_stored)


EVENTS = {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}


def history_entries(trail: Trail, records: Sequence[Any]) -> list[Entry]:
    """For history records listed newest first: each with what it changed since the one after
    it (the one before it in time), or a creation with the values it began with, without
    records that changed nothing a person sees. A list of MOST_RECORDS + 1 is read for
    MOST_RECORDS: the last only gives the one before."""
    shown = list(records[:MOST_RECORDS])
    earlier = [*records[1 : MOST_RECORDS + 1]]
    earlier += [None] * (len(shown) - len(earlier))
    fields = trail.shown_fields()
    raw = [
        (record, _raw_changes(fields, record, previous))
        for record, previous in zip(shown, earlier, strict=True)
    ]
    names, fallbacks = _related_names(pair for _record, changes in raw for pair in changes)
    entries = []
    for record, changes in raw:
        # A related record named by English standing in for its missing Welsh is marked so.
        languages = {
            model_field.name: "en"
            for model_field, values in changes
            if model_field.is_relation
            and any((model_field.related_model, v) in fallbacks for v in values)
        }
        reason = record.history_change_reason or ""
        if record.history_type == "~" and not changes and not reason:
            continue
        entries.append(
            Entry(
                when=record.history_date,
                who=_who(record),
                event=str(EVENTS.get(record.history_type, "")),
                reason_stored=reason,
                changes=[
                    Change(
                        label=trail.label(model_field),
                        old=shown_value(trail, model_field, old, names),
                        new=shown_value(trail, model_field, new, names),
                        language=languages.get(model_field.name) or _language(model_field),
                    )
                    for model_field, (old, new) in changes
                ],
                is_creation=record.history_type == "+",
            )
        )
    return entries


def _raw_changes(fields: list[models.Field], record, previous) -> list:
    if record.history_type == "+":
        # What the record said at first: every field given a value.
        return [
            (model_field, (None, value))
            for model_field in fields
            if (value := getattr(record, model_field.attname, None)) not in (None, "", [])
        ]
    if previous is None or record.history_type != "~":
        return []
    changes = []
    for model_field in fields:
        old = getattr(previous, model_field.attname, None)
        new = getattr(record, model_field.attname, None)
        if old != new:
            changes.append((model_field, (old, new)))
    return changes


def _who(record) -> str:
    user = record.history_user
    return user.email if user is not None else gettext("The system")


def _related_names(changes: Iterable) -> tuple[dict[tuple[type, Any], str], set]:
    """The names of the records the changed foreign keys point to, and which of them are named
    in English standing in for Welsh: one query for each kind of related record, whatever the
    number of changes."""
    wanted: dict[type[models.Model], set] = defaultdict(set)
    for model_field, values in changes:
        if model_field.is_relation and model_field.many_to_one:
            wanted[model_field.related_model].update(v for v in values if v is not None)
    names, fallbacks = {}, set()
    for related, ids in wanted.items():
        if not ids:
            continue
        # Their own names may need the records they point to (an adoption's body and practice).
        joined = [f.name for f in related._meta.concrete_fields if f.many_to_one and not f.null]
        for found in related._default_manager.select_related(*joined).filter(pk__in=ids):
            names[(related, found.pk)] = str(found)
            if _named_in_english_for_welsh(found):
                fallbacks.add((related, found.pk))
    return names, fallbacks


def _named_in_english_for_welsh(record) -> bool:
    """Whether the record's name (its title, or its name) is English standing in for a
    missing Welsh one in the active language."""
    for name in ("title", "name"):
        if hasattr(record, f"{name}_en") and hasattr(record, f"{name}_cy"):
            return localised(record, name).is_fallback
    return False


def shown_value(trail: Trail, model_field: models.Field, value, names: Mapping) -> str:
    """A stored value as the pages show it, in the active language."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if model_field.name in trail.formats:
        return trail.formats[model_field.name](value)
    if model_field.name.endswith("_pence"):
        return "£" + pounds_written(int(value))
    if model_field.is_relation and model_field.many_to_one:
        return names.get((model_field.related_model, value)) or gettext(
            "A record since deleted (%(id)s)"
        ) % {"id": value}
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if model_field.name in trail.listed_choices:
        listed = trail.listed_choices[model_field.name]
        return ", ".join(str(listed.get(item, item)) for item in value)
    offered = trail.form_choices(model_field.name)
    if isinstance(value, Hashable) and value in offered:
        return str(offered[value])
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "j F Y H:i")
    if isinstance(value, datetime.date):
        return date_format(value, "j F Y")
    if isinstance(value, Decimal | float):
        return number_format(value, force_grouping=True)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or ""
    return str(value)


def _language(model_field: models.Field) -> str:
    if model_field.choices or not isinstance(model_field, models.CharField | models.TextField):
        return ""
    if isinstance(model_field, _NOT_PROSE):
        return ""
    return "cy" if model_field.name.endswith("_cy") else "en"


def records_of(subject: models.Model) -> list:
    """The subject's history records, newest first, with their authors: one query."""
    history = subject.history.select_related("history_user")  # type: ignore[attr-defined]
    return list(history.order_by("-history_id")[: MOST_RECORDS + 1])


def history_page(
    request,
    trail: Trail,
    subject: models.Model,
    *,
    csv_url: str,
    intro: StrOrPromise,
    template: str = "core/history.html",
    extra: Mapping[str, Any] | None = None,
):
    """The history page of one record: its changes, newest first, and a link to the CSV."""
    context = {
        "subject": subject,
        "entries": history_entries(trail, records_of(subject)),
        "csv_url": csv_url,
        "intro": intro,
        **(extra or {}),
    }
    return render(request, template, context)


COLUMNS = (_("When"), _("Who"), _("What changed"))


def entry_cells(entry: Entry) -> list[str]:
    """An entry as the three cells of the page's table, in plain text."""
    what = entry.event
    if entry.reason:
        what += f" ({entry.reason})"
    lines = [what] + [
        f"{change.label}: {change.new}"
        if entry.is_creation
        else f"{change.label}: {change.old or EMPTY} → {change.new or EMPTY}"
        for change in entry.changes
    ]
    when = date_format(timezone.localtime(entry.when), "j F Y H:i")
    return [when, entry.who, "\n".join(lines)]


def history_download(trail: Trail, subject: models.Model, filename: str) -> HttpResponse:
    """The same history as the page, as a CSV file in the page's language."""
    entries = history_entries(trail, records_of(subject))
    return csv_response(
        filename,
        [Column(str(header)) for header in COLUMNS],
        [entry_cells(entry) for entry in entries],
    )
