"""Search index size benchmark, run by `make bench` after the search benchmark.

How much room the search takes on the synthetic national-scale database (`arfer synth`:
100,000 practices): the FTS5 index of the search documents, and the documents' own table
(their words, which the index reads as its content), beside what an index of the practices'
own words alone takes (title, summary and body in both languages, accents folded by the
tokenizer: the index before the search documents, migration menu 0017). That one is built here
in a temporary file attached to the database, which is opened read-only otherwise.

Writes benchmarks/results/search_index_size.json.
"""

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from search import FULL_SIZE, env_int, synthetic_database

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "search_index_size.json"
sys.path.insert(0, str(REPO))

MB = 1024 * 1024


def sizes(db: sqlite3.Connection, schema: str, like: str) -> int:
    """Bytes of every table and index of `schema` whose name is LIKE `like`."""
    row = db.execute(
        f"SELECT COALESCE(SUM(pgsize), 0) FROM dbstat('{schema}') WHERE name LIKE ?", [like]
    ).fetchone()
    return int(row[0])


def words_alone_index(db: sqlite3.Connection) -> int:
    """The index of the practices' own words, as it was before the search documents."""
    from arfer.menu.migrations._search_before_documents import INDEXED_STATUS, indexed_values

    with tempfile.TemporaryDirectory() as folder:
        db.execute("ATTACH DATABASE ? AS before", [str(Path(folder) / "before.sqlite3")])
        db.execute(
            "CREATE VIRTUAL TABLE before.words USING fts5(title, summary, body, content='', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        db.execute(
            "INSERT INTO before.words(rowid, title, summary, body) "
            f"SELECT id, {indexed_values('main.menu_practice')} FROM main.menu_practice "
            f"WHERE status = {INDEXED_STATUS}"
        )
        db.commit()
        size = sizes(db, "before", "words%")
        db.execute("DETACH DATABASE before")
    return size


def main() -> int:
    practices = env_int("ARFER_BENCH_PRACTICES", FULL_SIZE["practices"])
    bodies = env_int("ARFER_BENCH_BODIES", FULL_SIZE["bodies"])
    path = synthetic_database(practices, bodies)
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    published = db.execute(
        "SELECT COUNT(*) FROM menu_practice WHERE status = 'published'"
    ).fetchone()[0]
    documents = sizes(db, "main", "menu_practicesearchdocument%")
    index = sizes(db, "main", "menu_practice_fts%")
    before = words_alone_index(db)
    result = {
        "published_practices": published,
        "documents_bytes": documents,
        "index_bytes": index,
        "words_alone_index_bytes": before,
        "database_bytes": path.stat().st_size,
    }
    print(f"Search index on {published:,} published practices ({path.name}):")
    print(f"  FTS5 index of the search documents  {index / MB:8.1f} MB")
    print(f"  the search documents' table          {documents / MB:8.1f} MB")
    print(f"  both                                 {(index + documents) / MB:8.1f} MB")
    print(f"  before: index of their words alone   {before / MB:8.1f} MB")
    print(f"  the whole database file              {path.stat().st_size / MB:8.1f} MB")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
