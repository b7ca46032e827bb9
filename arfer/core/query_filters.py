"""Forms read from a query string: the filters of a list, which its page and the API's list of
the same records both validate through. The page keeps what the form accepts and quietly drops
the rest (a link someone edited still shows a page); the API answers the rest as field errors
(400), because a script wants to hear of its typo."""

from django import forms
from django.utils.translation import gettext


def unknown(values) -> str:
    """The message for values that are not among the choices."""
    return gettext("Unknown: %(values)s.") % {"values": ", ".join(sorted(values))}


def _given(form, name: str) -> list[str]:
    return form.data.getlist(name) if hasattr(form.data, "getlist") else []


def accepted(form) -> dict:
    """The values the form accepts, by field. A field whose value it refuses is left out, but a
    multiple choice keeps those of its values that are among its choices."""
    form.is_valid()
    values = dict(form.cleaned_data)
    for name in form.errors:
        field = form.fields.get(name)
        if isinstance(field, forms.MultipleChoiceField):
            values[name] = [field.clean([v])[0] for v in _given(form, name) if field.valid_value(v)]
    return values


def refusals(form) -> dict[str, list[str]]:
    """What is wrong with the values the form was given, by field: a choice that is not offered
    is named as unknown, anything else in the field's own words."""
    form.is_valid()
    found = {}
    for name, errors in form.errors.items():
        field = form.fields.get(name)
        if isinstance(field, forms.MultipleChoiceField):
            not_offered = [v for v in _given(form, name) if not field.valid_value(v)]
            found[name] = [unknown(not_offered)] if not_offered else list(errors)
        elif isinstance(field, forms.ChoiceField):
            found[name] = [unknown([str(form.data.get(name))])]
        else:
            found[name] = list(errors)
    return found
