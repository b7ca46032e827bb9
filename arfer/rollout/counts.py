"""The precomputed count behind "adopted by bodies like this one": bodies of each kind adopting
each practice. Counting it from the register on every body page means grouping hundreds of
thousands of adoptions at national scale; kept up to date by the actions instead, it is read
from an index. `rebuild_peer_counts` (run by `arfer recount`, and by the migration that made
the table) recomputes it from the register, for when bodies change kind or rows were written
outside the actions."""

from django.db import IntegrityError, connections, transaction
from django.db.models import Count, F

from .models import CLOSED, Adoption, PeerAdoptionCount


def is_counted(stage: str) -> bool:
    return stage not in CLOSED


def adjust_peer_count(
    *, body_kind: str, practice_id: int, delta: int, using: str = "default"
) -> None:
    """Add delta (+1 or -1) to the count, inside the caller's transaction."""
    counts = PeerAdoptionCount.objects.using(using)
    if counts.filter(body_kind=body_kind, practice_id=practice_id).update(
        adopters=F("adopters") + delta
    ):
        return
    if delta < 0:
        return
    try:
        with transaction.atomic(using=using):
            counts.create(body_kind=body_kind, practice_id=practice_id, adopters=delta)
    except IntegrityError:
        # Another writer made the row first: add to theirs.
        counts.filter(body_kind=body_kind, practice_id=practice_id).update(
            adopters=F("adopters") + delta
        )


def adjust_peer_counts(deltas: dict[tuple[str, int], int]) -> None:
    """`adjust_peer_count` for many (body kind, practice id) pairs at once, inside the caller's
    transaction (a bulk import): three queries per batch of practices, not one per adoption."""
    from arfer.core.bulk import WRITE_BATCH, chunked

    deltas = {key: delta for key, delta in deltas.items() if delta}
    practice_ids = sorted({practice_id for _kind, practice_id in deltas})
    for batch in chunked(practice_ids):
        in_batch = set(batch)
        stored = {
            (row.body_kind, row.practice_id): row
            for row in PeerAdoptionCount.objects.filter(practice_id__in=batch)
        }
        changed, created = [], []
        for key, delta in deltas.items():
            if key[1] not in in_batch:
                continue
            row = stored.get(key)
            if row is not None:
                row.adopters = max(row.adopters + delta, 0)
                changed.append(row)
            elif delta > 0:
                created.append(
                    PeerAdoptionCount(body_kind=key[0], practice_id=key[1], adopters=delta)
                )
        PeerAdoptionCount.objects.bulk_update(changed, ["adopters"], batch_size=WRITE_BATCH)
        PeerAdoptionCount.objects.bulk_create(created, batch_size=WRITE_BATCH)


def rebuild_peer_counts_for_bodies(sender, *, body_ids, **kwargs) -> None:
    """Receives the directory's body_kinds_changed: peers are bodies of the same kind. Only the
    counts of the practices these bodies adopt can have moved, so those are counted again from
    the register, inside the sender's transaction: one body's new kind, corrected on its page,
    costs its own adoptions, not the whole register's."""
    from arfer.core.bulk import WRITE_BATCH, chunked

    practice_ids: set[int] = set()
    for batch in chunked(sorted(body_ids)):
        practice_ids.update(
            Adoption.objects.filter(body_id__in=batch).values_list("practice_id", flat=True)
        )
    for batch in chunked(sorted(practice_ids)):
        PeerAdoptionCount.objects.filter(practice_id__in=batch).delete()
        grouped = (
            Adoption.objects.filter(practice_id__in=batch)
            .exclude(stage__in=CLOSED)
            .order_by()
            .values_list("body__kind", "practice_id")
            .annotate(n=Count("pk"))
        )
        PeerAdoptionCount.objects.bulk_create(
            [
                PeerAdoptionCount(body_kind=kind, practice_id=practice_id, adopters=n)
                for kind, practice_id, n in grouped
            ],
            batch_size=WRITE_BATCH,
        )


def rebuild_peer_counts(using: str = "default") -> int:
    """Recompute every count from the register; returns how many rows it holds."""
    grouped = (
        Adoption.objects.using(using)
        .exclude(stage__in=CLOSED)
        .order_by()
        .values_list("body__kind", "practice_id")
        .annotate(n=Count("pk"))
    )
    with transaction.atomic(using=using):
        PeerAdoptionCount.objects.using(using).all().delete()
        PeerAdoptionCount.objects.using(using).bulk_create(
            (
                PeerAdoptionCount(body_kind=kind, practice_id=practice_id, adopters=n)
                for kind, practice_id, n in grouped.iterator(chunk_size=10_000)
            ),
            batch_size=5_000,
        )
        if connections[using].vendor == "sqlite":
            with connections[using].cursor() as cursor:
                cursor.execute("ANALYZE rollout_peeradoptioncount")
    return PeerAdoptionCount.objects.using(using).count()
