"""The rows that the apps above accounts add to the account page's list of what a person can
do here (bulk imports, for instance): see arfer.core.sections."""

from arfer.core.sections import PageSections

account_page = PageSections()
