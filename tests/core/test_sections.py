"""A lower app's page draws the sections the apps above it add, in order, for whom they are."""

from django.test import RequestFactory

from arfer.core.sections import PageSections


def test_sections_are_drawn_in_order_with_the_page_context_and_can_be_left_out(settings, tmp_path):
    (tmp_path / "first.html").write_text("first {{ thing }} {{ own }}")
    (tmp_path / "second.html").write_text("second {{ thing }}")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    sections = PageSections()
    sections.add("second", order=20, template="second.html", context=lambda request, **c: {})
    sections.add("first", order=10, template="first.html", context=lambda r, **c: {"own": "a"})
    sections.add("hidden", order=30, template="second.html", context=lambda r, **c: None)
    request = RequestFactory().get("/")
    assert sections.render(request, thing="x") == ["first x a", "second x"]


def test_adding_a_section_again_replaces_it():
    sections = PageSections()
    sections.add("one", order=1, template="a.html", context=lambda r, **c: None)
    sections.add("one", order=1, template="b.html", context=lambda r, **c: None)
    assert [s.template for s in sections._sections.values()] == ["b.html"]


def test_the_body_page_has_the_menu_and_rollout_sections_and_the_account_page_others():
    from arfer.accounts.account_page import account_page
    from arfer.directory.body_page import body_page

    assert list(body_page._sections) == ["practices", "rollout"]
    assert list(account_page._sections) == ["notifications", "imports"]
