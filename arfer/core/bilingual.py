"""Bilingual content: every translatable field is stored twice, `<name>_en` and `<name>_cy`.

Pages ask for the text in the active language; where the Welsh is missing they get the English
and a flag, so the template can show the notice (written in Welsh) that the Welsh Language
Standards expect.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_from_path


@dataclass(frozen=True)
class LocalisedText:
    text: str
    language: str
    is_fallback: bool

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def active_language() -> str:
    return "cy" if (get_language() or "en").startswith("cy") else "en"


def address_in_language(full_path: str, language: str) -> str:
    """The same address in `language` ("/practices/?q=x" -> "/cy/practices/?q=x"). An address
    nothing answers (a page not found) is still the same address in the other language, though
    Django cannot translate it; nor is the database or the host needed (the error pages)."""
    translated = translate_url(full_path, language)
    if translated != full_path:
        return translated
    path, mark, query = full_path.partition("?")
    prefix = get_language_from_path(path)
    if prefix:
        path = path[len(prefix) + 1 :] or "/"
    if language != settings.LANGUAGE_CODE:
        path = f"/{language}{path}"
    return path + mark + query


def localised(obj: object, field: str, language: str | None = None) -> LocalisedText:
    language = language or active_language()
    english = getattr(obj, f"{field}_en", "") or ""
    if language == "cy":
        welsh = getattr(obj, f"{field}_cy", "") or ""
        if welsh.strip():
            return LocalisedText(welsh, "cy", is_fallback=False)
        return LocalisedText(english, "en", is_fallback=bool(english))
    return LocalisedText(english, "en", is_fallback=False)


class BilingualNameMixin:
    """For models with `name_en` and `name_cy`: `name` is the name in the active language."""

    @property
    def name(self) -> str:
        return localised(self, "name").text

    def __str__(self) -> str:
        return self.name
