"""Money has one parser and one set of limits (arfer/core/money.py): the pages' forms, the
import files and the API agree on what an amount is."""

import re
from pathlib import Path

import pytest

from arfer.core.forms import PoundsField
from arfer.core.money import (
    MOST_ENTRY_PENCE,
    MOST_PRACTICE_FIGURE_PENCE,
    MOST_TARGET_PENCE,
    NotAnAmount,
    limit_in_words,
    pence_from_pounds,
    pounds_short,
    pounds_written,
)
from arfer.imports.cells import CellError, pounds_up_to

# Written amount -> pence, or the code it is refused with (read against £1 billion).
CASES = [
    ("", 0),
    ("0", 0),
    ("12", 1_200),
    ("£12", 1_200),
    ("12.5", 1_250),
    ("£1,234.56", 123_456),
    ("1,234", 123_400),
    ("1234567", 123_456_700),
    (".5", 50),
    ("£ 1 200", 120_000),
    ("1,000,000,000", MOST_ENTRY_PENCE),
    ("1,000,000,000.01", "too_big"),
    ("1,2,3", "invalid"),
    ("12,34", "invalid"),
    ("lots", "invalid"),
    ("NaN", "invalid"),
    ("1e400", "invalid"),
    ("12.", "invalid"),
    ("-5", "negative"),
    ("-£5", "negative"),
    ("12.345", "fraction"),
    ("0.001", "fraction"),
]


@pytest.mark.parametrize(("written", "expected"), CASES)
def test_the_parser_reads_pounds_as_people_write_them(written, expected):
    if isinstance(expected, int):
        assert pence_from_pounds(written, most_pence=MOST_ENTRY_PENCE) == expected
    else:
        with pytest.raises(NotAnAmount) as refused:
            pence_from_pounds(written, most_pence=MOST_ENTRY_PENCE)
        assert refused.value.code == expected


@pytest.mark.parametrize(("written", "expected"), CASES)
def test_the_forms_and_the_import_agree_on_every_amount(written, expected):
    from django import forms

    field = PoundsField(most_pence=MOST_ENTRY_PENCE, required=False)
    cell = pounds_up_to(MOST_ENTRY_PENCE)
    if isinstance(expected, int):
        assert field.clean(written) == cell(written) == expected
        return
    with pytest.raises(forms.ValidationError):
        field.clean(written)
    with pytest.raises(CellError):
        cell(written)


def test_an_amount_shown_to_edit_reads_back_the_same():
    for pence in (1, 50, 1_200, 123_456, 100_000, MOST_ENTRY_PENCE):
        assert pence_from_pounds(pounds_written(pence), most_pence=MOST_ENTRY_PENCE) == pence


def test_messages_give_the_limit_they_were_read_against():
    from django import forms

    field = PoundsField(most_pence=MOST_PRACTICE_FIGURE_PENCE, subject="the set-up cost")
    with pytest.raises(forms.ValidationError) as refused:
        field.clean("10,000,000,001")
    assert refused.value.messages == ["The set-up cost must be no more than £10,000,000,000."]
    with pytest.raises(CellError) as refused_cell:
        pounds_up_to(MOST_ENTRY_PENCE)("£2,000,000,000")
    assert "£1,000,000,000" in str(refused_cell.value)


def test_the_constraints_and_the_api_use_the_same_limits():
    from arfer.board.models import WorkstreamTarget
    from arfer.rollout.models import LedgerEntry, SavingsTarget

    def limit_of(model, name):
        constraint = next(c for c in model._meta.constraints if c.name == name)
        return dict(constraint.condition.children)["amount_pence__lte"], str(
            constraint.violation_error_message
        )

    for model, name, limit in [
        (LedgerEntry, "ledger_amount_sensible", MOST_ENTRY_PENCE),
        (SavingsTarget, "target_amount_sensible", MOST_TARGET_PENCE),
        (WorkstreamTarget, "workstream_target_amount_sensible", MOST_TARGET_PENCE),
    ]:
        stored, message = limit_of(model, name)
        assert stored == limit and limit_in_words(limit) in message


def test_no_money_limit_is_written_outside_the_money_module():
    """A limit written as a number elsewhere is a limit that will drift."""
    root = Path(__file__).resolve().parents[2] / "arfer"
    written = re.compile(r"10\s*\*\*\s*1[0-4]\b|\b1(00|0)?_000_000_000\b")
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        if "migrations" not in path.parts and path.name != "money.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if written.search(line)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("pence", "short"),
    [
        (0, "£0"),
        (95_000, "£950"),
        (99_949, "£999"),
        (99_950, "£1k"),  # £999.50 rounds up to £1,000
        (1_234_500, "£12.3k"),
        (1_200_000, "£12k"),
        (44_081_234_500, "£440.8m"),
        (99_995_000_000, "£1bn"),  # £999.95m would be "£1000m"
        (123_456_789_012_345, "£1234.6bn"),
        (-1_234_500, "-£12.3k"),
        (-40, "£0"),
    ],
)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_big_amounts_are_shown_short_in_both_languages(pence, short, language):
    from django.template import Context, Template
    from django.utils import translation

    assert pounds_short(pence) == short
    with translation.override(language):
        shown = Template("{% load arfer %}{{ amount|pounds_short }}").render(
            Context({"amount": pence})
        )
    assert shown == short
