"""A method an address does not take (a form posted to a page that only shows, say) answers 405
in the site's design and the page's language, or in the API's error format, rather than with
the empty answer Django's `require_GET` and its kin give (or django-ninja's plain text)."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext

from arfer.core.views import api_error


class MethodNotAllowedPageMiddleware:
    """After the language, the person and their messages are known, so the page is drawn as
    every other page is; the `Allow` header of the refusal is kept."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code != 405
            or response.streaming
            or response.get("Content-Type", "").startswith("application/json")
        ):
            return response
        # At the API's addresses, django-ninja answers a plain-text "Method not allowed".
        message = gettext("This address does not accept %(method)s.") % {"method": request.method}
        answer: HttpResponse | None = api_error(request, 405, message)
        if answer is None:
            if response.content:
                return response
            answer = render(request, "core/405.html", {"method": request.method}, status=405)
        if response.has_header("Allow"):
            answer["Allow"] = response["Allow"]
        return answer
