"""The programme's own roles, beyond membership of a body. Apart from the models so that the
policy (policy.py), which the models' querysets use, can name them too."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProgrammeRole(models.TextChoices):
    """Roles in the programme itself, beyond membership of a body."""

    NONE = "", _("None")
    MODERATOR = "moderator", _("Programme moderator")
    BOARD = "board", _("Board member")
    ADMIN = "admin", _("Programme admin")
