"""Throughput over real HTTP, side by side with Datasette, run by `make bench-http` (and `make
bench`).

On the synthetic national-scale database (`arfer synth`, as the search benchmark builds it),
Arfer is served as production serves it (`arfer serve` under `ARFER_ENV=production`, several
processes, static files collected, reached as its TLS proxy reaches it) and Datasette serves the
same file. A closed-loop load generator (benchmarks/loadgen.py, loopback only) keeps 1, 4 and 16
clients asking for one address each for a fixed time, the two servers taking turns cell by cell.
For each cell: requests/s, p50, p95, p99, errors and the server's CPU per request; at the end,
each server's memory per process. One address asked again and again meets Arfer's kept pages
(arfer/core/page_cache.py) after the first request, so the "varied searches" row asks for 2,000
different pairs of words in turn, as a crowd would. Datasette answers the same SQL the page runs
at its heart (the first page of a search, of the list, one practice's row); the dashboard and
the rollout map have no Datasette counterpart and are held to their bars alone.

The targets checked (the throughput issue's and the brief's bars):
- typical search at 16 clients, the same search repeated and varied searches alike: at least
  Datasette's requests/s, p95 within 2x of its p95;
- most common word: p95 <= 300 ms at 1 client and <= 1 s at 16;
- practice page, list page and dashboard at 16 clients: p95 <= 250 ms;
- at 1 client, every page within its bar (search 60 ms, common word 300, list and practice
  50, rollout map 50, dashboard 500).

Environment: ARFER_BENCH_PRACTICES, ARFER_BENCH_BODIES, ARFER_BENCH_ADOPTIONS (the search
benchmark's sizes); ARFER_BENCH_HTTP_SECONDS (10) counted seconds per cell after
ARFER_BENCH_HTTP_WARM_UP (2); ARFER_BENCH_HTTP_CLIENTS ("1,4,16"); ARFER_BENCH_HTTP_WORKERS and
ARFER_BENCH_HTTP_THREADS (Arfer's processes and threads: `arfer serve`'s defaults when unset);
ARFER_BENCH_HTTP_CASES (names to run, comma-separated; all when unset). Writes
benchmarks/results/http.json.
"""

import json
import os
import platform
import random
import re
import secrets
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from loadgen import Response, fetch, run_load
from search import FULL_SIZE, quoted, search_sql, synthetic_database

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "http.json"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = 20


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass
class Case:
    name: str
    arfer_paths: list[str]  # asked for in turn
    datasette_paths: list[str] | None  # None: no counterpart
    bar_one_client_ms: float
    signed_in: bool = False


# ---- the two servers -----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int, path: str, process: subprocess.Popen, log: Path, seconds: float = 120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"The server stopped while starting; its log:\n{log.read_text()}")
        try:
            response = fetch(port, "GET", path, {"X-Forwarded-Proto": "https"})
            if response.status < 500:
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise SystemExit(
        f"The server did not answer within {seconds:.0f} s; its log:\n{log.read_text()}"
    )


def arfer_environment(database: Path, data_dir: Path) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ARFER_") and key != "DATABASE_URL"
    }
    environment.update(
        {
            "ARFER_ENV": "production",
            "ARFER_SECRET_KEY": secrets.token_urlsafe(50),
            "ARFER_ALLOWED_HOSTS": "127.0.0.1",
            "ARFER_SITE_URL": "https://127.0.0.1",
            "ARFER_DATA_DIR": str(data_dir),
            "ARFER_SQLITE_PATH": str(database),
            "ARFER_HEALTH_WORKER_EXPECTED": "false",
            # Every client of the benchmark comes from one address, which the API's limit
            # per client (300 calls a minute) would answer with 429 after a second. The calls
            # are still counted, as in production (counting is a database write), against a
            # limit no run reaches.
            "ARFER_API_ANONYMOUS_RATE_PER_MINUTE": "100000000",
        }
    )
    return environment


def arfer(environment: dict[str, str], *arguments: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "arfer.cli", *arguments],
        env=environment,
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"arfer {' '.join(arguments)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def start_arfer(environment: dict[str, str], log: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    command = [sys.executable, "-m", "arfer.cli", "serve", "--port", str(port), "--no-worker"]
    if os.environ.get("ARFER_BENCH_HTTP_WORKERS"):
        command += ["--workers", os.environ["ARFER_BENCH_HTTP_WORKERS"]]
    if os.environ.get("ARFER_BENCH_HTTP_THREADS"):
        command += ["--threads", os.environ["ARFER_BENCH_HTTP_THREADS"]]
    process = subprocess.Popen(
        command, env=environment, cwd=REPO, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    wait_for(port, "/healthz", process, log)
    return process, port


def start_datasette(database: Path, log: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            str(database),
            "--port",
            str(port),
            # The most common word may take longer than Datasette's default one-second limit.
            "--setting",
            "sql_time_limit_ms",
            "20000",
        ],
        cwd=REPO,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    wait_for(port, "/-/versions.json", process, log)
    return process, port


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# ---- what the processes use ----------------------------------------------------------------


def process_tree(pid: int) -> list[int]:
    tree, waiting = [], [pid]
    while waiting:
        current = waiting.pop()
        tree.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                waiting.extend(int(child) for child in children)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return tree


def cpu_seconds(pid: int) -> float:
    total = 0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS


def memory(pid: int) -> dict:
    """Per process: the resident size (what `ps` shows, which counts the pages of a memory-mapped
    database file the process has read: the operating system's file cache, shared and given
    back under pressure) and the anonymous size (the process's own memory: heap, caches,
    interpreter). For the tree: the proportional total (shared pages divided among the
    processes sharing them)."""
    resident, anonymous, proportional = [], [], 0
    for member in process_tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text()
        except (FileNotFoundError, PermissionError):
            continue

        def kilobytes(field: str, text: str = rollup) -> int:
            return int(re.search(rf"{field}:\s+(\d+)", text).group(1))

        resident.append(kilobytes("VmRSS", status) // 1024)
        anonymous.append(kilobytes("Anonymous") // 1024)
        proportional += kilobytes("Pss")
    return {
        "resident_mb_per_process": resident,
        "anonymous_mb_per_process": anonymous,
        "total_pss_mb": proportional // 1024,
    }


# ---- signing in as a board member, as a person does ------------------------------------------


class Cookies:
    """Production cookies are Secure: the proxy speaks HTTPS to the browser, so the benchmark,
    standing where the proxy stands, keeps them itself."""

    def __init__(self):
        self.values: dict[str, str] = {}

    def take(self, response: Response) -> None:
        for header in response.all_headers("set-cookie"):
            name, _, rest = header.partition("=")
            self.values[name.strip()] = rest.split(";", 1)[0]

    def header(self) -> str:
        return "; ".join(f"{name}={value}" for name, value in self.values.items())


def browse(port: int, cookies: Cookies, method: str, path: str, form: dict | None = None):
    headers = {"X-Forwarded-Proto": "https", "Cookie": cookies.header()}
    body = b""
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Origin"] = f"https://127.0.0.1:{port}"
        headers["Referer"] = f"https://127.0.0.1:{port}{path}"
        body = urlencode(form).encode()
    response = fetch(port, method, path, headers, body)
    cookies.take(response)
    while response.status in (301, 302, 303):
        location = response.header("location")
        location = re.sub(r"^https?://[^/]+", "", location)
        response = fetch(port, "GET", location, {**headers, "Cookie": cookies.header()})
        cookies.take(response)
        path = location
    return response, path


def hidden(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', html)
    if not found:
        raise SystemExit(f"No {name} on the page.")
    return found.group(1)


def board_member_cookie(environment: dict[str, str], port: int) -> str:
    """A new board member (one per run: each sets up two-factor sign-in afresh), signed in
    through the sign-in and two-factor pages."""
    sys.path.insert(0, str(REPO))
    from arfer.accounts import totp

    email = f"bench-board-{secrets.token_hex(4)}@example.org"
    password = secrets.token_urlsafe(16)
    arfer(environment, "user", "add", email, "--role", "board", stdin=password + "\n")
    cookies = Cookies()
    page, path = browse(port, cookies, "GET", "/account/sign-in/")
    if page.status != 200:
        raise SystemExit(f"The sign-in page answered {page.status} at {path}.")
    token = hidden(page.body.decode(), "csrfmiddlewaretoken")
    form = {"csrfmiddlewaretoken": token, "username": email, "password": password}
    page, path = browse(port, cookies, "POST", "/account/sign-in/", form)
    html = page.body.decode()
    secret = re.search(r"<code[^>]*>([A-Z2-7 ]{16,})</code>", html)
    if not secret:
        raise SystemExit(f"Expected the two-factor set-up page at {path}, got {page.status}.")
    code = totp.totp(totp.decode_secret(secret.group(1)), time.time())
    form = {"csrfmiddlewaretoken": hidden(html, "csrfmiddlewaretoken"), "code": code}
    page, path = browse(port, cookies, "POST", path, form)
    dashboard, _ = browse(port, cookies, "GET", "/board/")
    if dashboard.status != 200:
        raise SystemExit(f"The board member could not open the dashboard ({dashboard.status}).")
    return cookies.header()


# ---- the cases -----------------------------------------------------------------------------


def datasette_sql(database: Path, sql: str, params: list) -> str:
    """Datasette's JSON for one statement, its ? placeholders named as Datasette wants them."""
    named = {}
    for index, value in enumerate(params):
        sql = sql.replace("?", f":p{index}", 1)
        named[f"p{index}"] = value
    return f"/{database.stem}.json?" + urlencode({"sql": sql, "_shape": "array", **named})


VARIED_SEARCHES = 2000


def varied_queries(raw: sqlite3.Connection) -> list[str]:
    """Two words from the titles of published practices, a different pair for each of
    VARIED_SEARCHES searches (as a crowd asks, rather than one person asking again)."""
    titles = raw.execute(
        "SELECT title_en FROM menu_practice WHERE status = 'published' ORDER BY id"
    ).fetchall()
    chooser = random.Random(1)
    found: list[str] = []
    seen: set[str] = set()
    for (title,) in chooser.sample(titles, min(len(titles), VARIED_SEARCHES * 3)):
        words = [word.lower() for word in re.findall(r"[A-Za-z]{4,}", title)]
        if len(words) < 2:
            continue
        query = " ".join(chooser.sample(words, 2))
        if query not in seen:
            seen.add(query)
            found.append(query)
        if len(found) == VARIED_SEARCHES:
            break
    return found


def build_cases(database: Path, queries: dict) -> list[Case]:
    with sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True) as raw:
        middle = raw.execute(
            "SELECT id, slug FROM menu_practice WHERE status = 'published' ORDER BY id "
            "LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM menu_practice WHERE status = 'published')"
        ).fetchone()
        most_adopted = raw.execute(
            "SELECT p.slug FROM rollout_adoption a JOIN menu_practice p ON p.id = a.practice_id "
            "GROUP BY a.practice_id ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()[0]
        varied = varied_queries(raw)
    typical, common = queries["typical"]["query"], queries["most_common"]["query"]
    list_page = (
        "SELECT p.id, p.slug, p.title_en, p.summary_en, b.name_en FROM menu_practice p "
        "JOIN directory_body b ON b.id = p.lead_body_id WHERE p.status = 'published' "
        f"ORDER BY p.published_at DESC, p.id DESC LIMIT {PAGE_SIZE}"
    )

    def searched(query: str) -> str:
        return "/practices/?" + urlencode({"q": query})

    def searched_in_datasette(query: str) -> str:
        return datasette_sql(database, *search_sql(quoted(query))[0])

    return [
        Case(
            f"typical search: {typical}",
            [searched(typical)],
            [searched_in_datasette(typical)],
            60,
        ),
        Case(
            f"varied searches ({len(varied):,} pairs of words)",
            [searched(query) for query in varied],
            [searched_in_datasette(query) for query in varied],
            60,
        ),
        Case(
            f"most common word: {common}",
            [searched(common)],
            [searched_in_datasette(common)],
            300,
        ),
        Case("list page", ["/practices/"], [datasette_sql(database, list_page, [])], 50),
        Case(
            "practice page",
            [f"/practices/{middle[1]}/"],
            [f"/{database.stem}/menu_practice/{middle[0]}.json"],
            50,
        ),
        Case(
            "API search: " + typical,
            ["/api/v1/practices?" + urlencode({"q": typical})],
            [searched_in_datasette(typical)],
            60,
        ),
        Case("rollout map, most adopted", [f"/practices/{most_adopted}/rollout/"], None, 50),
        Case("board dashboard", ["/board/"], None, 500, signed_in=True),
    ]


# ---- measuring -----------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(pid: int, port: int, paths: list[str], headers: dict, clients: int) -> dict:
    warm_up = env_int("ARFER_BENCH_HTTP_WARM_UP", 2)
    seconds = env_int("ARFER_BENCH_HTTP_SECONDS", 10)
    cpu_before = cpu_seconds(pid)
    result = run_load(
        port, paths, headers=headers, clients=clients, warm_up=warm_up, seconds=seconds
    )
    cpu_used = cpu_seconds(pid) - cpu_before
    done = len(result.latencies_ms)
    # CPU is read over warm-up and counted time alike; requests are counted in the latter only,
    # so the warm-up's share is taken out in proportion.
    cpu_per_request = cpu_used * seconds / (seconds + warm_up) / done * 1000 if done else None
    return {
        "requests_per_second": round(done / seconds, 1),
        "p50_ms": round(statistics.median(result.latencies_ms), 1) if done else None,
        "p95_ms": round(percentile(result.latencies_ms, 0.95), 1) if done else None,
        "p99_ms": round(percentile(result.latencies_ms, 0.99), 1) if done else None,
        "errors": result.errors,
        "first_error": result.first_error,
        "cpu_ms_per_request": round(cpu_per_request, 1) if cpu_per_request else None,
    }


COLUMNS = "{:<34} {:>7} {:>9} {:>8} {:>8} {:>8} {:>6} {:>7}"


def table_line(case: str, clients: int, server: str, row: dict) -> str:
    def shown(value):
        return "-" if value is None else f"{value:,}"

    return COLUMNS.format(
        f"{case[:24]} @{clients}",
        server,
        shown(row["requests_per_second"]),
        shown(row["p50_ms"]),
        shown(row["p95_ms"]),
        shown(row["p99_ms"]),
        row["errors"],
        shown(row["cpu_ms_per_request"]),
    )


def check_targets(cells: dict) -> list[dict]:
    """Each target with its figure and whether it holds."""

    def cell(case_prefix: str, clients: int, server: str = "arfer") -> dict | None:
        for (case, count, who), row in cells.items():
            if case.startswith(case_prefix) and count == clients and who == server:
                return row
        return None

    targets = []

    def target(description: str, holds: bool | None, figure: str) -> None:
        targets.append({"target": description, "holds": holds, "figure": figure})

    # The same search again and again (as the issue measured it) and a crowd's different
    # searches, which no kept page can answer.
    for prefix in ("typical search", "varied searches"):
        arfer16, datasette16 = cell(prefix, 16), cell(prefix, 16, "datasette")
        if not (arfer16 and datasette16 and arfer16["p95_ms"] and datasette16["p95_ms"]):
            continue
        ratio = arfer16["requests_per_second"] / datasette16["requests_per_second"]
        target(f"{prefix} @16: requests/s at least Datasette's", ratio >= 1, f"{ratio:.2f}")
        p95_ratio = arfer16["p95_ms"] / datasette16["p95_ms"]
        target(f"{prefix} @16: p95 within 2x Datasette's", p95_ratio <= 2, f"{p95_ratio:.2f}x")
    for clients, bar in ((1, 300), (16, 1000)):
        row = cell("most common word", clients)
        if row:
            holds = row["p95_ms"] is not None and row["p95_ms"] <= bar and not row["errors"]
            target(f"most common word @{clients}: p95 <= {bar} ms", holds, f"{row['p95_ms']} ms")
    for prefix in ("practice page", "list page", "board dashboard"):
        row = cell(prefix, 16)
        if row:
            holds = row["p95_ms"] is not None and row["p95_ms"] <= 250 and not row["errors"]
            target(f"{prefix} @16: p95 <= 250 ms", holds, f"{row['p95_ms']} ms")
    return targets


def main() -> int:
    practices = env_int("ARFER_BENCH_PRACTICES", FULL_SIZE["practices"])
    bodies = env_int("ARFER_BENCH_BODIES", FULL_SIZE["bodies"])
    client_counts = [
        int(n) for n in os.environ.get("ARFER_BENCH_HTTP_CLIENTS", "1,4,16").split(",")
    ]
    chosen = {n.strip() for n in os.environ.get("ARFER_BENCH_HTTP_CASES", "").split(",") if n}
    database = synthetic_database(practices, bodies)
    summary = json.loads(database.with_suffix(".json").read_text())
    data_dir = database.parent / "bench-http"
    data_dir.mkdir(mode=0o700, exist_ok=True)
    environment = arfer_environment(database, data_dir)

    print("Collecting the static files (once per data folder)...", flush=True)
    arfer(environment, "collectstatic", "--noinput")
    cases = build_cases(database, summary["queries"])
    if chosen:
        cases = [case for case in cases if any(case.name.startswith(name) for name in chosen)]

    arfer_process, arfer_port = start_arfer(environment, data_dir / "arfer.log")
    datasette_process, datasette_port = start_datasette(database, data_dir / "datasette.log")
    cells: dict[tuple[str, int, str], dict] = {}
    try:
        board_cookie = ""
        if any(case.signed_in for case in cases):
            board_cookie = board_member_cookie(environment, arfer_port)
        print(
            f"\n{practices:,} practices, {bodies:,} bodies; {os.cpu_count()} CPUs; "
            f"SQLite {sqlite3.sqlite_version}; "
            f"{env_int('ARFER_BENCH_HTTP_SECONDS', 10)} s per cell after a warm-up.\n"
        )
        header = COLUMNS.format(
            "case @clients", "server", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "cpu ms"
        )
        print(header)
        print("-" * len(header))
        turn = 0
        for case in cases:
            for clients in client_counts:
                servers = [("arfer", arfer_process.pid, arfer_port, case.arfer_paths)]
                if case.datasette_paths:
                    servers.append(
                        ("datasette", datasette_process.pid, datasette_port, case.datasette_paths)
                    )
                # Taking turns at going first, so neither server always meets a warmer machine.
                if turn % 2:
                    servers.reverse()
                turn += 1
                for server, pid, port, paths in servers:
                    headers = {}
                    if server == "arfer":
                        headers["X-Forwarded-Proto"] = "https"
                        if case.signed_in:
                            headers["Cookie"] = board_cookie
                    row = measure(pid, port, paths, headers, clients)
                    cells[(case.name, clients, server)] = row
                    print(table_line(case.name, clients, server, row), flush=True)
        memories = {
            "arfer": memory(arfer_process.pid),
            "datasette": memory(datasette_process.pid),
        }
    finally:
        stop(arfer_process)
        stop(datasette_process)

    targets = check_targets(cells)
    one_client = [
        {
            "target": f"{case.name} @1: p95 <= {case.bar_one_client_ms:.0f} ms",
            "holds": (row := cells.get((case.name, 1, "arfer"))) is not None
            and row["p95_ms"] is not None
            and row["p95_ms"] <= case.bar_one_client_ms,
            "figure": f"{cells[(case.name, 1, 'arfer')]['p95_ms']} ms",
        }
        for case in cases
        if (case.name, 1, "arfer") in cells
    ]
    targets += one_client
    print("\nMemory:")
    for server, figures in memories.items():
        print(
            f"  {server}: MB per process resident {figures['resident_mb_per_process']}, "
            f"anonymous {figures['anonymous_mb_per_process']}; "
            f"total (proportional) {figures['total_pss_mb']} MB"
        )
    print("\nTargets:")
    for target in targets:
        print(
            f"  {'holds' if target['holds'] else 'MISSED'}: {target['target']} ({target['figure']})"
        )

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "database": database.name,
                "practices": practices,
                "bodies": bodies,
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "sqlite": sqlite3.sqlite_version,
                "seconds_per_cell": env_int("ARFER_BENCH_HTTP_SECONDS", 10),
                "cells": [
                    {"case": case, "clients": clients, "server": server, **row}
                    for (case, clients, server), row in cells.items()
                ],
                "memory": memories,
                "targets": targets,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    print(f"\nWritten to {RESULTS.relative_to(REPO)}.")
    return 0 if all(target["holds"] for target in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
