from django.conf import settings

from .bilingual import active_language


def site(request):
    return {
        "active_language": active_language(),
        "other_language": "en" if active_language() == "cy" else "cy",
        "development_mode": not settings.PRODUCTION,
    }
