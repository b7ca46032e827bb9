from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def make_queued_search_documents(sender, using, plan=None, **kwargs):
    """A migration may queue practices for new search documents (as menu 0017 queues every
    published one): they are made before the migrate ends, on whichever database it migrated
    (a synthetic one kept from before included), so that search finds them at once. A migrate
    with nothing to do writes nothing."""
    from django.db import connections

    from .db_triggers import QUEUE_TABLE
    from .search.indexing import refresh_all_queued

    # Not after migrating back past the search documents (menu 0016 and before).
    if plan and QUEUE_TABLE in connections[using].introspection.table_names():
        refresh_all_queued(using=using, alone=True)


class MenuConfig(AppConfig):
    name = "arfer.menu"
    label = "menu"
    verbose_name = _("Menu of good practice")

    def ready(self):
        from arfer.core import reasons
        from arfer.directory.body_page import body_page
        from arfer.directory.signals import body_areas_changed

        from . import my_work
        from .body_section import practices_of_body
        from .bulk import refresh_reach_of_bodies
        from .models import Review

        body_page.add(
            "practices", order=10, template="menu/_body_practices.html", context=practices_of_body
        )
        body_areas_changed.connect(refresh_reach_of_bodies, dispatch_uid="menu-reach-of-bodies")
        # The history's reasons name a review's decision by its value (core/reasons.py).
        reasons.describe_values(reasons.REVIEW, dict(Review.Decision.choices))
        my_work.add_sections()
        post_migrate.connect(make_queued_search_documents, sender=self)
