from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "arfer.core"
    label = "core"
    verbose_name = "Arfer"
