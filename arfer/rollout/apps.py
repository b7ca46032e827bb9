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

        from . import my_work
        from .counts import rebuild_peer_counts_for_bodies
        from .figures import body_rollout
        from .models import LedgerEntry, Stage

        body_page.add(
            "rollout",
            order=20,
            template="rollout/_body_rollout.html",
            context=lambda request, *, body: {"rollout": body_rollout(body, request.user)},
        )
        body_kinds_changed.connect(rebuild_peer_counts_for_bodies, dispatch_uid="rollout-peers")
        # The history's reasons name a stage or a verification by its value (core/reasons.py).
        reasons.describe_values(reasons.STAGE, dict(Stage.choices))
        reasons.describe_values(reasons.VERIFICATION, dict(LedgerEntry.Verification.choices))
        my_work.add_sections()
