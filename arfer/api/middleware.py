from django.utils import translation
from django.utils.cache import patch_vary_headers

API_PREFIX = "/api/v1/"


class ApiLanguageMiddleware:
    """The API is not translated by URL, as the pages are (/cy/...): its messages follow the
    client's Accept-Language. Runs after LocaleMiddleware, which would otherwise choose English
    for every address without a language prefix."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        language = translation.get_language_from_request(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ("Accept-Language",))
        return response
