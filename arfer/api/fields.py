"""Types for the API's schemas."""

from typing import Annotated, Literal

from ninja import Path


def one_of(choices) -> object:
    """A field limited to a model's choices. Written out as a literal list of values rather than
    the choices class itself: several classes share a name (Area.Kind, Body.Kind, Meeting.Kind),
    and OpenAPI would describe them all as one."""
    return Literal[tuple(choices.values)]


# Ids and versions a caller sends are bounded, so that an absurd number is refused as invalid
# input (400) instead of overflowing the database's integer.
MAX_ID = 2**53
RecordId = Annotated[int, Path(ge=1, le=MAX_ID)]
VERSION = {"ge": 1, "le": 2**31 - 1}
