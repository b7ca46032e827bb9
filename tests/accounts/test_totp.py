"""The TOTP maths against RFC 6238's own test vectors (appendix B, SHA-1)."""

import base64
from urllib.parse import parse_qs, urlparse

import pytest

from arfer.accounts import totp

RFC_KEY = b"12345678901234567890"
RFC_SECRET = base64.b32encode(RFC_KEY).decode()

# (time, 8-digit TOTP) from RFC 6238 appendix B, SHA-1 rows.
RFC_VECTORS = [
    (59, "94287082"),
    (1111111109, "07081804"),
    (1111111111, "14050471"),
    (1234567890, "89005924"),
    (2000000000, "69279037"),
    (20000000000, "65353130"),
]


@pytest.mark.parametrize(("at", "expected"), RFC_VECTORS)
def test_rfc_6238_vectors_with_8_digits(at, expected):
    assert totp.totp(RFC_KEY, at, digits=8) == expected


@pytest.mark.parametrize(("at", "expected"), RFC_VECTORS)
def test_rfc_6238_vectors_truncated_to_6_digits(at, expected):
    assert totp.totp(RFC_KEY, at) == expected[-6:]


def test_named_examples():
    assert totp.totp(RFC_KEY, 59) == "287082"
    assert totp.totp(RFC_KEY, 1111111109) == "081804"  # the leading zero is kept


def test_rfc_4226_hotp_vectors():
    # RFC 4226 appendix D: counters 0..9 with the same key.
    expected = [
        "755224",
        "287082",
        "359152",
        "969429",
        "338314",
        "254676",
        "287922",
        "162583",
        "399871",
        "520489",
    ]
    assert [totp.hotp(RFC_KEY, counter) for counter in range(10)] == expected


def test_time_steps_are_30_seconds():
    assert totp.time_step(0) == 0 and totp.time_step(29.9) == 0 and totp.time_step(30) == 1
    assert totp.time_step(59) == 1


def test_a_code_matches_within_one_step_either_side():
    at = 1111111109  # step 37037036
    code = totp.totp(RFC_KEY, at)
    step = totp.time_step(at)
    assert totp.matching_step(RFC_SECRET, code, at=at) == step
    assert totp.matching_step(RFC_SECRET, code, at=at + 30) == step
    assert totp.matching_step(RFC_SECRET, code, at=at - 30) == step
    assert totp.matching_step(RFC_SECRET, code, at=at + 60) is None
    assert totp.matching_step(RFC_SECRET, code, at=at - 60) is None


@pytest.mark.parametrize("typed", ["081 804", " 081804 ", "081-804"])
def test_spaces_and_hyphens_are_ignored(typed):
    assert totp.matching_step(RFC_SECRET, typed, at=1111111109) is not None


@pytest.mark.parametrize("typed", ["", "81804", "0818045", "abcdef", "٠٨١٨٠٤", "287082"])
def test_malformed_or_wrong_codes_match_nothing(typed):
    assert totp.matching_step(RFC_SECRET, typed, at=1111111109) is None


def test_secrets_are_160_random_bits_in_base32():
    first, second = totp.new_secret(), totp.new_secret()
    assert first != second and len(first) == 32
    assert len(totp.decode_secret(first)) == 20
    # As shown to people, in groups with spaces, the secret still decodes.
    grouped = " ".join(first[i : i + 4] for i in range(0, 32, 4)).lower()
    assert totp.decode_secret(grouped) == totp.decode_secret(first)


def test_provisioning_uri_follows_the_key_uri_format():
    uri = totp.provisioning_uri(RFC_SECRET, account="ann@example.org", issuer="Arfer Test")
    parsed = urlparse(uri)
    assert parsed.scheme == "otpauth" and parsed.netloc == "totp"
    assert parsed.path == "/Arfer%20Test:ann@example.org"
    query = parse_qs(parsed.query)
    assert query == {
        "secret": [RFC_SECRET],
        "issuer": ["Arfer Test"],
        "algorithm": ["SHA1"],
        "digits": ["6"],
        "period": ["30"],
    }
