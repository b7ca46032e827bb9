"""The first address a person is likely to type, `/`, offers Welsh to a browser that asks for it.

Every other address keeps its language (English unprefixed, Welsh under /cy/), so links and
bookmarks stay what they say. Only the root, reached from outside the site, looks at the
browser's languages: someone who follows the language switch to the English home page from a
Welsh page of the site stays in English."""

from functools import wraps
from urllib.parse import urlsplit

from django.http import HttpRequest
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .bilingual import address_in_language

# What the answer at the root depends on besides its address, for any cache between.
VARIES_ON = ("Accept-Language", "Sec-Fetch-Site", "Referer")


def arrived_from_this_site(request: HttpRequest) -> bool:
    """Whether the person came by a link or form of this site (the language switch): browsers
    say so in Sec-Fetch-Site, older ones in the Referer."""
    if request.headers.get("Sec-Fetch-Site") == "same-origin":
        return True
    referer = request.headers.get("Referer", "")
    try:
        return bool(referer) and urlsplit(referer).netloc == request.get_host()
    except ValueError:  # a Referer that is not an address
        return False


def asks_for_welsh_first(request: HttpRequest) -> bool:
    """Whether the browser's languages put Welsh before English (Django's reading of
    Accept-Language: by quality, the first one Arfer speaks; garbage is no preference)."""
    return translation.get_language_from_request(request) == "cy"


def offers_welsh_first(view):
    """For the home page's view: at the unprefixed address, a browser that asks for Welsh first
    and did not come from this site is sent to the Welsh home page."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if translation.get_language_from_path(request.path_info):
            return view(request, *args, **kwargs)
        if (
            request.method in ("GET", "HEAD")
            and asks_for_welsh_first(request)
            and not arrived_from_this_site(request)
        ):
            response = redirect(address_in_language(request.get_full_path(), "cy"))
        else:
            response = view(request, *args, **kwargs)
        patch_vary_headers(response, VARIES_ON)
        return response

    return wrapped
