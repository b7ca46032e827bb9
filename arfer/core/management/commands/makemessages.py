from django.core.management.commands import makemessages


class Command(makemessages.Command):
    # Never guess a translation from a similar string: a guess marked fuzzy is easy to miss,
    # and a wrong one is worse than an empty entry that the catalogue test reports.
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]
