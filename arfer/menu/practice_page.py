"""The sections that the apps above the menu add to a practice's page (where the reader's
bodies stand on it, from the rollout): see arfer.core.sections. Each is drawn with `practice`
in its context, after the practice's summary."""

from arfer.core.sections import PageSections

practice_page = PageSections()
