"""gunicorn's hooks for `arfer serve` (passed as `--config python:arfer.core.gunicorn_hooks`).

Python's cyclic garbage collector scans every tracked object it holds in the oldest generation
on a full collection. A web process holds hundreds of thousands of them that live as long as it
does (modules, URL patterns, compiled templates, translations, the menu's index), so a full
collection took tens of milliseconds in the middle of some unlucky request. Objects made by
start-up (before the processes fork) and by a first round of requests are moved out of the
collector's sight with `gc.freeze()`: they are never collected, and copy-on-write keeps the
forked processes sharing the start-up's pages.
"""

import gc
import threading

# Requests after which a process's warm-up is over: its templates are compiled, its caches
# filled and its connections open.
WARM_UP_REQUESTS = 200

_served = 0
_counting = threading.Lock()


def pre_fork(server, worker):
    gc.freeze()


def post_request(worker, req, environ, resp):
    global _served
    with _counting:
        _served += 1
        warmed_up = _served == WARM_UP_REQUESTS
    if warmed_up:
        gc.collect()
        gc.freeze()
