"""Form helpers shared by every app's pages."""

from django.core.exceptions import ValidationError

from arfer.core.stale import StaleEdit


def add_errors(form, error: ValidationError) -> None:
    """An action's refusal shown on the form: on its field where it names one, else above
    the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def attempt(form, change):
    """Run an action with a valid form's data: (what the action returned, None) when it went
    through. A refusal is put on the form, (None, None); a stale edit is handed back, (None,
    StaleEdit), for the page to answer 409 with what the other person changed."""
    if not form.is_valid():
        return None, None
    try:
        return change(dict(form.cleaned_data)), None
    except StaleEdit as error:
        return None, error
    except ValidationError as error:
        add_errors(form, error)
        return None, None
