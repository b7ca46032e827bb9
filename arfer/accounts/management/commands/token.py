from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from arfer.accounts.models import ApiToken, User
from arfer.accounts.tokens import TOKEN_PREFIX, create_api_token, revoke_api_token
from arfer.core.actors import SYSTEM

DEFAULT_NAME = "Made on the command line"


def _when(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else "-"


class Command(BaseCommand):
    help = (
        "Manage a person's API tokens without the web: `arfer token create EMAIL --scope "
        "read|write [--name NAME]`, `arfer token list EMAIL`, `arfer token revoke EMAIL "
        "PREFIX`."
    )

    def add_arguments(self, parser):
        subcommands = parser.add_subparsers(dest="subcommand", required=True)
        create = subcommands.add_parser(
            "create",
            help="Make a token and print it, once, alone on standard output (so that "
            "a script can capture it); a note goes to standard error.",
        )
        create.add_argument("email")
        create.add_argument(
            "--scope",
            required=True,
            choices=ApiToken.Scope.values,
            help="read: see what the person can see; write: also change what they can change.",
        )
        create.add_argument(
            "--name",
            default=DEFAULT_NAME,
            help="What the token is for, shown in the person's list of tokens.",
        )
        listing = subcommands.add_parser("list", help="A person's tokens, newest first.")
        listing.add_argument("email")
        revoke = subcommands.add_parser(
            "revoke",
            help="Stop a token working, named by its first characters as `list` shows them.",
        )
        revoke.add_argument("email")
        revoke.add_argument("prefix", help="Its first characters, like arfer_AbCdEf.")

    def handle(self, *args, subcommand, email, **options):
        user = User.objects.filter(email=email.strip().lower()).first()
        if user is None:
            raise CommandError(f"No account has the address {email!r}.")
        if subcommand == "create":
            return self.create(user, options["scope"], options["name"])
        if subcommand == "list":
            return self.list_tokens(user)
        return self.revoke(user, options["prefix"])

    def create(self, user, scope, name):
        try:
            token, raw = create_api_token(user, name=name, scope=scope, actor=SYSTEM)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        # Standard output carries the token and nothing else: `TOKEN=$(arfer token create ...)`.
        self.stderr.write(
            f"Token {token.prefix}… ({token.get_scope_display()}) made for "
            f"{user.email}. It is shown once, below: store it now.",
            style_func=str,
        )
        self.stdout.write(raw)

    def list_tokens(self, user):
        tokens = list(ApiToken.objects.filter(user=user).for_listing())
        if not tokens:
            self.stdout.write(f"{user.email} has no API tokens.")
            return
        rows = [("FIRST CHARACTERS", "SCOPE", "CREATED", "LAST USED", "REVOKED", "NAME")]
        rows += [
            (
                f"{token.prefix}…",
                token.scope,
                _when(token.created_at),
                _when(token.last_used_at),
                _when(token.revoked_at),
                token.name,
            )
            for token in tokens
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            self.stdout.write("  ".join([*cells, row[-1]]))

    def revoke(self, user, prefix):
        # The list shows "arfer_AbCdEf…": accept it pasted with or without the ellipsis.
        prefix = prefix.strip().rstrip("….")
        if not prefix.startswith(TOKEN_PREFIX) or len(prefix) <= len(TOKEN_PREFIX):
            raise CommandError(
                f"Give the token's first characters as `arfer token list "
                f"{user.email}` shows them, like {TOKEN_PREFIX}AbCdEf."
            )
        matches = list(ApiToken.objects.filter(user=user, prefix__startswith=prefix))
        live = [token for token in matches if not token.is_revoked]
        if len(live) > 1:
            raise CommandError(
                f"{len(live)} live tokens of {user.email} start with {prefix}: "
                + ", ".join(f"{token.prefix}… ({token.name})" for token in live)
                + ". Give more of the first characters, or revoke it on the account page."
            )
        if not live:
            if matches:
                self.stdout.write(
                    f"The token {matches[0].prefix}… of {user.email} was already "
                    f"revoked on {_when(matches[0].revoked_at)}."
                )
                return
            raise CommandError(
                f"No token of {user.email} starts with {prefix}. See `arfer "
                f"token list {user.email}`."
            )
        token = revoke_api_token(live[0], actor=SYSTEM)
        self.stdout.write(
            f"Revoked {token.prefix}… ({token.name}) of {user.email}. It no longer works."
        )
