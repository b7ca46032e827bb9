"""Why the system changed a record, stored as a code and shown in the reader's language.

The audit trail keeps a reason with each record the system writes for itself (a practice
published, an action closed, a stage moved, a file imported). It is stored as a short code, never
as an English sentence, so that the Welsh pages, the API and exports can all say it in their own
language: `label(code)` is the one place a code becomes words. A reason a person typed is not a
code and is shown as it was written.

A code is a word (`published`) or a word, a colon and a value (`stage:piloting`,
`areas:+torfaen -newport`). The value of `stage` and `verification` is a choice of a model above
this module; those apps name their choices here when they start (`describe_values`), so the label
says "Stage changed to Piloting" in the reader's language.
"""

from collections.abc import Callable, Mapping

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# The codes the actions write.
SUBMITTED = "submitted"
REVISION_APPROVED = "revision_approved"
PUBLISHED = "published"
ARCHIVED = "archived"
ACTION_CLOSED = "closed"
ACTION_REOPENED = "reopened"
IMPORTED = "import"
WELSH_REQUESTED = "welsh_requested"
WELSH_SUPPLIED = "welsh_supplied"
# Codes with a value after the colon.
REVIEW = "review"
STAGE = "stage"
VERIFICATION = "verification"
AREAS = "areas"
DECLINED = "declined"

LABELS: dict[str, Promise] = {
    SUBMITTED: _("Submitted for review"),
    REVISION_APPROVED: _("Revision approved"),
    PUBLISHED: _("Published by the programme team"),
    ARCHIVED: _("Archived"),
    ACTION_CLOSED: _("Action closed"),
    ACTION_REOPENED: _("Action reopened"),
    IMPORTED: _("Imported from a file"),
    WELSH_REQUESTED: _("Welsh text requested"),
    WELSH_SUPPLIED: _("Welsh text supplied"),
}

# For a code with a value: the sentence, with the value's label as %(value)s.
VALUED_LABELS: dict[str, Promise] = {
    REVIEW: _("Review decision: %(value)s"),
    STAGE: _("Stage changed to %(value)s"),
    VERIFICATION: _("Verification set to %(value)s"),
    # The areas' slugs are the same in both languages: "+torfaen -newport".
    AREAS: _("Areas changed: %(value)s"),
    DECLINED: _("Declined: %(value)s"),
}

# The labels of the values of `review`, `stage`, `verification` and `declined`, named by the apps
# that own those choices (their AppConfig.ready()).
_value_labels: dict[str, Callable[[str], object]] = {}


def describe_values(prefix: str, choices: Mapping[str, object]) -> None:
    """Say how the values of a code with a value are read: a model's choices, value to label."""
    if prefix not in VALUED_LABELS:
        raise ValueError(f"{prefix!r} is not a code with a value")
    _value_labels[prefix] = lambda value: choices.get(value, value)


def with_value(prefix: str, value: str) -> str:
    """The code for a change with a value: `with_value(STAGE, "piloting")` is "stage:piloting"."""
    if prefix not in VALUED_LABELS:
        raise ValueError(f"{prefix!r} is not a code with a value")
    return f"{prefix}:{value}"


def is_code(stored: str) -> bool:
    prefix, colon, _value = stored.partition(":")
    return stored in LABELS or (bool(colon) and prefix in VALUED_LABELS)


def label(stored: str | None) -> str:
    """What a stored reason says, in the active language. A reason that is not a code (one a
    person typed, or one written before codes) is shown as it is."""
    if not stored:
        return ""
    if stored in LABELS:
        return str(LABELS[stored])
    prefix, colon, value = stored.partition(":")
    if colon and prefix in VALUED_LABELS:
        describe = _value_labels.get(prefix)
        shown = describe(value) if describe is not None else value
        return str(VALUED_LABELS[prefix]) % {"value": shown}
    return stored
