"""The JSON API, version 1, at /api/v1/: one NinjaAPI whose routers live in the domain apps
(each app's `api.py`), so that a reader finds a noun's pages, API and actions side by side. The
routers call the same querysets and action functions as the pages: the API is another way in,
not a second implementation."""

from ninja import NinjaAPI

from arfer.accounts.ratelimit import RateLimited
from arfer.board.api import router as board_router
from arfer.core.api import errors
from arfer.core.licence import open_government_licence
from arfer.directory.api import router as directory_router
from arfer.menu.api import router as menu_router
from arfer.rollout.api import router as rollout_router

DESCRIPTION = """The programme's data: the directory of public bodies, the menu of good
practice, the adoption register and savings ledger, and the board's meetings, actions and
figures.

Anyone may read what is published. A personal API token (made on your account page, or with
`arfer token create`) reads what its person may see; a token with the read and write scope
makes the changes its person may make. Send it as `Authorization: Bearer <token>`.

Lists are paged with cursors: pass a page's `next` as `cursor` to get the next one. Updates
name the version they change (`version` in the body, or the ETag of your last read in
`If-Match`); a stale one is refused with 409 (or 412) and what changed. Every error has the
same shape: `status`, `code`, `message` and field-level `fields`. Money is in whole pence."""

# The description is in English (its field names are), so it names the licence in English; the
# reference page names it in the reader's language.
LICENCE = open_government_licence("en")

api = NinjaAPI(
    title="Arfer API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs_url=None,  # the documentation page is Arfer's own, at /api/ (accessible, bilingual)
    openapi_extra={"info": {"license": {"name": LICENCE.name, "url": LICENCE.url}}},
)
errors.install(api)


@api.exception_handler(RateLimited)
def rate_limited(request, exc):
    """Over a rate limit (arfer.accounts.api_auth counts every call): 429, and when to try again."""
    response = api.create_response(request, errors.error_body(429, exc.message), status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


api.add_router("", directory_router)
api.add_router("", menu_router)
api.add_router("", rollout_router)
api.add_router("", board_router)
