"""Secrets kept encrypted at rest: a copy of the database (a backup, a dump) does not give away
the TOTP secrets that make people's two-factor codes.

Fernet (AES-128-CBC with HMAC-SHA256, from the `cryptography` package) under a key derived from
ARFER_TOTP_KEY when it is set, otherwise from the secret key. Secrets are always encrypted with
the first key and read with any of: ARFER_TOTP_KEY's keys in order, the secret key, then
SECRET_KEY_FALLBACKS. So keys can be rotated without locking anyone out: put the new key first,
keep the old one after it, run `arfer user rekey-two-factor`, then drop the old key.
"""

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

_DERIVATION_SALT = b"arfer.accounts.encryption.totp-secret"


class UnreadableSecret(Exception):
    """A stored secret that none of the configured keys opens (a key was dropped too soon)."""


def _fernet(key_material: str) -> Fernet:
    """Any sufficiently random string becomes a Fernet key: keys of other purposes (the secret
    key) are never used as they are, only through this keyed derivation."""
    derived = hmac.new(_DERIVATION_SALT, key_material.encode(), hashlib.sha256).digest()
    return Fernet(base64.urlsafe_b64encode(derived))


def _keys() -> list[str]:
    dedicated = list(getattr(settings, "ARFER_TOTP_KEYS", []) or [])
    fallbacks = list(getattr(settings, "SECRET_KEY_FALLBACKS", []) or [])
    return [*dedicated, settings.SECRET_KEY, *fallbacks]


def _box() -> MultiFernet:
    return MultiFernet([_fernet(key) for key in _keys()])


def encrypt(plaintext: str) -> str:
    return _box().encrypt(plaintext.encode()).decode("ascii")


def decrypt(ciphertext: str) -> str:
    try:
        return _box().decrypt(ciphertext.encode("ascii")).decode()
    except (InvalidToken, UnicodeError, ValueError) as error:
        raise UnreadableSecret from error


def is_current(ciphertext: str) -> bool:
    """Whether the secret is encrypted under the first key (rotation has nothing left to do)."""
    try:
        _fernet(_keys()[0]).decrypt(ciphertext.encode("ascii"))
    except (InvalidToken, UnicodeError, ValueError):
        return False
    return True
