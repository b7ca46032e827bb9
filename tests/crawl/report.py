"""The crawl's figures, from the `crawl` property each crawl test records, as a summary line
per role and language and, where ARFER_CRAWL_REPORT names a file, as JSON."""

import json
import os
from pathlib import Path


def crawl_records(terminalreporter) -> list[dict]:
    records = []
    for outcome in ("passed", "failed"):
        for report in terminalreporter.stats.get(outcome, []):
            if getattr(report, "when", None) != "call":
                continue
            records.extend(value for key, value in report.user_properties if key == "crawl")
    return sorted(records, key=lambda record: (record["role"], record["language"]))


def summarise(terminalreporter) -> None:
    records = crawl_records(terminalreporter)
    if not records:
        return
    write = terminalreporter.write_line
    terminalreporter.section("crawl")
    for record in records:
        axe = (
            "axe not run"
            if record["axe_pages"] is None
            else f"axe on {record['axe_pages']} ({len(record['axe_violations'])} with violations)"
        )
        write(
            f"{record['role']:16} {record['language']}  {record['pages']:4} pages, "
            f"{record['url_names']:3} kinds, {len(record['leftovers']):3} English leftovers, "
            f"{len(record['failures']):3} failures, {axe}, {record['seconds']} s"
        )
    pages = sum(record["pages"] for record in records)
    leftovers = sum(len(record["leftovers"]) for record in records)
    write(
        f"crawl: {pages} pages crawled by {len(records)} roles and languages, "
        f"{leftovers} English leftovers on Welsh pages"
    )
    if path := os.environ.get("ARFER_CRAWL_REPORT"):
        summary = {"pages": pages, "leftovers": leftovers, "crawls": records}
        Path(path).write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        write(f"crawl report written to {path}")
