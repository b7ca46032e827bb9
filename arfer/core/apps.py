from django.apps import AppConfig
from django.db.models.signals import post_migrate


def refresh_sqlite_statistics(sender, using, plan=None, **kwargs):
    """SQLite's query planner needs table statistics, and a migration that rebuilds a table
    loses them: without them a search runs the wrong way round, ten times slower. ANALYZE after
    every migrate that applied something keeps them; a migrate with nothing to do leaves the
    database file untouched."""
    from django.db import connections

    connection = connections[using]
    if connection.vendor == "sqlite" and plan:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


class CoreConfig(AppConfig):
    name = "arfer.core"
    label = "core"
    verbose_name = "Arfer"

    def ready(self):
        # Once per migrate (sent for this app only), after every app's migrations.
        post_migrate.connect(refresh_sqlite_statistics, sender=self)
        # One log line per background job, wherever it runs (the worker, or at once in tests).
        from arfer.core.logs import connect_job_log

        connect_job_log()
