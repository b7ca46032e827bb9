"""The demo rollout: one run of `arfer demo` (it takes seconds), checked for what the demo
promises: realistic adoptions, ledger entries from 2010-11 to the current year, targets, all
illustrative and all made through the rollout's own rules."""

import io

from django.core.management import call_command
from django.db.models import Count, F, Max, Min
from django.utils import timezone

from arfer.core.periods import year_of
from arfer.rollout.actions import is_backwards
from arfer.rollout.models import CLOSED, Adoption, LedgerEntry, SavingsTarget, StageChange


def test_the_demo_rollout_is_illustrative_realistic_and_loaded_once(db, client):
    out = io.StringIO()
    call_command("demo", stdout=out)
    assert "Demo rollout:" in out.getvalue()

    adoptions = Adoption.objects.all()
    assert adoptions.count() >= 200
    assert not adoptions.filter(is_illustrative=False).exists()
    stages = dict(adoptions.values_list("stage").annotate(n=Count("pk")))
    # Every stage is represented, declined and stopped among them, each with a reason.
    assert set(stages) == {
        "exploring",
        "planning",
        "piloting",
        "implemented",
        "embedded",
        "declined",
        "stopped",
    }
    assert not adoptions.filter(stage__in=CLOSED, closed_reason="").exists()
    assert not adoptions.filter(practice__lead_body=F("body")).exists()
    # Every adoption's timeline starts with its first stage and ends at its current one.
    for adoption in adoptions.prefetch_related("stage_changes")[:50]:
        changes = list(adoption.stage_changes.all())
        assert changes[0].from_stage == "" and changes[-1].to_stage == adoption.stage
    # A move backwards carries its reason.
    for change in StageChange.objects.exclude(from_stage=""):
        if is_backwards(change.from_stage, change.to_stage):
            assert change.reason

    entries = LedgerEntry.objects.all()
    assert not entries.filter(is_illustrative=False).exists()
    span = entries.aggregate(first=Min("financial_year"), last=Max("financial_year"))
    current = year_of(timezone.localdate())
    assert span["first"] == 2010 and span["last"] >= current
    assert entries.filter(financial_year=current, certainty="realised").exists()
    assert entries.filter(verification="verified").exists()
    # Only realised savings are verified: a forecast has nothing to check yet.
    assert not entries.filter(verification="verified", certainty="forecast").exists()
    assert entries.filter(verification="queried").exclude(query_reason="").exists()
    assert entries.filter(kind="non_cashable").exclude(unit="").exists()
    assert entries.filter(adoption__isnull=True).exists()  # the lead bodies' own savings
    assert SavingsTarget.objects.filter(is_illustrative=True).count() >= current - 2010

    # Loading again adds nothing.
    before = (adoptions.count(), entries.count(), SavingsTarget.objects.count())
    call_command("demo", "--if-empty", stdout=io.StringIO())
    assert (adoptions.count(), entries.count(), SavingsTarget.objects.count()) == before

    # The pages the demo feeds render, in both languages.
    practice = adoptions.values_list("practice__slug", flat=True).first()
    for prefix in ("", "/cy"):
        assert client.get(f"{prefix}/practices/{practice}/rollout/").status_code == 200
        assert client.get(f"{prefix}/bodies/gwynedd-council/").status_code == 200
