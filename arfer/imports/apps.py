from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    name = "arfer.imports"
    label = "imports"
    verbose_name = _("Bulk imports")

    def ready(self):
        from arfer.accounts.account_page import account_page

        from . import my_work
        from .columns import kinds_for

        account_page.add(
            "imports",
            order=10,
            template="imports/_account_row.html",
            context=lambda request: {} if kinds_for(request.user) else None,
        )
        my_work.add_sections()
