# ruff: noqa: RUF001 - curly quotes are part of the English being looked for
"""The lists of Django's own strings that Arfer translates (accounts/django_strings.py,
core/admin_strings.py) hold each package's English exactly: a string that differs by a
character is never looked up, and its Welsh is never shown."""

from pathlib import Path

import axes
import django
import django_tasks_db
import simple_history

from arfer.accounts.django_strings import DJANGO_PLURAL_STRINGS, DJANGO_STRINGS
from arfer.core.admin_strings import ADMIN_PLURAL_STRINGS, ADMIN_STRINGS


def _unquote(line: str) -> str:
    text = line[line.index('"') + 1 : line.rindex('"')]
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


def msgids(po: Path) -> set[str]:
    """The msgids (and plural msgids) of a catalogue."""
    found: set[str] = set()
    current: list[str] | None = None
    for line in po.read_text(encoding="utf-8").splitlines():
        if line.startswith(("msgid ", "msgid_plural ")):
            if current is not None:
                found.add("".join(current))
            current = [_unquote(line)]
        elif line.startswith('"') and current is not None:
            current.append(_unquote(line))
        else:
            if current is not None:
                found.add("".join(current))
            current = None
    if current is not None:
        found.add("".join(current))
    return found


def packages_english() -> tuple[set[str], str]:
    """Every msgid of Django's English catalogues and django-simple-history's catalogues; and
    the source of the packages without catalogues of their own."""
    known: set[str] = set()
    for po in Path(django.__file__).parent.glob("**/locale/en/LC_MESSAGES/django.po"):
        known |= msgids(po)
    for po in Path(simple_history.__file__).parent.glob("locale/*/LC_MESSAGES/django.po"):
        known |= msgids(po)
    source = "\n".join(
        path.read_text(encoding="utf-8")
        for package in (axes, django_tasks_db, simple_history)
        for path in Path(package.__file__).parent.glob("**/*")
        if path.suffix in (".py", ".html")
    )
    return known, source


def test_every_listed_string_is_a_packages_own():
    known, source = packages_english()
    listed = [*DJANGO_STRINGS, *ADMIN_STRINGS]
    for lazy in [*DJANGO_PLURAL_STRINGS, *ADMIN_PLURAL_STRINGS]:
        # The lazy plural keeps both English forms.
        listed += [lazy._kw["singular"], lazy._kw["plural"]]
    unknown = [
        text
        for text in listed
        if text not in known and f'"{text}"' not in source and f"'{text}'" not in source
    ]
    assert unknown == []


def test_the_check_tells_a_near_miss():
    known, _source = packages_english()
    assert "Yes, I’m sure" in known and "Yes, I'm sure" not in known
