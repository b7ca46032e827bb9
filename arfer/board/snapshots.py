"""When the board's figures are calculated again.

Across a national programme (a million adoptions, over a million ledger entries) the gap
analyses take tens of seconds to add up, far too long for a page. So each figure is kept as a
snapshot with a fingerprint of the data it came from: the highest id of every table of the
audit trail (every change to an adoption, saving, practice, partner, body, workstream or target
writes a row there) and of the tables themselves (rows loaded in bulk have no history). A page
reads the snapshot while the fingerprint is unchanged, at the cost of two small queries.

When the data has changed, a figure that took little time last time (every small programme,
and the demo) is calculated again there and then, so the page is exact. One that took longer
than `ARFER_FIGURES_INLINE_MS` is shown as it was, with the time it was calculated and a notice
that later changes are not counted yet, and is queued for the task worker to calculate again
(board/tasks.py); `arfer boardfigures` (on a schedule, and before a board meeting) calculates
every figure again too. Nothing is ever silently out of date: the pages say how old their
figures are.
"""

import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Generic, TypeVar, overload

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.dispatch import Signal
from django.utils import timezone

from arfer.core.page_cache import highest_ids

from .models import FiguresSnapshot

# Sent with `name` once a page has found that figure stale and the transaction has committed.
figure_went_stale = Signal()

# Tables whose highest id says whether anything the figures read has changed since.
FINGERPRINT_COLUMNS = [
    ("rollout_historicaladoption", "history_id"),
    ("rollout_historicalledgerentry", "history_id"),
    ("rollout_historicalsavingstarget", "history_id"),
    ("menu_historicalpractice", "history_id"),
    ("menu_historicalpracticepartner", "history_id"),
    # A practice's documents are listed in the open data files, which share this fingerprint.
    ("menu_historicalpracticeattachment", "history_id"),
    ("directory_historicalbody", "history_id"),
    ("board_historicalworkstream", "history_id"),
    ("board_historicalworkstreampractice", "history_id"),
    ("board_historicalworkstreamtarget", "history_id"),
    ("rollout_adoption", "id"),
    ("rollout_ledgerentry", "id"),
    ("menu_practice", "id"),
    ("menu_practicepartner", "id"),
    ("directory_body", "id"),
]


# The shape of the stored figures. Raise it when a `_compute_*` function changes what it
# returns: every snapshot of an older shape is then calculated again before it is read.
FORMAT = "f1"
# A figure queued for recalculation is not queued again by this process for this long.
QUEUED_FOR_SECONDS = 15 * 60


# What a figure's calculation returns, and what is stored as JSON: a dict of plain values.
Payload = TypeVar("Payload")


@dataclass(frozen=True)
class Figures(Generic[Payload]):
    payload: Payload
    computed_at: datetime
    is_stale: bool  # the data changed since, and the figure was too slow to redo on the spot
    duration_ms: int


def fingerprint() -> str:
    """The state of every table the figures read, in one query of index look-ups."""
    return f"{FORMAT}:{highest_ids(FINGERPRINT_COLUMNS)}"


@overload
def read(name: str, compute: Callable[[], Payload]) -> Figures[Payload]: ...
@overload
def read(
    name: str, compute: Callable[[], object], *, keys: Sequence[str]
) -> Figures[dict[str, Any]]: ...
def read(
    name: str, compute: Callable[[], Any], *, keys: Sequence[str] | None = None
) -> Figures[Any]:
    """The figure named, exact if it can be had quickly, else as last calculated (flagged).
    With `keys`, only those keys of the figure are read (the database picks them out of the
    stored JSON, so a large figure is not decoded whole for a headline)."""
    current = fingerprint()
    found = FiguresSnapshot.objects.filter(name=name)
    snapshot = found.defer("payload").first()
    if (
        snapshot is not None
        and snapshot.fingerprint.startswith(FORMAT + ":")  # of the shape calculated now
        and (
            snapshot.fingerprint == current
            or snapshot.duration_ms > settings.ARFER_FIGURES_INLINE_MS
        )
    ):
        decoded = _decoded_before(snapshot)
        if decoded is not None:
            payload = {key: decoded[key] for key in keys} if keys else decoded
        elif keys:
            payload = _keys_of(found, snapshot, keys)
        else:
            payload = _decode(found, snapshot)
        is_stale = snapshot.fingerprint != current
        if is_stale:
            recalculate_later(name, current)
        return Figures(payload, snapshot.computed_at, is_stale, snapshot.duration_ms)
    figures = recalculate(name, compute, current)
    if keys:
        return replace(figures, payload={key: figures.payload[key] for key in keys})
    return figures


def recalculate_later(name: str, current: str) -> None:
    """Queue the figure's calculation for the task worker, once per state of the data in each
    process (every page view of a stale figure would queue it again otherwise)."""
    if not cache.add(f"arfer:figures-queued:{name}:{current}", True, timeout=QUEUED_FOR_SECONDS):
        return

    # The task worker's task (tasks.py) receives this; announced rather than called, because
    # the task reads the figures module, which reads this one.
    transaction.on_commit(lambda: figure_went_stale.send(sender=FiguresSnapshot, name=name))


# Each process keeps the last payload it decoded of each figure, with the snapshot it came from:
# decoding a large figure (the collaboration network's is over 100 KB of JSON) on every page
# view cost more than everything else the dashboard does. A snapshot is rewritten whole, with a
# new calculation time, so the same snapshot means the same payload. Payloads are read, never
# changed, by the figures that use them.
_decoded_lock = threading.Lock()
_decoded: dict[tuple[str, str, str], tuple[tuple[str, datetime], Any]] = {}


def _decoded_key(name: str) -> tuple[str, str, str]:
    return (connection.alias, str(connection.settings_dict["NAME"]), name)


def _decoded_before(snapshot: FiguresSnapshot, keys: Sequence[str] = ()) -> Any:
    """The payload kept from this snapshot, or with `keys` the part of it read by key."""
    name = snapshot.name if not keys else f"{snapshot.name}:{','.join(keys)}"
    kept = _decoded.get(_decoded_key(name))
    if kept is not None and kept[0] == (snapshot.fingerprint, snapshot.computed_at):
        return kept[1]
    return None


def _decode(snapshots, snapshot: FiguresSnapshot) -> Any:
    payload = snapshots.values_list("payload", flat=True).get()
    _remember(snapshot.name, (snapshot.fingerprint, snapshot.computed_at), payload)
    return payload


def _remember(name: str, snapshot: tuple[str, datetime], payload: Any) -> None:
    # Kept as JSON gives it back, so that a figure reads the same kept as decoded.
    with _decoded_lock:
        _decoded[_decoded_key(name)] = (snapshot, json.loads(json.dumps(payload)))


def _keys_of(snapshots, snapshot: FiguresSnapshot, keys: Sequence[str]) -> dict:
    # Picking keys out of a large stored figure costs the database milliseconds each time, so
    # what was picked is kept with the snapshot it came from, as a decoded payload is.
    picked = _decoded_before(snapshot, keys)
    if picked is None:
        row = snapshots.values(*[f"payload__{key}" for key in keys]).get()
        picked = {key: row[f"payload__{key}"] for key in keys}
        identity = (snapshot.fingerprint, snapshot.computed_at)
        _remember(f"{snapshot.name}:{','.join(keys)}", identity, picked)
    return picked


def recalculate(
    name: str, compute: Callable[[], Payload], current: str | None = None
) -> Figures[Payload]:
    """Calculate the figure now and keep it. The fingerprint is taken first: a change made
    while it is being calculated makes the next read calculate it again."""
    current = current or fingerprint()
    started = time.perf_counter()
    payload = compute()
    duration_ms = round((time.perf_counter() - started) * 1000)
    computed_at = timezone.now()
    FiguresSnapshot.objects.update_or_create(
        name=name,
        defaults={
            "fingerprint": current,
            "computed_at": computed_at,
            "duration_ms": duration_ms,
            "payload": payload,
        },
    )
    _remember(name, (current, computed_at), payload)
    return Figures(payload, computed_at, False, duration_ms)
