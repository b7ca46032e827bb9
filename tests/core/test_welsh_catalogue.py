"""The Welsh catalogue is complete, and the compiled catalogue matches its source."""

import codecs
import gettext
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "arfer" / "locale" / "cy" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOGUE.with_suffix(".mo")


def parse_po(text: str) -> list[dict]:
    """Entries of a .po file: flags, msgctxt, msgid, msgid_plural and msgstr[...] (strings
    joined)."""
    entries, current, key = [], None, None
    for line in [*text.splitlines(), ""]:
        if not line.strip():
            if current:
                entries.append(current)
            current, key = None, None
            continue
        current = current or {"flags": "", "msgstr": {}}
        if line.startswith("#,"):
            current["flags"] += line
        elif line.startswith("#"):
            continue
        else:
            match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d)\])?) "(.*)"$', line)
            if match:
                key = match.group(1)
                value = match.group(3)
            else:
                value = re.match(r'"(.*)"$', line).group(1)
            if key.startswith("msgstr"):
                index = key[7] if "[" in key else "0"
                current["msgstr"][index] = current["msgstr"].get(index, "") + value
            else:
                current[key] = current.get(key, "") + value
    return entries


def unescape(text: str) -> str:
    """The string a .po literal stands for (its backslash escapes resolved)."""
    if "\\" not in text:
        return text
    return codecs.decode(text.encode("utf-8"), "unicode_escape").encode("latin-1").decode("utf-8")


@pytest.fixture(scope="module")
def entries():
    return parse_po(CATALOGUE.read_text(encoding="utf-8"))


def test_no_untranslated_or_fuzzy_entries(entries):
    problems = []
    for entry in entries:
        if not entry.get("msgid"):
            assert "fuzzy" not in entry["flags"], "the catalogue header is still fuzzy"
            continue
        if "fuzzy" in entry["flags"]:
            problems.append(("fuzzy", entry["msgid"]))
        forms = 4 if "msgid_plural" in entry else 1
        for index in range(forms):
            if not entry["msgstr"].get(str(index)):
                problems.append(("untranslated", entry["msgid"]))
    assert not problems, problems


def test_placeholders_survive_translation(entries):
    placeholder = re.compile(r"%\(\w+\)s|%s|%d")
    for entry in entries:
        if not entry.get("msgid"):
            continue
        expected = sorted(set(placeholder.findall(entry["msgid"] + entry.get("msgid_plural", ""))))
        for translation in entry["msgstr"].values():
            assert set(placeholder.findall(translation)) <= set(expected), entry["msgid"]


# Words after which Welsh mutates the next word's first letter (soft, nasal or aspirate). A
# name put straight after one of them would read wrongly ("i Cyngor Sir Caerfyrddin" should be
# "i Gyngor ..."), and a name from the database cannot be mutated safely, so the translation is
# written with the name elsewhere ("gan y corff hwn: %(body)s").
MUTATING_WORDS = (
    "i", "â", "a", "gan", "wrth", "dros", "o", "am", "ar", "at", "heb", "tan", "trwy", "drwy",
    "yn", "fy", "ei",
)  # fmt: skip
# Placeholders that only ever hold figures, dates or e-mail addresses: written Welsh does not
# mutate those, so they may follow the words above.
UNMUTATED_PLACEHOLDERS = {
    "connected", "count", "cross", "current", "date", "day", "email", "first", "invited",
    "isolated", "last", "last_page", "latest", "limit", "minutes", "page", "pages", "position",
    "rows", "share", "shown", "size", "step_count", "total", "when", "calculated", "asked",
    "recorded", "percent", "most",
}  # fmt: skip
PLACEHOLDER_AFTER_MUTATING_WORD = re.compile(
    r"(?<![\w%])(" + "|".join(MUTATING_WORDS) + r")\s+(%\((\w+)\)[sd]|%[sd]|\{\w*\})",
    re.IGNORECASE,
)


def placeholders_after_mutating_words(translation: str) -> list[str]:
    return [
        match.group(0)
        for match in PLACEHOLDER_AFTER_MUTATING_WORD.finditer(translation)
        if match.group(3) not in UNMUTATED_PLACEHOLDERS
    ]


@pytest.mark.parametrize(
    "translation, flagged",
    [
        ("Ymuno â %(body)s", ["â %(body)s"]),
        ("Gwahoddiad i %(body)s", ["i %(body)s"]),
        ("A %(name)s", ["A %(name)s"]),
        ("mae gan %s", ["gan %s"]),
        ("Wedi'i gau ar %(date)s", []),
        ("Ymuno â'r corff hwn: %(body)s", []),
        ("Tai %(body)s", []),
        ("Dewis %(body)s", []),
    ],
)
def test_the_mutation_check_finds_names_after_mutating_words(translation, flagged):
    assert placeholders_after_mutating_words(translation) == flagged


def test_no_name_follows_a_word_that_would_mutate_it(entries):
    problems = []
    for entry in entries:
        for translation in entry["msgstr"].values():
            found = placeholders_after_mutating_words(unescape(translation))
            if found:
                problems.append((entry.get("msgid"), found))
    assert not problems, problems


def test_compiled_catalogue_matches_its_source(entries):
    with COMPILED.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in entries:
        msgid = unescape(entry.get("msgid", ""))
        if not msgid or "msgid_plural" in entry:
            continue
        if "msgctxt" in entry:
            translated = compiled.pgettext(unescape(entry["msgctxt"]), msgid)
        else:
            translated = compiled.gettext(msgid)
        assert translated == unescape(entry["msgstr"]["0"]), msgid


def test_every_translatable_string_is_in_the_catalogue(tmp_path):
    """Running makemessages afresh adds nothing: no string was marked after the last update."""
    if subprocess.run(["which", "xgettext"], capture_output=True).returncode != 0:
        pytest.skip("GNU gettext is not installed")
    work = tmp_path / "arfer"
    subprocess.run(["cp", "-r", str(ROOT / "arfer"), str(work)], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "arfer.cli",
            "makemessages",
            "--locale",
            "cy",
            "--no-obsolete",
            "--no-location",
            "--ignore",
            "static/*",
        ],
        cwd=work,
        check=True,
        capture_output=True,
        timeout=300,
    )
    fresh = {
        (e.get("msgctxt"), e.get("msgid"))
        for e in parse_po(
            (work / CATALOGUE.relative_to(ROOT / "arfer")).read_text(encoding="utf-8")
        )
    }
    committed = {
        (e.get("msgctxt"), e.get("msgid")) for e in parse_po(CATALOGUE.read_text(encoding="utf-8"))
    }
    assert fresh - committed == set()
