"""The search's own tables: each published practice's search document, and the queue of
practices whose document is to be made again (see search/indexing.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PracticeSearchDocument(models.Model):
    """The words a published practice is found by (search/document.py), one row per published
    practice. The engines index these columns: SQLite's `menu_practice_fts` reads them as its
    content, PostgreSQL's `search_vector` is generated from them (migration menu 0017)."""

    practice = models.OneToOneField(
        "menu.Practice",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="search_document",
        verbose_name=_("practice"),
    )
    title = models.TextField(_("words of the title"))
    summary = models.TextField(_("words of the summary"))
    body = models.TextField(_("words of the text"))
    variants = models.TextField(_("other forms of the words of the title and summary"))
    body_variants = models.TextField(_("other forms of the words of the text"))
    lead = models.TextField(_("words of the lead body's names"))
    context = models.TextField(_("words of the partners, service areas and tier"))
    translated = models.TextField(_("glossary terms in the other language"))

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self) -> str:
        return str(self.practice_id)


class SearchQueue(models.Model):
    """A practice whose search document is to be made again. Filled by database triggers on
    every write path; not a foreign key, since a deleted practice's id may wait here too."""

    practice_id = models.BigIntegerField(_("practice"), primary_key=True)

    class Meta:
        # Made by the migration's SQL with its triggers (db_triggers.install_search_queue),
        # which must find it even while older migrations run.
        managed = False
        db_table = "menu_searchqueue"
        verbose_name = _("practice waiting for its search document")
        verbose_name_plural = _("practices waiting for their search documents")

    def __str__(self) -> str:
        return str(self.practice_id)
