"""What may be written down from an address: the request log and the error reports both keep
tokens, passwords and other secrets out, by the same rule."""

import re
from urllib.parse import parse_qsl, urlencode

SECRET_NAME = re.compile(r"token|key|secret|pass|code|sig|auth|session|csrf|e-?mail|otp", re.I)
HIDDEN = "[hidden]"
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f]")
LONGEST_PATH = 1000


def without_secrets(path: str, query: str = "", url_kwargs: dict | None = None) -> str:
    """The path and query as they may be logged: a path part captured as a token (or another
    secret-sounding URL parameter) and the values of secret-sounding query parameters replaced by
    "[hidden]"; cut to a length a log line can hold."""
    for name, value in (url_kwargs or {}).items():
        if SECRET_NAME.search(name) and isinstance(value, str) and value:
            path = path.replace(value, HIDDEN)
    if query:
        pairs = [
            (name, HIDDEN if SECRET_NAME.search(name) else value)
            for name, value in parse_qsl(query, keep_blank_values=True)
        ]
        path = f"{path}?{urlencode(pairs, safe='[]/,:')}" if pairs else path
    # A line break decoded from %0A would start a forged line in the text format.
    return CONTROL_CHARACTER.sub(lambda found: f"%{ord(found.group()):02X}", path[:LONGEST_PATH])
