"""The measures of the judged query set (menu/search/quality.py) on small hand-made inputs."""

import pytest

from arfer.menu.search.quality import (
    Judgement,
    Measured,
    describe_misses,
    measure,
    missed,
    read_judgements,
    recall_at,
    reciprocal_rank,
    summarise,
)

HEADER = "query,language,kind,expected,note\n"


def judged(query="falls", language="en", kind="words", expected=("a",), note=""):
    return Judgement(query, language, kind, tuple(expected), note)


def written(tmp_path, *rows: str):
    path = tmp_path / "judged.csv"
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_recall_counts_the_expected_among_the_first_k():
    assert recall_at(["a", "x", "b", "y"], ["a", "b"]) == 1.0
    assert recall_at(["a", "x", "b", "y"], ["a", "b", "c", "d"]) == 0.5
    assert recall_at(["x", "a"], ["a"], k=1) == 0.0
    assert recall_at([], ["a"]) == 0.0


def test_recall_reads_only_the_first_ten():
    ranked = [f"x{n}" for n in range(10)] + ["a"]
    assert recall_at(ranked, ["a"]) == 0.0
    assert recall_at(ranked, ["a"], k=11) == 1.0


def test_recall_works_on_ids_as_on_slugs():
    assert recall_at((7, 3, 9), {3, 4}) == 0.5


def test_recall_of_nothing_expected_is_an_error():
    with pytest.raises(ValueError):
        recall_at(["a"], [])


def test_reciprocal_rank_is_one_over_the_first_expected_position():
    assert reciprocal_rank(["a", "b"], ["a"]) == 1.0
    assert reciprocal_rank(["x", "y", "b", "a"], ["a", "b"]) == pytest.approx(1 / 3)
    assert reciprocal_rank(["x", "y"], ["a"]) == 0.0
    assert reciprocal_rank([], ["a"]) == 0.0


def test_a_measured_query_reads_its_first_ten():
    beyond = Measured(judged(expected=("a", "b")), (*(f"x{n}" for n in range(10)), "a"))
    assert (beyond.recall, beyond.reciprocal_rank, beyond.missing) == (0.0, 0.0, ("a", "b"))
    found = Measured(judged(expected=("a", "b")), ("x", "b", "a"))
    assert (found.recall, found.reciprocal_rank, found.missing) == (1.0, 0.5, ())


def test_measure_asks_for_each_query():
    listed = {"falls": ["a", "b"], "codymau": []}
    results = measure(
        [judged("falls"), judged("codymau", "cy", "crosslanguage")], lambda q: listed[q]
    )
    assert [(r.judgement.query, r.ranked) for r in results] == [
        ("falls", ("a", "b")),
        ("codymau", ()),
    ]


def test_summary_overall_per_kind_and_per_language():
    results = [
        Measured(judged("falls", "en", "words", ["a", "b"]), ("a", "x", "b")),  # 1.0, 1
        Measured(judged("codymau", "cy", "crosslanguage", ["a"]), ("x", "y")),  # 0.0, 0
        Measured(judged("cwympiadau", "cy", "words", ["a", "b"]), ("x", "b")),  # 0.5, 1/2
        Measured(judged("pobl hyn", "cy", "diacritics", ["c"]), ("x", "y", "z", "c")),  # 1, 1/4
    ]
    summary = summarise(results)
    assert summary["queries"] == 4
    assert summary["recall_at_10"] == pytest.approx((1 + 0 + 0.5 + 1) / 4)
    assert summary["mrr"] == pytest.approx((1 + 0 + 0.5 + 0.25) / 4)
    assert list(summary["by_kind"]) == ["words", "diacritics", "crosslanguage"]
    assert summary["by_kind"]["words"] == {"queries": 2, "recall_at_10": 0.75, "mrr": 0.75}
    assert summary["by_kind"]["crosslanguage"] == {"queries": 1, "recall_at_10": 0, "mrr": 0}
    assert summary["by_language"]["en"] == {"queries": 1, "recall_at_10": 1.0, "mrr": 1.0}
    assert summary["by_language"]["cy"]["queries"] == 3
    assert summary["by_language"]["cy"]["recall_at_10"] == pytest.approx(0.5)
    assert summary["by_language"]["cy"]["mrr"] == pytest.approx(0.25)


def test_summary_of_nothing():
    assert summarise([]) == {
        "queries": 0,
        "recall_at_10": 0.0,
        "mrr": 0.0,
        "by_kind": {},
        "by_language": {},
    }


def test_misses_are_described_by_title():
    results = [
        Measured(judged("falls", expected=["a"]), ("a",)),
        Measured(judged("codymau", "cy", "crosslanguage", ["a", "b"], "falls"), ("b", "c")),
        Measured(judged("tai", "cy", "crosslanguage", ["d"]), ()),
    ]
    assert [r.judgement.query for r in missed(results)] == ["codymau", "tai"]
    titles = {"a": "Falls team", "b": "Falls visits", "c": "Care homes"}
    assert describe_misses(results, titles).splitlines() == [
        "'codymau' (cy, crosslanguage): recall 0.50; falls",
        "    missing: Falls team",
        "    found 1: Falls visits",
        "    found 2: Care homes",
        "'tai' (cy, crosslanguage): recall 0.00; ",
        "    missing: d",
        "    found nothing",
    ]


def test_reading_a_judged_file(tmp_path):
    path = written(
        tmp_path,
        'falls,en,words,a b,"falls, in the title"',
        "yng Nghaerdydd,cy,mutated,c,nasal",
    )
    assert read_judgements(path) == [
        Judgement("falls", "en", "words", ("a", "b"), "falls, in the title"),
        Judgement("yng Nghaerdydd", "cy", "mutated", ("c",), "nasal"),
    ]


@pytest.mark.parametrize(
    ("row", "named"),
    [
        ("falls,en,wordz,a,", "kind 'wordz'"),
        ("falls,fr,words,a,", "language 'fr'"),
        ("falls,en,words,,", "expects 0 practices"),
        ("falls,en,words," + " ".join(f"p{n}" for n in range(11)) + ",", "expects 11"),
        ("falls,en,words,a a,", "a practice twice"),
        (" ,en,words,a,", "the query is empty"),
    ],
)
def test_a_bad_row_is_named_by_its_line(tmp_path, row, named):
    path = written(tmp_path, "care,en,words,a,", row)
    with pytest.raises(ValueError, match=rf"judged\.csv, line 3: .*{named}"):
        read_judgements(path)


def test_a_file_with_other_columns_is_refused(tmp_path):
    path = tmp_path / "judged.csv"
    path.write_text("query,lang,kind,expected,note\nfalls,en,words,a,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1: the columns must be"):
        read_judgements(path)
