"""Money, one way everywhere: amounts are stored as whole pence; pounds as people write them
("£1,234.56", "1234.56", "1,234") are read by one parser, used by the pages' forms
(`core.forms.PoundsField`) and the import files (`imports.cells`); the API takes pence and the
same limits. Each limit is written here once, and the models' constraints, the actions, the
forms, the import and the API read it from here.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

PENCE_PER_POUND = 100

# Above these a figure is a typing slip, not a saving: no single practice costs or saves
# £10 billion, no one entry in the ledger is more than £1 billion, and no year's target for the
# programme or a workstream is more than £100 billion.
MOST_PRACTICE_FIGURE_PENCE = 10_000_000_000 * PENCE_PER_POUND
MOST_ENTRY_PENCE = 1_000_000_000 * PENCE_PER_POUND
MOST_TARGET_PENCE = 100_000_000_000 * PENCE_PER_POUND

# Digits grouped in threes by commas, or not grouped at all, with any decimals after a point:
# "1,2,3" is refused rather than read as £123.
_POUNDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?|\.\d+")
_IGNORED = str.maketrans("", "", "£ \u00a0")


class NotAnAmount(ValueError):
    """Why a written amount was refused, as a code the caller words for its own readers:
    "invalid" (not an amount in pounds), "negative", "fraction" (fractions of a penny) or
    "too_big" (more than the limit it was read against)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def pence_from_pounds(written: str, *, most_pence: int) -> int:
    """The pence of an amount written in pounds; an empty one is 0. Rounds nothing: more than
    two decimal places is refused."""
    cleaned = written.translate(_IGNORED)
    if not cleaned:
        return 0
    if cleaned.startswith("-") and _POUNDS.fullmatch(cleaned[1:]):
        raise NotAnAmount("negative")
    if not _POUNDS.fullmatch(cleaned):
        raise NotAnAmount("invalid")
    try:
        pence = Decimal(cleaned.replace(",", "")) * PENCE_PER_POUND
    except InvalidOperation:
        raise NotAnAmount("invalid") from None
    if pence != pence.to_integral_value():
        raise NotAnAmount("fraction")
    if pence > most_pence:
        raise NotAnAmount("too_big")
    return int(pence)


def pounds_written(pence: int) -> str:
    """Pence as the forms show an amount to edit: "1,200", or "1,200.50" with pence."""
    if pence % PENCE_PER_POUND:
        return f"{pence / PENCE_PER_POUND:,.2f}"
    return f"{pence // PENCE_PER_POUND:,}"


def limit_in_words(pence: int) -> str:
    """A limit as messages give it: £1,000,000,000."""
    return f"£{pence // PENCE_PER_POUND:,}"


def pounds_short(pence: int) -> str:
    """A big amount short enough for a headline figure on a phone's screen, to one decimal
    place, halves rounded up: "£950", "£12.3k", "£440.8m", "£1.2bn" ("£12k", not "£12.0k").
    The same in Welsh: Welsh public bodies print "£440.8m" and "£1.2bn" in Welsh text too (see
    docs/glossary.md). The exact amount belongs beside it (a table, a title)."""
    pounds = abs(Decimal(pence)) / PENCE_PER_POUND
    text = f"£{_half_up(pounds, 0)}"
    if _half_up(pounds, 0) >= 1000:
        for scale, suffix in ((10**3, "k"), (10**6, "m"), (10**9, "bn")):
            scaled = _half_up(pounds / scale, 1)
            # One that rounds up to 1,000 of a scale takes the next: "£1m", not "£1000k".
            if scaled < 1000 or suffix == "bn":
                text = f"£{scaled.normalize():f}{suffix}"
                break
    return f"-{text}" if pence < 0 and text != "£0" else text


def _half_up(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
