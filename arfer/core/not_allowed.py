"""A method an address does not take (a form posted to a page that only shows, say) answers 405
in the site's design and the page's language, or in the API's error format, rather than with
the empty answer Django's `require_GET` and its kin give (or django-ninja's plain text)."""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext

from arfer.core.api.errors import error_body

API_PREFIX = "/api/v1/"


class MethodNotAllowedPageMiddleware:
    """After the language, the person and their messages are known, so the page is drawn as
    every other page is; the `Allow` header of the refusal is kept."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or response.streaming:
            return response
        if request.path_info.startswith(API_PREFIX):
            # django-ninja answers a plain-text "Method not allowed".
            if response.get("Content-Type", "").startswith("application/json"):
                return response
            message = gettext("This address does not accept %(method)s.") % {
                "method": request.method
            }
            answer: HttpResponse = JsonResponse(error_body(405, message), status=405)
        elif response.content:
            return response
        else:
            answer = render(request, "core/405.html", {"method": request.method}, status=405)
        if response.has_header("Allow"):
            answer["Allow"] = response["Allow"]
        return answer
