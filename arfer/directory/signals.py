"""What the directory announces when bodies change, for the apps above it to act on.

The directory is a lower layer than the menu and the rollout, so it does not call them: a
practice's regions come from its bodies' areas and peer counts from bodies' kinds, and those
apps keep their own derived data up to date by receiving these signals. Both are sent inside
the transaction that changed the bodies, so a receiver's writes commit or roll back with it.
"""

from django.dispatch import Signal

# Sent with `body_ids`: the bodies whose areas were replaced.
body_areas_changed = Signal()

# Sent with `body_ids`: the bodies whose kind changed.
body_kinds_changed = Signal()
