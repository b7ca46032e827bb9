"""How sign-in throttling (django-axes) identifies the account being tried."""


def attempted_email(request, credentials: dict | None = None) -> str:
    """The address being tried, lower-cased so that case variants share one failure count."""
    source = credentials or getattr(request, "POST", {}) or {}
    value = source.get("username") or source.get("email") or ""
    return str(value).strip().lower()
