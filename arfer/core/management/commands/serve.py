import os

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Serve Arfer over HTTP with a production-grade WSGI server (waitress)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("ARFER_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args, host, port, threads, **options):
        from waitress import serve

        from arfer.wsgi import application

        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        self.stdout.write(f"Arfer is being served on http://{host}:{port}/ (Ctrl+C stops it)")
        serve(application, host=host, port=port, threads=threads, ident="arfer")
