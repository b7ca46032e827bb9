"""Rate limits: fixed-window counters kept in the database (accounts.RateLimitCounter), so that
every process on every machine sharing it counts together. One statement per check that reaches
the database: an upsert that starts a new window or adds to the current one, and returns the
count.

A busy client would otherwise cost the database a write for every request, and on SQLite every
process waits its turn to write: sixteen clients calling the API at once got a fifth of the
answers they got with the limit off. So a process takes hits from the shared counter a block at
a time (one fiftieth of the limit, at most 50) and counts them out from memory; a limit of
fewer than 100 takes them one by one, exactly as before. The counter never grants more than the
limit in a window, whatever the number of processes; hits another process took and did not use
can make a client wait up to one block per process sooner than it would otherwise.

Who is counted is hashed into the key (no e-mail address is stored in the clear). A client is
its address, REMOTE_ADDR: behind the TLS proxy, the server puts the client's own address there.
A limit of 0 turns that limit off (and costs no query). If the database cannot count, the request
goes ahead and a warning is logged: a limit must not take the site down with it.
"""

import hashlib
import logging
import math
import random
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils.translation import ngettext

from .models import RateLimitCounter

logger = logging.getLogger(__name__)

MINUTE = 60
HOUR = 60 * 60
# Windows that have ended are deleted now and then by a check, rather than by a job of their own.
SWEEP_CHANCE = 0.01
# Hits taken from the shared counter at once: this share of the limit, no more than LARGEST_BLOCK.
BLOCKS_PER_WINDOW = 50
LARGEST_BLOCK = 50
# Keys with hits in hand that a process remembers before it forgets those of ended windows.
MOST_KEYS_IN_HAND = 10_000


class RateLimited(Exception):
    """Over a limit: `retry_after` is the number of seconds until its window ends."""

    def __init__(self, retry_after: int, message: str = ""):
        super().__init__(message)
        self.retry_after = retry_after
        self.message = message

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.retry_after / MINUTE))


@dataclass(frozen=True)
class Limit:
    name: str
    setting: str  # how many are allowed per period
    period: int  # seconds

    @property
    def allowed(self) -> int:
        return int(getattr(settings, self.setting))


API_TOKEN = Limit("api-token", "ARFER_API_RATE_PER_MINUTE", MINUTE)
API_PERSON = Limit("api-person", "ARFER_API_RATE_PER_MINUTE", MINUTE)
API_CLIENT = Limit("api-client", "ARFER_API_ANONYMOUS_RATE_PER_MINUTE", MINUTE)
EMAIL_CLIENT = Limit("email-client", "ARFER_EMAIL_RATE_PER_CLIENT_PER_HOUR", HOUR)
EMAIL_ADDRESS = Limit("email-address", "ARFER_EMAIL_RATE_PER_ADDRESS_PER_HOUR", HOUR)

_UPSERT = """
INSERT INTO {table} ({key}, {window}, {hits}, {expires_at}) VALUES (%s, %s, %s, %s)
ON CONFLICT ({key}) DO UPDATE SET
    {hits} = CASE WHEN {table}.{window} = excluded.{window}
        THEN {table}.{hits} + excluded.{hits} ELSE excluded.{hits} END,
    {window} = excluded.{window},
    {expires_at} = excluded.{expires_at}
RETURNING {hits}
"""


def _statement() -> str:
    quote = connection.ops.quote_name
    return _UPSERT.format(
        table=quote(RateLimitCounter._meta.db_table),
        key=quote("key"),
        window=quote("window"),
        hits=quote("hits"),
        expires_at=quote("expires_at"),
    )


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR") or "unknown"


def _key(limit: Limit, who: str) -> str:
    return f"{limit.name}:{hashlib.sha256(who.encode()).hexdigest()[:40]}"


def block_size(allowed: int) -> int:
    return max(1, min(LARGEST_BLOCK, allowed // BLOCKS_PER_WINDOW))


# key -> (window, hits this process has taken from the counter and not yet used)
_in_hand: dict[str, tuple[int, int]] = {}
_in_hand_lock = threading.Lock()


def _use_one_in_hand(key: str, window: int) -> bool:
    with _in_hand_lock:
        held = _in_hand.get(key)
        if held is None or held[0] != window or held[1] <= 0:
            return False
        _in_hand[key] = (window, held[1] - 1)
        return True


def _keep_in_hand(key: str, window: int, hits: int) -> None:
    with _in_hand_lock:
        if len(_in_hand) >= MOST_KEYS_IN_HAND:
            for ended in [k for k, (w, _left) in _in_hand.items() if w != window]:
                del _in_hand[ended]
            if len(_in_hand) >= MOST_KEYS_IN_HAND:
                _in_hand.clear()
        held = _in_hand.get(key)
        left = held[1] if held is not None and held[0] == window else 0
        _in_hand[key] = (window, left + hits)


def forget_hits_in_hand() -> None:
    """Drop this process's blocks (for tests, which roll the shared counter back)."""
    with _in_hand_lock:
        _in_hand.clear()


def count(limit: Limit, who: str, *, now: float | None = None) -> None:
    """Count one request of `who` against `limit`; raises RateLimited when it is one too many."""
    allowed = limit.allowed
    if allowed <= 0:
        return
    now = time.time() if now is None else now
    window = int(now // limit.period)
    ends = (window + 1) * limit.period
    key = _key(limit, who)
    if _use_one_in_hand(key, window):
        return
    block = block_size(allowed)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(_statement(), [key, window, block, ends])
            taken = cursor.fetchone()[0]
            if random.random() < SWEEP_CHANCE:
                RateLimitCounter.objects.filter(expires_at__lt=int(now)).delete()
    except DatabaseError:
        logger.warning(
            "Could not count a request for the %s limit; it was let through.",
            limit.name,
            exc_info=True,
        )
        return
    # Of the block just taken, what fits under the limit: this request and the rest in hand.
    granted = min(block, allowed - (taken - block))
    if granted <= 0:
        raise RateLimited(max(1, math.ceil(ends - now)))
    if granted > 1:
        _keep_in_hand(key, window, granted - 1)


# The checks the pages and the API make -----------------------------------------------------------


def count_api_request(request, *, token=None, user=None) -> None:
    """A call of the JSON API: per token, per signed-in person, or else per client address."""
    try:
        if token is not None:
            count(API_TOKEN, str(token.pk))
        elif user is not None and user.is_authenticated:
            count(API_PERSON, str(user.pk))
        else:
            count(API_CLIENT, client_address(request))
    except RateLimited as limited:
        raise RateLimited(
            limited.retry_after,
            ngettext(
                "Too many requests. Try again in %(seconds)d second.",
                "Too many requests. Try again in %(seconds)d seconds.",
                limited.retry_after,
            )
            % {"seconds": limited.retry_after},
        ) from None


def count_email_sent(request, to: str) -> None:
    """A form about to send an e-mail to `to`: per client, then per address (lower-cased)."""
    try:
        count(EMAIL_CLIENT, client_address(request))
    except RateLimited as limited:
        raise RateLimited(
            limited.retry_after,
            ngettext(
                "Too many emails have been sent from your connection recently. Try again in "
                "%(minutes)d minute.",
                "Too many emails have been sent from your connection recently. Try again in "
                "%(minutes)d minutes.",
                limited.minutes,
            )
            % {"minutes": limited.minutes},
        ) from None
    address = (to or "").strip().lower()
    try:
        count(EMAIL_ADDRESS, address)
    except RateLimited as limited:
        raise RateLimited(
            limited.retry_after,
            ngettext(
                "Too many emails have been sent to %(email)s recently. Try again in %(minutes)d "
                "minute.",
                "Too many emails have been sent to %(email)s recently. Try again in %(minutes)d "
                "minutes.",
                limited.minutes,
            )
            % {"email": address, "minutes": limited.minutes},
        ) from None
