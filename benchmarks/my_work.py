"""My work benchmark, run by `make bench` after the board benchmark.

Times the page people land on after signing in (/my-work/) through the whole Django stack on the
synthetic national-scale database (`arfer synth`: 10,000 bodies, 100,000 practices, 1,000,000
adoptions and their ledger entries), once for each role: an editor of the body with the most
adoptions, the admin of the body leading the most practices, a moderator (the whole
verification queue), a board member (with a past and a coming meeting, added here once if the
board benchmark has not) and a programme admin. Target: p95 within 50 ms, as a list page.
Writes benchmarks/results/my_work.json.

Environment: as for search.py (ARFER_BENCH_PRACTICES, ARFER_BENCH_BODIES,
ARFER_BENCH_ADOPTIONS, ARFER_BENCH_RUNS).
"""

import datetime
import os
import sqlite3
import sys
import warnings
from pathlib import Path

from rollout import Case, run_cases
from search import FULL_SIZE, WARM_UP_RUNS, env_int, synthetic_database

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "my_work.json"
PAGE_TARGET_MS = 50
ROLES = ["editor", "body_admin", "moderator", "board", "programme_admin"]


def prepare_meetings() -> None:
    """A board meeting a month ago with overdue actions, and one next month: added once."""
    from django.utils import timezone

    from arfer.board import actions
    from arfer.board.models import Meeting
    from arfer.core.actors import SYSTEM
    from arfer.directory.models import Body

    if Meeting.objects.exists():
        return
    today = timezone.localdate()
    owner = Body.objects.order_by("pk").first()
    last = actions.save_meeting(
        {"title_en": "Board", "date": today - datetime.timedelta(days=30)}, actor=SYSTEM
    )
    actions.save_meeting(
        {"title_en": "Next board", "date": today + datetime.timedelta(days=30)}, actor=SYSTEM
    )
    for number in range(15):
        actions.add_action(
            last,
            {
                "text_en": f"Action {number}",
                "owner_body": owner,
                "owner_name": "Owner",
                "due_date": today - datetime.timedelta(days=1 + number),
            },
            actor=SYSTEM,
        )


def prepare_people() -> dict:
    """One person of each role, made once in the synthetic database, and their clients
    (signed in as with their two-factor code)."""
    from django.db.models import Count
    from django.test import Client

    from arfer.accounts import sign_in
    from arfer.accounts.models import Membership, TwoFactorDevice, User
    from arfer.accounts.totp import new_secret
    from arfer.directory.models import Body

    busiest = Body.objects.annotate(n=Count("adoptions")).order_by("-n").first()
    leading = Body.objects.annotate(n=Count("led_practices")).order_by("-n").first()
    people = {}
    for who, role, body in [
        ("editor", "", busiest),
        ("body_admin", "", leading),
        ("moderator", "moderator", None),
        ("board", "board", None),
        ("programme_admin", "admin", None),
    ]:
        user, _ = User.objects.get_or_create(
            email=f"bench-my-work-{who}@example.org", defaults={"programme_role": role}
        )
        if body is not None:
            Membership.objects.get_or_create(
                user=user,
                body=body,
                defaults={"role": "admin" if who == "body_admin" else "editor"},
            )
        if role:
            TwoFactorDevice.objects.get_or_create(user=user, defaults={"secret": new_secret()})
        client = Client()
        client.force_login(user)
        session = client.session
        session[sign_in.STATE_KEY] = sign_in.VERIFIED
        if role:
            sign_in.start_privileged_clock(session)
        session.save()
        people[who] = client
    return people


def main() -> int:
    practices = env_int("ARFER_BENCH_PRACTICES", FULL_SIZE["practices"])
    bodies = env_int("ARFER_BENCH_BODIES", FULL_SIZE["bodies"])
    runs = env_int("ARFER_BENCH_RUNS", 50)
    path = synthetic_database(practices, bodies)
    os.environ.pop("DATABASE_URL", None)
    os.environ["ARFER_SQLITE_PATH"] = str(path)
    os.environ["ARFER_DEBUG"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arfer.settings")
    warnings.filterwarnings("ignore", message="No directory at")

    import django

    django.setup()
    from arfer.rollout.models import Adoption, LedgerEntry

    prepare_meetings()
    clients = prepare_people()
    adoptions, entries = Adoption.objects.count(), LedgerEntry.objects.count()
    print(
        f"{practices:,} practices, {bodies:,} bodies, {adoptions:,} adoptions, {entries:,} "
        f"ledger entries; {runs} runs per row after {WARM_UP_RUNS} warm-up runs; SQLite "
        f"{sqlite3.sqlite_version}; {os.cpu_count()} CPUs.\n"
    )
    cases = [
        Case(f"my work, {who.replace('_', ' ')}", "/my-work/", who, PAGE_TARGET_MS) for who in ROLES
    ]
    facts = {"database": str(path), "practices": practices, "bodies": bodies}
    facts |= {"adoptions": adoptions, "ledger_entries": entries, "runs": runs}
    return run_cases(cases, clients, runs, facts=facts, results=RESULTS)


if __name__ == "__main__":
    sys.exit(main())
