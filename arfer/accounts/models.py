"""People who sign in. Email is the sign-in name: members of public bodies know their work
address, not a username."""

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailUserManager(UserManager):
    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class ProgrammeRole(models.TextChoices):
    """Roles in the programme itself, beyond membership of a body."""

    NONE = "", _("None")
    MODERATOR = "moderator", _("Programme moderator")
    BOARD = "board", _("Board member")
    ADMIN = "admin", _("Programme admin")


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)
    programme_role = models.CharField(
        _("programme role"), max_length=12, choices=ProgrammeRole.choices, blank=True,
        default=ProgrammeRole.NONE,
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @property
    def is_programme_staff(self) -> bool:
        """Moderators and programme admins: they curate the menu for the whole programme."""
        return self.is_active and self.programme_role in (ProgrammeRole.MODERATOR,
                                                          ProgrammeRole.ADMIN)

    @property
    def sees_everything(self) -> bool:
        """Programme staff and board members read every record, published or not."""
        return self.is_active and (self.programme_role != ProgrammeRole.NONE or self.is_superuser)

    def clean(self):
        super().clean()
        # One account per address, whatever its capitalisation.
        self.email = self.email.strip().lower()


class Membership(models.Model):
    """A person acting for a public body. People may belong to several bodies."""

    class Role(models.TextChoices):
        VIEWER = "viewer", _("Viewer")
        EDITOR = "editor", _("Editor")
        ADMIN = "admin", _("Body admin")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships",
                             verbose_name=_("person"))
    body = models.ForeignKey("directory.Body", on_delete=models.CASCADE,
                             related_name="memberships", verbose_name=_("body"))
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.VIEWER)
    created_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["body__name_en", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "body"], name="membership_once_per_body",
                violation_error_message=_("This person is already a member of this body."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}, {self.body} ({self.get_role_display()})"
