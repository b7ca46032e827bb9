from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RolloutConfig(AppConfig):
    name = "arfer.rollout"
    label = "rollout"
    verbose_name = _("Rollout")

    def ready(self):
        from arfer.core import reasons
        from arfer.directory.body_page import body_page
        from arfer.directory.signals import body_kinds_changed
        from arfer.menu.practice_page import practice_page

        from . import my_work
        from .counts import rebuild_peer_counts_for_bodies
        from .figures import body_rollout
        from .models import DeclineReason, LedgerEntry, Stage
        from .practice_section import standing_of_members_bodies

        body_page.add(
            "rollout",
            order=20,
            template="rollout/_body_rollout.html",
            context=lambda request, *, body: {"rollout": body_rollout(body, request.user)},
        )
        # Where the reader's bodies stand on a practice, with their next move, on its page.
        practice_page.add(
            "standing",
            order=10,
            template="rollout/_practice_standing.html",
            context=standing_of_members_bodies,
        )
        body_kinds_changed.connect(rebuild_peer_counts_for_bodies, dispatch_uid="rollout-peers")
        # The history's reasons name a stage or a verification by its value (core/reasons.py).
        reasons.describe_values(reasons.STAGE, dict(Stage.choices))
        reasons.describe_values(reasons.VERIFICATION, dict(LedgerEntry.Verification.choices))
        reasons.describe_values(reasons.DECLINED, dict(DeclineReason.choices))
        my_work.add_sections()
