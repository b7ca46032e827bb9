"""Time-based one-time passwords, as authenticator apps make them: RFC 6238 over RFC 4226's HOTP,
with HMAC-SHA1, 30-second steps and 6 digits (the only parameters every app supports).

Pure functions: the caller says what time it is, and remembers which step was last used.
"""

import base64
import hashlib
import hmac
import secrets
import struct
import time
from urllib.parse import quote, urlencode

STEP_SECONDS = 30
DIGITS = 6
# RFC 4226 asks for at least 128 bits and recommends 160: the length of an SHA-1 block's key.
SECRET_BYTES = 20


def new_secret() -> str:
    """A random secret, base32-encoded as authenticator apps expect (32 letters and digits)."""
    return base64.b32encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii")


def decode_secret(secret: str) -> bytes:
    cleaned = "".join(secret.split()).upper()
    return base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))


def hotp(key: bytes, counter: int, digits: int = DIGITS) -> str:
    """RFC 4226 section 5.3: HMAC-SHA1 of the counter, dynamically truncated."""
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def time_step(at: float) -> int:
    """RFC 6238's T: whole steps since the Unix epoch."""
    return int(at // STEP_SECONDS)


def totp(key: bytes, at: float, digits: int = DIGITS) -> str:
    return hotp(key, time_step(at), digits)


def normalise_code(code: str) -> str:
    """What people type, without the spaces and hyphens some apps show in the middle."""
    return "".join(code.split()).replace("-", "")


def matching_step(
    secret: str, code: str, *, at: float | None = None, window: int = 1
) -> int | None:
    """The time step whose code `code` is, looking `window` steps either side of `at` (now, by
    default) to allow for clock drift and typing time; None when it matches none of them.
    Every candidate is compared, in constant time, so timing reveals nothing."""
    code = normalise_code(code)
    if len(code) != DIGITS or not code.isascii() or not code.isdigit():
        return None
    key = decode_secret(secret)
    now = time_step(time.time() if at is None else at)
    matched = None
    for step in range(now - window, now + window + 1):
        if hmac.compare_digest(hotp(key, step), code):
            matched = step
    return matched


def provisioning_uri(secret: str, *, account: str, issuer: str) -> str:
    """The otpauth:// address a QR code carries (the "Key Uri Format" authenticator apps read)."""
    label = f"{quote(issuer, safe='')}:{quote(account, safe='@')}"
    query = urlencode(
        {
            "secret": secret,
            "issuer": issuer,
            "algorithm": "SHA1",
            "digits": DIGITS,
            "period": STEP_SECONDS,
        },
        quote_via=quote,
    )
    return f"otpauth://totp/{label}?{query}"
