from types import SimpleNamespace

from django.utils import translation

from arfer.core.bilingual import localised


def test_welsh_text_when_present():
    obj = SimpleNamespace(title_en="Reablement", title_cy="Ailalluogi")
    with translation.override("cy"):
        text = localised(obj, "title")
    assert (text.text, text.language, text.is_fallback) == ("Ailalluogi", "cy", False)


def test_english_with_a_flag_when_welsh_missing():
    obj = SimpleNamespace(title_en="Reablement", title_cy="  ")
    with translation.override("cy"):
        text = localised(obj, "title")
    assert (text.text, text.language, text.is_fallback) == ("Reablement", "en", True)


def test_english_page_never_flags_fallback():
    obj = SimpleNamespace(title_en="Reablement", title_cy="")
    with translation.override("en"):
        assert localised(obj, "title").is_fallback is False


def test_nothing_in_either_language_is_not_a_fallback():
    obj = SimpleNamespace(title_en="", title_cy="")
    with translation.override("cy"):
        assert localised(obj, "title").is_fallback is False
