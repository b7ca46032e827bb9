"""Forms read from a query string: the filters of a list, which its page and the API's list of
the same records both validate through. The page keeps what the form accepts and quietly drops
the rest (a link someone edited still shows a page); the API answers the rest as field errors
(400), because a script wants to hear of its typo. An API list can take its query parameters
from the form itself (`query_parameters`, `checked`), so the two cannot drift apart."""

from dataclasses import dataclass
from typing import Annotated, Any

from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext
from ninja import Field, Schema
from pydantic import WithJsonSchema, create_model


@dataclass(frozen=True)
class ChosenFilter:
    """One filter value set on a list, for its "Selected filters" summary
    (core/_selected_filters.html): the filter's name, the value's and the query string that
    removes this value alone, keeping the other filters and the words."""

    facet: str
    option: str
    query_without: str


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


def query_parameters(form_class, name: str) -> type[Schema]:
    """The API's query parameters made from a filter form: one per field, by the same name and in
    the form's order, described by the form's `described` and documented with the values the
    field accepts. They are read as text, so that the form alone decides what is valid
    (`checked`), exactly as on the page."""
    order = [*(form_class.field_order or []), *form_class.base_fields]
    parameters: dict[str, Any] = {}
    for field_name in dict.fromkeys(order):
        field = form_class.base_fields[field_name]
        many = isinstance(field, forms.MultipleChoiceField)
        annotation = list[str] if many else str | None
        parameters[field_name] = (
            Annotated[annotation, WithJsonSchema(_documented(field))],
            Field([] if many else None, description=form_class.described[field_name]),
        )
    return create_model(name, __base__=Schema, **parameters)


def checked(form_class, parameters: Schema, **kwargs):
    """The form over the API's query parameters; ValidationError (400) for any value it refuses,
    where the page would drop it."""
    data = QueryDict(mutable=True)
    for name, value in parameters.dict().items():
        if value is not None:
            data.setlist(name, value if isinstance(value, list) else [value])
    form = form_class(data, **kwargs)
    errors = refusals(form)
    if errors:
        raise ValidationError(errors)
    return form


def _documented(field: forms.Field) -> dict:
    """The JSON schema of the values a filter field accepts, for the API's reference: its own
    `documented`, or its choices (those not made for each form) and its length."""
    if hasattr(field, "documented"):
        return field.documented
    one: dict[str, Any] = {"type": "string"}
    choices = [value for value, _label in getattr(field, "choices", []) if value != ""]
    if choices:
        one["enum"] = choices
    max_length = getattr(field, "max_length", None)
    if max_length:
        one["maxLength"] = max_length
    if isinstance(field, forms.MultipleChoiceField):
        return {"type": "array", "items": one}
    return one
