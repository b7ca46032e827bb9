"""Every page each role can reach, in both languages, on the demo: none fails, each has one
<h1>, a header landmark and the right <html lang>, a Welsh page shows no English outside what
is marked lang="en", and axe finds no serious or critical violation in Chromium.

The figures (pages crawled, leftovers found) are kept with each test's report and summed up at
the end of the run (tests/conftest.py, `pytest_terminal_summary`), and written as JSON to the
file ARFER_CRAWL_REPORT names, if it names one."""

import time

import pytest

from arfer.directory.models import Body

from .accessibility import axe_violations, first_unchecked
from .allowed import allowed_elsewhere
from .conftest import ANONYMOUS, ROLES
from .crawler import Crawler

HOME = {"en": "/", "cy": "/cy/"}


def english_only_names() -> list[str]:
    """The names of the bodies that have no Welsh name (unions, county voluntary councils):
    proper names, which stay as they are in Welsh text."""
    return list(Body.objects.filter(name_cy="").values_list("name_en", flat=True))


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("role", ROLES)
def test_every_page_a_role_reaches(role, language, client_as, request, record_property):
    started = time.monotonic()
    client = client_as(role)
    result = Crawler(
        client, language, proper_names=english_only_names(), allowed=allowed_elsewhere
    ).start(HOME[language])
    crawled = time.monotonic() - started
    to_check = first_unchecked(language, result.first_of_name)
    violations = axe_violations(request, client, to_check)
    record_property(
        "crawl",
        {
            "role": role,
            "language": language,
            "pages": result.pages,
            "statuses": {str(status): n for status, n in sorted(result.statuses.items())},
            "url_names": len(result.first_of_name),
            "failures": [f"{f.address}: {f.problem}" for f in result.failures],
            "leftovers": [
                {"address": left.address, "text": left.text, "reason": left.reason}
                for left in result.leftovers
            ],
            "axe_pages": None if violations is None else len(to_check),
            "axe_violations": violations or {},
            "crawl_seconds": round(crawled, 1),
            "seconds": round(time.monotonic() - started, 1),
        },
    )
    assert result.pages > (5 if role == ANONYMOUS else 10)
    problems = [f"{f.address}: {f.problem}" for f in result.failures]
    problems += [
        f"{left.address}: English ({left.reason}): {left.text!r}" for left in result.leftovers
    ]
    problems += [f"{address}: axe: {found}" for address, found in (violations or {}).items()]
    assert not problems, "\n".join(problems)
