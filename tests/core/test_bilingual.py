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


def test_what_people_wrote_is_marked_english_on_welsh_pages_only():
    from django.template import Context, Template

    page = Template("{% load arfer %}{{ note|linebreaksbr|as_written }}|{{ empty|as_written }}")
    context = Context({"note": "Done <soon>\nand & signed", "empty": ""})
    with translation.override("en"):
        assert page.render(context) == "Done &lt;soon&gt;<br>and &amp; signed|"
    with translation.override("cy"):
        assert page.render(context) == (
            '<span lang="en">Done &lt;soon&gt;<br>and &amp; signed</span>|'
        )


def test_the_notice_that_what_people_wrote_is_in_one_language_is_on_welsh_pages_only():
    from django.template.loader import render_to_string

    with translation.override("en"):
        assert "written-in-one-language" not in render_to_string("core/_as_written_notice.html")
    with translation.override("cy"):
        assert "written-in-one-language" in render_to_string("core/_as_written_notice.html")


def test_a_forms_english_and_welsh_boxes_are_marked_with_their_own_language():
    from django import forms
    from django.template.loader import render_to_string

    class Form(forms.Form):
        title_en = forms.CharField(label="Title in English")
        title_cy = forms.CharField(label="Title in Welsh", widget=forms.Textarea)
        note = forms.CharField(label="Note")

    form = Form(initial={"title_en": "Falls", "title_cy": "Cwympiadau", "note": "Soon"})
    with translation.override("cy"):
        english = render_to_string("core/_field.html", {"field": form["title_en"]})
        welsh = render_to_string("core/_field.html", {"field": form["title_cy"]})
        note = render_to_string("core/_field.html", {"field": form["note"]})
        given = render_to_string("core/_field.html", {"field": form["note"], "lang": "en"})
    assert ' lang="en"' in english and ' lang="cy"' in welsh
    assert " lang=" not in note and ' lang="en"' in given


def test_the_history_names_fields_and_choices_as_people_read_them(practice_factory):
    from arfer.core.history import history_entries
    from arfer.menu.editing_views import PRACTICE_TRAIL
    from arfer.menu.models import Practice

    practice = practice_factory("falls", title_en="Falls", title_cy="Cwympiadau")
    Practice.objects.filter(pk=practice.pk).update(title_en="Falls at home")
    practice.refresh_from_db()
    practice.save()
    with translation.override("cy"):
        entries = history_entries(PRACTICE_TRAIL, list(practice.history.all()))
        changes = [change for entry in entries for change in entry.changes]
        by_label = {}  # the newest change of each field (entries are listed newest first)
        for change in changes:
            by_label.setdefault(str(change.label), change)
        title_label = PRACTICE_TRAIL.label(Practice._meta.get_field("title_en"))
        status_label = PRACTICE_TRAIL.label(Practice._meta.get_field("status"))
        published = str(Practice.Status.PUBLISHED.label)
    # Read as a Welsh page reads them: the label in Welsh, the choice by its Welsh label, the
    # English a person wrote marked as English.
    assert by_label[status_label].new == published and by_label[status_label].language == ""
    assert by_label[title_label].new == "Falls at home"
    assert by_label[title_label].language == "en"
