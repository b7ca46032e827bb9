from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MenuConfig(AppConfig):
    name = "arfer.menu"
    label = "menu"
    verbose_name = _("Menu of good practice")
