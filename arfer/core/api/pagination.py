"""Cursor pagination. A cursor is an opaque token naming the last item of a page by its sort
key, so the next page starts right after it even when records are added or removed meanwhile,
and a deep page costs what the first does (no OFFSET)."""

import base64
import binascii
import json

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import create_model

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class PageParams(Schema):
    cursor: str | None = Field(
        None,
        max_length=500,
        description=("The `next` value of the previous page; leave out for the first page."),
    )
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page.")


def paged(item: type[Schema], name: str) -> type[Schema]:
    """The schema of a page of `item`s."""
    return create_model(
        name,
        __base__=Schema,
        items=(list[item], ...),  # type: ignore[valid-type]  # a model made at run time
        next=(
            str | None,
            Field(None, description=("Pass as `cursor` for the next page; null on the last page.")),
        ),
    )


def invalid_cursor() -> ValidationError:
    return ValidationError(
        {
            "cursor": _(
                "This cursor is not valid for this list: use the “next” value of the previous page."
            )
        }
    )


def encode(kind: str, key: list) -> str:
    raw = json.dumps({"kind": kind, "after": key}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(kind: str, cursor: str | None) -> list | None:
    """The sort key a cursor names, or None for the first page. A cursor from another listing
    or one that was tampered with is refused as a field error."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if (
            not isinstance(data, dict)
            or data.get("kind") != kind
            or not isinstance(data.get("after"), list)
        ):
            raise ValueError
        return data["after"]
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise invalid_cursor() from None


def newest_first(queryset, params: PageParams, kind: str) -> dict:
    """A page of a queryset in descending id order (newest records first)."""
    after = decode(kind, params.cursor)
    if after is not None:
        if (
            len(after) != 1
            or not isinstance(after[0], int)
            or isinstance(after[0], bool)
            or not 0 < after[0] < 2**63
        ):
            raise invalid_cursor()
        queryset = queryset.filter(pk__lt=after[0])
    rows = list(queryset.order_by("-pk")[: params.limit + 1])
    items = rows[: params.limit]
    following = encode(kind, [items[-1].pk]) if len(rows) > params.limit else None
    return {"items": items, "next": following}
