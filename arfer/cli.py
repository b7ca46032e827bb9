"""`arfer`: the one console entry point. Every management command runs through it
(`arfer migrate`, `arfer demo`, `arfer synth`, `arfer serve`, ...)."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arfer.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["arfer", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
