"""The one rule for text that people and programs send, shared by the pages' forms and the API
so that both refuse the same things: no control characters (NUL, escape, delete and the like;
a long text may hold tabs and line breaks, a one-line text may not), and, when not empty,
something visible rather than only spaces or invisible characters."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

ONE_LINE_REFUSAL = _(
    "Enter this on one line, without tabs, line breaks or other control characters."
)
LONG_TEXT_REFUSAL = _(
    "Remove the control characters from this text (tabs and line breaks are fine)."
)
INVISIBLE_REFUSAL = _("Enter some text, not only spaces or other invisible characters.")

# C0 and C1 controls, delete, and lone surrogates (which no database can store).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_BUT_TABS_AND_BREAKS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _is_visible(character: str) -> bool:
    # Spaces (Z*), controls and formatting marks such as zero-width spaces (C*) show nothing.
    return not character.isspace() and unicodedata.category(character)[0] not in "CZ"


def text_problem(value: str, *, long: bool) -> str | None:
    """What is wrong with a text, in words, or None. An empty text is not a problem here:
    whether a field may be left empty is the field's own rule."""
    if (_CONTROL_BUT_TABS_AND_BREAKS if long else _CONTROL).search(value):
        return str(LONG_TEXT_REFUSAL if long else ONE_LINE_REFUSAL)
    if value and not any(_is_visible(character) for character in value):
        return str(INVISIBLE_REFUSAL)
    return None


@deconstructible
class TextRule:
    """The rule as a Django validator, for a form's text field."""

    def __init__(self, *, long: bool):
        self.long = long

    def __call__(self, value) -> None:
        problem = text_problem(str(value), long=self.long)
        if problem:
            raise ValidationError(problem, code="text")

    def __eq__(self, other) -> bool:
        return isinstance(other, TextRule) and other.long == self.long
