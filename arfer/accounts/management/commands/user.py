import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from arfer.accounts.actions import ROLE_NAMES, create_account
from arfer.accounts.encryption import UnreadableSecret
from arfer.accounts.models import User, directory_bodies
from arfer.accounts.two_factor import rekey_two_factor_secrets, reset_two_factor
from arfer.core.actors import SYSTEM
from arfer.core.emails import EmailLanguage


class Command(BaseCommand):
    help = (
        "Manage accounts without the web: `arfer user add EMAIL --role ROLE [--body SLUG] "
        "[--email-language cy|en|cy-en]`, "
        "`arfer user reset-two-factor EMAIL`, `arfer user rekey-two-factor`."
    )

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(dest="subcommand", required=True)
        add = subcommands.add_parser(
            "add",
            help="Create an account. The password is read from standard input when one "
            "is piped in; otherwise one is generated and printed once.",
        )
        add.add_argument("email")
        add.add_argument("--role", required=True, choices=ROLE_NAMES)
        add.add_argument("--body", help="Slug of the body, for viewer, editor and body-admin.")
        add.add_argument(
            "--email-language",
            choices=EmailLanguage.values,
            default=EmailLanguage.BOTH,
            help="The language of the person's emails: Welsh, English, or both with the Welsh "
            "first (the default, when nobody has asked them).",
        )
        reset = subcommands.add_parser(
            "reset-two-factor",
            help="Remove a person's authenticator app and recovery codes "
            "(a lost phone): they set it up again at their next "
            "sign-in.",
        )
        reset.add_argument("email")
        subcommands.add_parser(
            "rekey-two-factor",
            help="Encrypt every two-factor secret with the first key of "
            "ARFER_TOTP_KEY (after putting a new key first).",
        )

    def handle(self, *args, subcommand, **options):
        if subcommand == "rekey-two-factor":
            return self.rekey_two_factor()
        if subcommand == "reset-two-factor":
            return self.reset_two_factor(options["email"])
        return self.add(
            options["email"], options["role"], options["body"], options["email_language"]
        )

    def rekey_two_factor(self):
        try:
            changed = rekey_two_factor_secrets()
        except UnreadableSecret as error:
            raise CommandError(
                "A two-factor secret cannot be decrypted with the configured "
                "keys; nothing was changed. Put the key it was encrypted with "
                "back in ARFER_TOTP_KEY (after the new one)."
            ) from error
        self.stdout.write(f"{changed} two-factor secrets encrypted with the newest key.")

    def reset_two_factor(self, email):
        user = User.objects.filter(email=email.strip().lower()).first()
        if user is None:
            raise CommandError(f"No account has the address {email!r}.")
        if reset_two_factor(user, actor=SYSTEM):
            self.stdout.write(f"Two-factor sign-in reset for {user.email}.")
        else:
            self.stdout.write(f"{user.email} had no two-factor sign-in set up.")

    def add(self, email, role, body, email_language):
        body_object = None
        if body:
            bodies = directory_bodies()
            body_object = bodies.filter(slug=body).first()
            if body_object is None:
                raise CommandError(f"No body has the slug {body!r}.")
        password = None
        if not sys.stdin.isatty():
            password = sys.stdin.readline().rstrip("\n") or None
        try:
            user, password_used = create_account(
                email,
                role=role,
                body=body_object,
                password=password,
                email_language=email_language,
                actor=SYSTEM,
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(f"Created {user.email} ({role}{' of ' + body if body else ''}).")
        if password is None:
            self.stdout.write(f"Password (shown once): {password_used}")
