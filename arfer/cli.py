"""`arfer`: the one console entry point. Every management command runs through it
(`arfer migrate`, `arfer demo`, `arfer synth`, `arfer serve`, ...)."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    # Files and folders Arfer makes (the data folder, the database, the secret key, uploads,
    # backups, open data files) are the service's user's alone. Processes started from here,
    # the web and task workers of `arfer serve`, inherit it.
    os.umask(0o077)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arfer.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["arfer", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
