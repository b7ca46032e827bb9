"""Form helpers shared by every app's pages."""

from django.core.exceptions import ValidationError


def add_errors(form, error: ValidationError) -> None:
    """An action's refusal shown on the form: on its field where it names one, else above
    the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
