"""The Open Government Licence, under which Arfer's open data are published, named and linked in
the reader's language: The National Archives publishes the licence in Welsh, at an address of
its own, so a Welsh page or file names the Welsh licence and links to the Welsh text."""

from dataclasses import dataclass

from arfer.core.bilingual import active_language


@dataclass(frozen=True)
class Licence:
    name: str
    url: str


OPEN_GOVERNMENT_LICENCE = {
    "en": Licence(
        "Open Government Licence v3.0",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ),
    "cy": Licence(
        "Trwydded Llywodraeth Agored v3.0",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/",
    ),
}


def open_government_licence(language: str | None = None) -> Licence:
    """The licence in `language` ("en" or "cy"), by default the active one."""
    return OPEN_GOVERNMENT_LICENCE[language or active_language()]
