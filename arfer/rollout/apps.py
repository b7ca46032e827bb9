from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RolloutConfig(AppConfig):
    name = "arfer.rollout"
    label = "rollout"
    verbose_name = _("Rollout")
