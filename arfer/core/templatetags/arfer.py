from django import template
from django.utils.formats import number_format
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from arfer.core import money
from arfer.core.bilingual import active_language, address_in_language, localised
from arfer.core.history import EMPTY
from arfer.core.markdown import render_markdown
from arfer.core.reasons import is_code, label

register = template.Library()


@register.filter
def markdown(source: str) -> str:
    return mark_safe(render_markdown(str(source)))  # noqa: S308 - sanitised by nh3


@register.filter
def reason(stored: str | None) -> str:
    """A reason kept in the audit trail: a code in the page's language (core/reasons.py), or
    what a person typed, marked with the one language it is kept in (`as_written`)."""
    if stored and is_code(stored):
        return label(stored)
    return as_written(stored)


@register.filter
def pounds(pence: int | None) -> str:
    """Whole pounds with thousands separators: 123456789 pence -> £1,234,568."""
    if pence is None or pence == "":
        return ""
    return "£" + number_format(round(pence / 100), force_grouping=True)


@register.filter
def pounds_short(pence: int | None) -> str:
    """A big amount short, for headline figures: 44081234500 pence -> £440.8m."""
    if pence is None or pence == "":
        return ""
    return money.pounds_short(pence)


@register.simple_tag
def text(obj, field: str):
    """A bilingual field in the active language (falling back to English, flagged)."""
    return localised(obj, field)


@register.simple_tag(takes_context=True)
def url_in_language(context, language: str) -> str:
    return address_in_language(context["request"].get_full_path(), language)


@register.filter
def widget_kind(bound_field) -> str:
    """Which GOV.UK pattern renders a form field (see core/_field.html)."""
    from django import forms

    from arfer.core.dates import DateInputWidget

    widget = bound_field.field.widget
    # CheckboxSelectMultiple is a subclass of RadioSelect: it must be asked about first.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, DateInputWidget):
        return "date"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.NumberInput):
        return "number"
    if isinstance(widget, forms.FileInput):
        return "file"
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    return "input"


@register.filter
def input_value(bound_field) -> str | None:
    """The value as the widget writes it, or None for an empty field."""
    return bound_field.field.widget.format_value(bound_field.value())


@register.filter
def date_boxes(bound_field) -> list[dict]:
    """The three boxes of a date input (core/_field.html): each with its name, id, label,
    width, what it holds and whether it is at fault."""
    from arfer.core.dates import PARTS, parts_of

    value = bound_field.value()
    at_fault = bound_field.field.boxes_at_fault(value, bool(bound_field.errors))
    labels = {"day": _("Day"), "month": _("Month"), "year": _("Year")}
    return [
        {
            "name": f"{bound_field.html_name}_{part}",
            "id": f"{bound_field.auto_id}_{part}",
            "label": labels[part],
            "width": 4 if part == "year" else 2,
            "value": shown,
            "error": part in at_fault,
        }
        for part, shown in zip(PARTS, parts_of(value), strict=True)
    ]


@register.simple_tag(takes_context=True)
def written_language(context, bound_field) -> str:
    """The language a text box's contents are in: the one the template gives (`lang`), else
    that of the field's name (`title_en` in English, `title_cy` in Welsh), so that on a page in
    the other language the contents are marked with their own."""
    if given := context.get("lang"):
        return given
    for language in ("en", "cy"):
        if bound_field.name.endswith(f"_{language}"):
            return language
    return ""


@register.filter
def error_target(bound_field) -> str:
    """Where an error summary's link takes the reader: the field; the first option of a set
    of radios or checkboxes (which has no single input of its own); the first box at fault of
    a date."""
    kind = widget_kind(bound_field)
    if kind in ("radios", "checkboxes"):
        return f"{bound_field.auto_id}_0"
    if kind == "date":
        boxes = date_boxes(bound_field)
        return next((box["id"] for box in boxes if box["error"]), boxes[0]["id"])
    return bound_field.id_for_label


@register.filter
def described_by(bound_field) -> str:
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}-hint")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}-error")
    return " ".join(ids)


@register.filter
def financial_year(start_year: int | None) -> str:
    """2025 -> "2025-26"."""
    from arfer.core.periods import year_label

    return year_label(start_year) if start_year else ""


@register.filter
def percentage(share: float | None) -> str:
    """0.4567 -> "46%"."""
    if share is None or share == "":
        return ""
    return number_format(round(share * 100), force_grouping=True) + "%"


@register.simple_tag
def title_of(obj, notice: bool = False) -> str:
    """A bilingual title for running text, marked lang="en" when the Welsh is missing and the
    English stands in (so screen readers pronounce it as English); with `notice`, followed by
    the "Not yet available in Welsh" tag too (where no notice on the page says so already)."""
    return text_of(obj, "title", notice=notice)


@register.filter
def as_written(text) -> str:
    """Text people write where a record keeps one language only (progress notes, evidence,
    reasons, job titles): on a Welsh page it is marked lang="en", like the English standing in
    for a missing Welsh text, so that screen readers say it as English. Inline content only
    (use linebreaksbr, not linebreaks, before it); pages show core/_as_written_notice.html."""
    if text is None or text == "":
        return ""
    if active_language() == "cy":
        return format_html('<span lang="en">{}</span>', text)
    return conditional_escape(text)


@register.simple_tag
def text_of(obj, field: str, notice: bool = False) -> str:
    """Any bilingual field for running text, marked lang="en" like title_of."""
    value = localised(obj, field)
    if value.is_fallback:
        return in_english(value.text, notice=notice)
    return conditional_escape(value.text)


@register.simple_tag
def not_in_welsh_tag() -> str:
    """The tag that follows an English text standing in for a Welsh one (after a link, say,
    rather than inside it)."""
    return format_html(
        '<strong class="govuk-tag govuk-tag--blue arfer-welsh-missing">{}</strong>',
        _("Not yet available in Welsh"),
    )


def in_english(text: str, *, notice: bool) -> str:
    marked = format_html('<span lang="en">{}</span>', text)
    if not notice:
        return marked
    return format_html("{} {}", marked, not_in_welsh_tag())


@register.simple_tag
def history_value(value: str, language: str) -> str:
    """One value of a change in the history: what a person wrote in Welsh is marked Welsh, in
    English as written (`as_written`); the page's own words (labels, dates, money) as they are.
    Long texts are cut short: the CSV download holds them whole."""
    if not value:
        return EMPTY
    shown = Truncator(value).chars(80)
    if language == "cy":
        return format_html('<span lang="cy">{}</span>', shown)
    if language == "en":
        return as_written(shown)
    return conditional_escape(shown)


@register.simple_tag
def record_name(record) -> str:
    """A record's name for running text, marked as text_of marks it: its bilingual title or
    name; an adoption or a saving by its body and its practice (and the saving's quarter)."""
    for name in ("title", "name"):
        if hasattr(record, f"{name}_en") and hasattr(record, f"{name}_cy"):
            return text_of(record, name)
    body, practice = getattr(record, "body", None), getattr(record, "practice", None)
    if body is not None and practice is not None:
        pieces = [text_of(body, "name"), text_of(practice, "title")]
        if period := getattr(record, "period_label", None):
            pieces.append(conditional_escape(period))
        return format_html_join(" · ", "{}", ((piece,) for piece in pieces))
    return conditional_escape(str(record))
