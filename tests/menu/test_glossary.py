"""The project's glossary read as English-Welsh term pairs for search: the rows of
docs/glossary.md as they stand, and the conventions of its cells on hand-made rows."""

from pathlib import Path

from django.conf import settings

from arfer.menu.search.document import Forms, PracticeWords, Term, search_document
from arfer.menu.search.glossary import (
    GLOSSARY_PATH,
    LONGEST_TERM,
    glossary_rows,
    project_glossary,
    read_glossary,
    terms_of_row,
)
from arfer.menu.search.welsh import WordList

# The rows (their English cells) that give no term, each for a reason: a sentence rather than
# words anyone searches by, or written alike in both languages. A new row that gives no term
# fails the test until its cells are written so that they parse, or it is named here.
DESCRIPTION_ROWS = {
    "Arfer",
    "sector",
    "Level 1: we can describe what we do and why it matters",
    "Level 2: we capture data that shows positive change",
    "Level 3: we can show causality with a comparison or control group",
    "Level 4: independent replication confirms the results",
    "Level 5: manuals and systems ensure consistent replication and impact at scale",
    "Well-being of Future Generations (Wales) Act 2015",
    "£12.3k, £440.8m, £1.2bn (short figures)",
}


def project_rows() -> list[tuple[str, str]]:
    return glossary_rows((Path(settings.BASE_DIR) / GLOSSARY_PATH).read_text(encoding="utf-8"))


def test_every_row_of_the_project_glossary_gives_a_term_but_the_descriptions():
    rows = project_rows()
    assert len(rows) > 300
    assert {english for english, welsh in rows if not terms_of_row(english, welsh)} == (
        DESCRIPTION_ROWS
    )


def test_the_project_glossary_holds_known_pairs():
    terms = set(project_glossary().terms)
    assert {
        Term(("reablement",), ("ailalluogi",)),
        Term(("food", "waste"), ("gwastraff", "bwyd")),
        Term(("falls",), ("cwympiadau",)),
        Term(("falls",), ("codymau",)),
        # A Welsh plural, "(pl. partneriaid)", is a term of its own.
        Term(("partner",), ("partneriaid",)),
        Term(("council",), ("cynghorau",)),
        Term(("saving",), ("arbedion",)),
        Term(("savings",), ("arbediad",)),
    } <= terms


def test_the_project_glossary_is_read_once():
    assert project_glossary() is project_glossary()


def test_the_project_glossary_translates_a_practices_text():
    found = search_document(
        PracticeWords(title_en="Reablement at home", body_cy="Casglu wastraff bwyd"),
        forms=Forms(word_list=WordList(["gwastraff"])),
        glossary=project_glossary(),
    )
    words = set(found.translated.split())
    assert {"ailalluogi", "food", "waste"} <= words


def test_only_table_rows_are_read_and_not_their_headings():
    markdown = "\n".join(
        [
            "# Glossary",
            "Some text | with a bar.",
            "| English | Cymraeg | notes |",
            "|---|---|---|",
            "| reablement | ailalluogi | |",
            "| :-- | :-- | :-- |",
            "| waste | gwastraff | A note. |",
        ]
    )
    assert glossary_rows(markdown) == [("reablement", "ailalluogi"), ("waste", "gwastraff")]
    assert read_glossary(markdown).terms == [
        Term(("reablement",), ("ailalluogi",)),
        Term(("waste",), ("gwastraff",)),
    ]


# The conventions of a row's cells.


def test_words_in_brackets_are_not_part_of_a_term():
    assert terms_of_row("board (programme board)", "bwrdd (bwrdd y rhaglen)") == [
        Term(("board",), ("bwrdd",))
    ]


def test_a_welsh_plural_in_brackets_is_a_term_of_its_own():
    assert terms_of_row("summit", "uwchgynhadledd (pl. uwchgynadleddau)") == [
        Term(("summit",), ("uwchgynhadledd",)),
        Term(("summit",), ("uwchgynadleddau",)),
    ]
    # "partner" is the same word in both languages; only its plural says anything.
    assert terms_of_row("partner", "partner (pl. partneriaid)") == [
        Term(("partner",), ("partneriaid",))
    ]


def test_parts_pair_in_order_when_both_sides_have_as_many():
    assert terms_of_row("open; closed; reopen (an action)", "ar agor; wedi'i gau; ailagor") == [
        Term(("open",), ("ar", "agor")),
        Term(("closed",), ("wedi", "i", "gau")),
        Term(("reopen",), ("ailagor",)),
    ]
    assert terms_of_row("forecast / realised", "a ragwelir / wedi'u gwireddu") == [
        Term(("forecast",), ("a", "ragwelir")),
        Term(("realised",), ("wedi", "u", "gwireddu")),
    ]


def test_parts_pair_every_one_with_every_one_otherwise():
    assert terms_of_row("falls", "cwympiadau / codymau / cwympo") == [
        Term(("falls",), ("cwympiadau",)),
        Term(("falls",), ("codymau",)),
        Term(("falls",), ("cwympo",)),
    ]
    assert set(terms_of_row("adopt, adoption", "mabwysiadu; mabwysiad")) == {
        Term(("adopt",), ("mabwysiadu",)),
        Term(("adopt",), ("mabwysiad",)),
        Term(("adoption",), ("mabwysiadu",)),
        Term(("adoption",), ("mabwysiad",)),
    }


def test_a_slash_without_spaces_is_part_of_a_term():
    assert terms_of_row("24/7 support", "cymorth 24/7") == [
        Term(("24", "7", "support"), ("cymorth", "24", "7"))
    ]


def test_forms_listed_with_commas_pair_with_every_form_of_the_other_side():
    assert set(terms_of_row("nurse, nurses", "nyrs (pl. nyrsys)")) == {
        Term(("nurse",), ("nyrs",)),
        Term(("nurse",), ("nyrsys",)),
        Term(("nurses",), ("nyrs",)),
        Term(("nurses",), ("nyrsys",)),
    }
    # Welsh forms too: "arbedion" alone is the plural, not half of a phrase.
    assert set(terms_of_row("saving, savings", "arbediad, arbedion")) == {
        Term(("saving",), ("arbediad",)),
        Term(("saving",), ("arbedion",)),
        Term(("savings",), ("arbediad",)),
        Term(("savings",), ("arbedion",)),
    }


def test_pairs_that_translate_nothing_are_dropped():
    # The same on both sides.
    assert terms_of_row("Arfer", "Arfer") == []
    assert terms_of_row("£12.3k, £440.8m", "£12.3k, £440.8m") == []
    assert terms_of_row("dementia; dementia care", "dementia; gofal dementia") == [
        Term(("dementia", "care"), ("gofal", "dementia"))
    ]
    # Function words or single letters only, on either side.
    assert terms_of_row("the", "y") == []
    assert terms_of_row("in", "yn") == []
    assert terms_of_row("x", "echel") == []
    # A function word beside another word is kept.
    assert terms_of_row("overdue", "yn hwyr") == [Term(("overdue",), ("yn", "hwyr"))]


def test_terms_longer_than_the_longest_are_dropped():
    longest = " ".join(["gair"] * LONGEST_TERM)
    assert terms_of_row("words", longest) == [Term(("words",), ("gair",) * LONGEST_TERM)]
    assert terms_of_row("words", longest + " arall") == []
    assert terms_of_row(longest.replace("gair", "word") + " more", "geiriau") == []


def test_a_term_is_given_once():
    assert terms_of_row("verify; verify", "dilysu; dilysu") == [Term(("verify",), ("dilysu",))]
