"""People who sign in. Email is the sign-in name: members of public bodies know their work
address, not a username."""

from typing import ClassVar, Self

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from arfer.core.emails import EmailLanguage

from . import encryption, policy
from .querysets import ApiTokenQuerySet, InvitationQuerySet, MembershipQuerySet
from .roles import ProgrammeRole


class EmailUserManager(UserManager):
    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    # Django's take a username first; people sign in with their e-mail address instead.
    def create_user(  # type: ignore[override]  # e-mail first, no username
        self, email, password=None, **extra_fields
    ):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(  # type: ignore[override]  # e-mail first, no username
        self, email, password=None, **extra_fields
    ):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


# Django's own salt, so that a hash at generation 0 is the one Django made.
_SESSION_HASH_SALT = "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash"


class User(AbstractUser):
    username = None  # type: ignore[assignment]  # removes AbstractUser's field
    email = models.EmailField(_("email address"), unique=True)
    programme_role = models.CharField(
        _("programme role"),
        max_length=12,
        choices=ProgrammeRole.choices,
        blank=True,
        default=ProgrammeRole.NONE,
    )
    # Asked when a person makes their account, offering the language of the page they are on.
    # Accounts made before the question existed, or from the command line, have both languages
    # with the Welsh first: we do not know which the person reads, and that way nobody is sent
    # only a language they may not read, nor is the Welsh put second.
    email_language = models.CharField(
        _("email language"),
        max_length=5,
        choices=EmailLanguage.choices,
        default=EmailLanguage.BOTH,
        help_text=_("The language of the emails Arfer sends this person."),
    )
    session_generation = models.PositiveIntegerField(
        _("sign-out count"),
        default=0,
        help_text=_(
            "Raised to end every session of the person (when their two-factor sign-in "
            "is reset or turned off): each session holds a hash of it."
        ),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects: ClassVar["EmailUserManager[Self]"] = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def get_session_auth_hash(self) -> str:
        return self._session_hash()

    def get_session_auth_fallback_hash(self):
        for fallback_secret in settings.SECRET_KEY_FALLBACKS:
            yield self._session_hash(secret=fallback_secret)

    def _session_hash(self, secret=None) -> str:
        """Django ends a session whose stored hash no longer matches: a new password ends them
        all, and so does a raised session_generation, without an index of sessions by person
        (and wherever sessions are stored). At generation 0 the hash is Django's own, so
        sessions made before the generation existed carry on."""
        value = (
            self.password
            if not self.session_generation
            else (f"{self.password}\n{self.session_generation}")
        )
        return salted_hmac(_SESSION_HASH_SALT, value, secret=secret, algorithm="sha256").hexdigest()

    # The roles as the pages and templates ask about them; what each means is decided once,
    # in policy.py.
    @property
    def is_programme_staff(self) -> bool:
        return policy.is_programme_staff(self)

    @property
    def is_programme_admin(self) -> bool:
        return policy.is_programme_admin(self)

    @property
    def requires_two_factor(self) -> bool:
        """A stolen password alone must not open an account that sees or changes
        everything."""
        return policy.holds_privileged_role(self)

    @property
    def sees_everything(self) -> bool:
        return policy.sees_everything(self)

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

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("person")
    )
    body = models.ForeignKey(
        "directory.Body",
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("body"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.VIEWER)
    created_at = models.DateTimeField(_("joined"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()
    # Who joined, changed role or left, when and by whose hand (django-simple-history).
    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["body__name_en", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "body"],
                name="membership_once_per_body",
                violation_error_message=_("This person is already a member of this body."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}, {self.body} ({self.get_role_display()})"


def directory_bodies() -> models.QuerySet:
    """Every public body. The directory sits above accounts, so its Body is reached through the
    membership's relation rather than imported."""
    body = Membership._meta.get_field("body").related_model
    assert body is not None and not isinstance(body, str)  # a model, once the apps are loaded
    return body._default_manager.all()


class Invitation(models.Model):
    """An invitation, sent by email, to join a body with a role. Only a hash of its token is
    stored: the link in the email is the only copy of the token itself."""

    body = models.ForeignKey(
        "directory.Body",
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("body"),
    )
    email = models.EmailField(_("email address"))
    role = models.CharField(
        _("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.VIEWER
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    invited_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations_sent",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations_accepted",
        verbose_name=_("accepted by"),
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "email"],
                condition=Q(accepted_at__isnull=True),
                name="invitation_one_open_per_body_and_address",
                violation_error_message=_(
                    "This address already has an invitation to this body "
                    "that has not been accepted."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email}, {self.body} ({self.get_role_display()})"

    @property
    def is_accepted(self) -> bool:
        return self.accepted_at is not None

    @property
    def is_expired(self) -> bool:
        return not self.is_accepted and self.expires_at <= timezone.now()


class TwoFactorDevice(models.Model):
    """A person's authenticator app: the TOTP secret it shares with Arfer. A row exists only once
    the person has proved, with a code, that their app holds the secret. The secret is stored
    encrypted (accounts/encryption.py); `secret` reads and sets it in the clear."""

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="two_factor_device", verbose_name=_("person")
    )
    encrypted_secret = models.CharField(
        _("secret key (encrypted)"),
        max_length=255,
        help_text=_("The base32 key shown to the person at set-up, encrypted."),
    )
    confirmed_at = models.DateTimeField(_("set up"), default=timezone.now)
    last_used_step = models.BigIntegerField(
        _("last time step used"),
        null=True,
        blank=True,
        help_text=_(
            "The 30-second step of the last code accepted: a code from this step or an "
            "earlier one is refused, so a code cannot be used twice."
        ),
    )
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        verbose_name = _("two-factor device")
        verbose_name_plural = _("two-factor devices")

    def __str__(self) -> str:
        return str(self.user)

    @property
    def secret(self) -> str:
        """The base32 secret; raises encryption.UnreadableSecret if no configured key opens it."""
        return encryption.decrypt(self.encrypted_secret)

    @secret.setter
    def secret(self, value: str) -> None:
        self.encrypted_secret = encryption.encrypt(value)


class RecoveryCode(models.Model):
    """A single-use code for signing in without the authenticator app. Stored as a keyed hash:
    the codes themselves are shown once, when they are made."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="recovery_codes", verbose_name=_("person")
    )
    code_hash = models.CharField(_("code hash"), max_length=64)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    class Meta:
        verbose_name = _("recovery code")
        verbose_name_plural = _("recovery codes")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "code_hash"], name="recovery_code_once_per_person"
            ),
        ]

    def __str__(self) -> str:
        return str(self.user)


class ApiToken(models.Model):
    """A personal token for the JSON API. Only a hash is stored: the token is shown once, when
    it is made. A token acts as its person, never with more rights than they have; a read token
    cannot change anything even if its person could."""

    class Scope(models.TextChoices):
        READ = "read", _("read only")
        WRITE = "write", _("read and write")

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("person")
    )
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("What the token is for, so that you know which to revoke."),
    )
    scope = models.CharField(_("scope"), max_length=5, choices=Scope.choices, default=Scope.READ)
    prefix = models.CharField(
        _("first characters"),
        max_length=12,
        help_text=_("The start of the token, shown to tell tokens apart."),
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.user}, {self.name} ({self.prefix}…)"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def may_write(self) -> bool:
        return self.scope == self.Scope.WRITE


class RateLimitCounter(models.Model):
    """Requests counted in the current fixed window, one row per limit and client (or address):
    accounts/ratelimit.py counts with one upsert, shared by every process and machine."""

    key = models.CharField(
        _("limit and client"),
        max_length=100,
        unique=True,
        help_text=_("The limit's name and a hash of who is counted."),
    )
    window = models.BigIntegerField(
        _("window"), help_text=_("Which window of the limit's period is being counted.")
    )
    hits = models.PositiveIntegerField(_("requests"), default=0)
    expires_at = models.BigIntegerField(
        _("window ends"), help_text=_("Seconds since 1970, when this window ends.")
    )

    class Meta:
        verbose_name = _("rate limit counter")
        verbose_name_plural = _("rate limit counters")
        indexes = [models.Index(fields=["expires_at"], name="rate_limit_counter_expiry")]

    def __str__(self) -> str:
        return self.key
