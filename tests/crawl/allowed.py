"""English the crawl knows of on Welsh pages and leaves, for now, to work under way elsewhere.

Each entry: a part of the address, the text (exactly as the crawl reports it, or None for any
text on such pages) and why it is allowed. The list is meant to be emptied, not to grow: once
the work named in an entry has landed, the entry goes and the crawl checks those pages too.
"""

ALLOWED_ELSEWHERE: list[tuple[str, str | None, str]] = []


def allowed_elsewhere(address: str, text: str) -> bool:
    return any(
        part in address and (allowed is None or allowed == text)
        for part, allowed, _reason in ALLOWED_ELSEWHERE
    )
