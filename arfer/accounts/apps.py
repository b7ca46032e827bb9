from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "arfer.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from .my_work import add_own_sections

        add_own_sections()
