from io import StringIO

from django.core.management import call_command


def test_models_and_migrations_agree(db):
    """A model change without its migration fails here, not only in CI."""
    output = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=output, stderr=output)
    except SystemExit as exit_:
        raise AssertionError(f"missing migration:\n{output.getvalue()}") from exit_
