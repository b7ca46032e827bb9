"""Keeping the search documents (`PracticeSearchDocument`) in step with the practices.

Database triggers (migration menu 0017, `search/queue_triggers.py`) put a practice's id in
`menu_searchqueue` whenever anything it is found by changes, on every write path: its text,
status, lead body or tier; its partners or service areas; a name, sector or kind of one of its
bodies; a service area's name. The queue is worked through here, in Python, since undoing Welsh
mutations and reading the glossary cannot be done in SQL:

- a search first works through a short queue itself (`refresh_before_search`), so what was
  just published is found at once;
- a long one (an import, a body renamed with thousands of practices) is left to a background
  task and to the importer, which work through it in short transactions and then move the
  menu's version, so that searches kept under the old one are redone.

Each batch reads the queue, the practices and writes their documents in one transaction, so a
practice changed meanwhile is queued again rather than lost.
"""

import logging
import secrets
import time

from django.db import DEFAULT_DB_ALIAS, connection, transaction
from django.utils import translation
from django_tasks import task

from arfer.directory.models import Body

from ..models import MenuVersion, Practice, PracticePartner, ServiceArea
from ..search_models import PracticeSearchDocument, SearchQueue
from .document import Forms, PracticeWords, search_document, words_of
from .glossary import project_glossary

logger = logging.getLogger(__name__)

BODY_FIELDS = tuple(
    f"{field}_{language}"
    for field in ("problem", "approach", "outcomes", "adoption_needs")
    for language in ("en", "cy")
)
# A search works through a queue this long itself (a few practices' worth of milliseconds);
# a longer one is left to the background task.
REFRESHED_BEFORE_SEARCH = 200
# The background's batches: about this long each, so writers waiting for SQLite's lock wait
# about that long at most.
BATCH_SECONDS = 0.5
FIRST_BATCH = 200
LARGEST_BATCH = 5_000
# A pause between two batches as long as a writer waiting for SQLite's lock sleeps between its
# tries (its busy handler, at most 100 ms): without it the next batch would take the lock again
# before anyone waiting noticed it was free.
BATCH_PAUSE = 0.1

# Words looked up are kept, at most this many a process (a national menu's vocabulary fits).
MOST_KEPT_FORMS = 500_000
_forms = Forms()


def practice_words(ids: list[int], using: str = DEFAULT_DB_ALIAS) -> dict[int, PracticeWords]:
    """The searchable words of the published practices among `ids`, in five queries."""
    practices = list(
        Practice.objects.using(using)
        .filter(pk__in=ids, status=Practice.Status.PUBLISHED)
        .values(
            "pk",
            "title_en",
            "title_cy",
            "summary_en",
            "summary_cy",
            "lead_body_id",
            "prevention_tier",
            *BODY_FIELDS,
        )
    )
    found = [practice["pk"] for practice in practices]
    partners: dict[int, list[int]] = {}
    for practice_id, body_id in (
        PracticePartner.objects.using(using)
        .filter(practice_id__in=found)
        .values_list("practice_id", "body_id")
    ):
        partners.setdefault(practice_id, []).append(body_id)
    body_ids = {p["lead_body_id"] for p in practices} | {b for bs in partners.values() for b in bs}
    bodies = {
        body["pk"]: body
        for body in Body.objects.using(using)
        .filter(pk__in=body_ids)
        .values("pk", "name_en", "name_cy", "short_name", "sector", "kind")
    }
    areas: dict[int, list[int]] = {}
    through = Practice.service_areas.through
    for practice_id, area_id in (
        through.objects.using(using)
        .filter(practice_id__in=found)
        .values_list("practice_id", "servicearea_id")
    ):
        areas.setdefault(practice_id, []).append(area_id)
    service_areas = {
        area["pk"]: area
        for area in ServiceArea.objects.using(using).values("pk", "name_en", "name_cy", "parent_id")
    }
    labels = _labels()
    words = {}
    for practice in practices:
        pk = practice["pk"]
        context: dict[str, list[str]] = {"en": [], "cy": []}
        lead = bodies[practice["lead_body_id"]]
        for body_id in [practice["lead_body_id"], *partners.get(pk, [])]:
            body = bodies[body_id]
            if body_id != lead["pk"]:
                context["en"] += [body["name_en"], body["short_name"]]
                context["cy"].append(body["name_cy"])
            for language in ("en", "cy"):
                context[language] += [
                    labels[language]["sector"].get(body["sector"], ""),
                    labels[language]["kind"].get(body["kind"], ""),
                ]
        for area_id in areas.get(pk, []):
            area = service_areas[area_id]
            parent = service_areas.get(area["parent_id"]) if area["parent_id"] else None
            for shown in filter(None, (area, parent)):
                context["en"].append(shown["name_en"])
                context["cy"].append(shown["name_cy"])
        for language in ("en", "cy"):
            context[language].append(labels[language]["tier"].get(practice["prevention_tier"], ""))
        words[pk] = PracticeWords(
            title_en=practice["title_en"],
            title_cy=practice["title_cy"],
            summary_en=practice["summary_en"],
            summary_cy=practice["summary_cy"],
            body_en=" ".join(practice[field] for field in BODY_FIELDS if field.endswith("_en")),
            body_cy=" ".join(practice[field] for field in BODY_FIELDS if field.endswith("_cy")),
            lead_en=tuple(filter(None, [lead["name_en"], lead["short_name"]])),
            lead_cy=tuple(filter(None, [lead["name_cy"]])),
            context_en=tuple(dict.fromkeys(filter(None, context["en"]))),
            context_cy=tuple(dict.fromkeys(filter(None, context["cy"]))),
        )
    return words


def _labels() -> dict[str, dict[str, dict[str, str]]]:
    """The sectors', kinds' and tiers' names in each language."""
    from ..models import PreventionTier

    labels = {}
    for language in ("en", "cy"):
        with translation.override(language):
            labels[language] = {
                "sector": {value: str(label) for value, label in Body.Sector.choices},
                "kind": {value: str(label) for value, label in Body.Kind.choices},
                "tier": {value: str(label) for value, label in PreventionTier.choices},
            }
    return labels


def refresh_documents(ids: list[int], using: str = DEFAULT_DB_ALIAS) -> int:
    """Write the search documents of the practices `ids` afresh: a published practice's made
    again, any other's removed. Returns how many were written. Call inside a transaction."""
    global _forms
    if _forms.size() > MOST_KEPT_FORMS:
        _forms = Forms()
    words = practice_words(ids, using)
    _forms.prepare(
        word
        for practice in words.values()
        for text in (practice.title_cy, practice.summary_cy, practice.body_cy)
        for word in words_of(text)
    )
    glossary = project_glossary()
    documents = [
        PracticeSearchDocument(
            practice_id=pk, **search_document(text, forms=_forms, glossary=glossary).columns()
        )
        # In ascending order: FTS5 keeps what it is given in memory only while the rowids
        # rise, and writes it out whenever one falls. Unsorted, at 40,000 documents each
        # took 15 ms instead of 0.3.
        for pk, text in sorted(words.items())
    ]
    PracticeSearchDocument.objects.using(using).filter(practice_id__in=ids).delete()
    PracticeSearchDocument.objects.using(using).bulk_create(documents)
    return len(documents)


def refresh_queued(limit: int, using: str = DEFAULT_DB_ALIAS) -> int:
    """Work through up to `limit` queued practices in one transaction; returns how many were
    taken from the queue."""
    queue = SearchQueue.objects.using(using)
    with transaction.atomic(using=using):
        ids = list(queue.order_by("practice_id").values_list("practice_id", flat=True)[:limit])
        if ids:
            refresh_documents(ids, using)
            queue.filter(practice_id__in=ids).delete()
    return len(ids)


def refresh_before_search() -> None:
    """Before a search: work through the queue if it is short, else make sure the background
    task is on its way. One query when the queue is empty."""
    waiting = list(
        SearchQueue.objects.values_list("practice_id", flat=True)[: REFRESHED_BEFORE_SEARCH + 1]
    )
    if not waiting:
        return
    if len(waiting) <= REFRESHED_BEFORE_SEARCH:
        refresh_queued(REFRESHED_BEFORE_SEARCH)
        return
    refresh_search_documents.enqueue()


def refresh_all_queued(
    using: str = DEFAULT_DB_ALIAS, *, pause: float = BATCH_PAUSE, alone: bool = False
) -> int:
    """Work through the whole queue in short transactions, each about BATCH_SECONDS long, so
    that other writers get in between (`pause` seconds between two); then move the menu's
    version, so that searches kept under it are done again with the new documents. Safe to
    run by several processes at once.

    `alone`: nothing else writes (synth, migrate, `searchdocuments --all`), so every batch is
    the largest: each transaction leaves FTS5 a segment to merge into the index, and the
    smaller they are the more merging there is."""
    done = 0
    size = LARGEST_BATCH if alone else FIRST_BATCH
    while True:
        started = time.monotonic()
        taken = refresh_queued(size, using)
        if not taken:
            break
        done += taken
        took = max(time.monotonic() - started, 0.001)
        if not alone:
            size = max(FIRST_BATCH, min(LARGEST_BATCH, round(taken * BATCH_SECONDS / took)))
            time.sleep(pause)
    if done:
        MenuVersion.objects.using(using).filter(pk=1).update(token=secrets.randbits(62))
        logger.info("Search documents refreshed: %d practices", done)
    return done


@task()
def refresh_search_documents() -> int:
    """The background's catching up: make the documents of every queued practice. A search
    leaves a long queue to this job. Safe to run twice at once."""
    return refresh_all_queued()


def queue_every_practice() -> int:
    """Queue every published practice, and any other with a document (after a change to how
    documents are made: `arfer searchdocuments --all`); returns how many were queued."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO menu_searchqueue (practice_id) SELECT id FROM menu_practice "
            "WHERE (status = 'published' OR id IN "
            "(SELECT practice_id FROM menu_practicesearchdocument)) "
            "AND id NOT IN (SELECT practice_id FROM menu_searchqueue)"
        )
        return cursor.rowcount


def query_forms() -> Forms:
    """The forms of a query's words, from what this process has looked up already."""
    return _forms
