from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "arfer.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from arfer.accounts.account_page import account_page

        account_page.add(
            "notifications",
            order=0,
            template="notifications/_account_row.html",
            context=lambda request: {},
        )
