"""The sections that the apps above the directory add to a body's page (the practices it
leads, its rollout): see arfer.core.sections. Each is drawn with `body` in its context."""

from arfer.core.sections import PageSections

body_page = PageSections()
