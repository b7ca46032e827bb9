"""Types for the API's schemas."""

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from django.db.models import Choices
from ninja import Field, Path
from pydantic import (
    BaseModel,
    BeforeValidator,
    GetCoreSchemaHandler,
    ModelWrapValidatorHandler,
    StrictInt,
    model_validator,
)
from pydantic_core import CoreSchema, PydanticCustomError

from arfer.core.text import text_problem


@dataclass(frozen=True)
class _OneOf:
    values: tuple[str | int, ...]

    def __get_pydantic_core_schema__(
        self, source: object, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return handler.generate_schema(Literal[self.values])


def one_of(choices: type[Choices]) -> _OneOf:
    """A field limited to a model's choices, as `Annotated[str, one_of(Stage)]` (a str to a
    type checker, which cannot read a literal built at run time). Written out as a literal list
    of values rather than the choices class itself: several classes share a name (Area.Kind,
    Body.Kind, Meeting.Kind), and OpenAPI would describe them all as one."""
    return _OneOf(tuple(choices.values))


def omittable(**constraints: Any) -> Any:
    """A field a caller may leave out but not send as null, as in `title: OneLine =
    omittable(max_length=200)`: None until sent, and absent from `payload.dict(exclude_unset=True)`,
    which is how a partial update reads it. Typed Any: the annotation says what a caller may send,
    and None is not that."""
    return Field(None, **constraints)


# Ids and versions a caller sends are bounded, so that an absurd number is refused as invalid
# input (400) instead of overflowing the database's integer.
MAX_ID = 2**53
RecordId = Annotated[int, Path(ge=1, le=MAX_ID)]
MAX_VERSION = 2**31 - 1


def _following_the_text_rule(*, long: bool):
    def check(value):
        # Before pydantic reads the value as text, which would refuse a lone surrogate in
        # words of its own; anything not text is left for it to refuse.
        problem = text_problem(value, long=long) if isinstance(value, str) else None
        if problem:
            # A custom error keeps the message as written (a ValueError would prefix it).
            raise PydanticCustomError("text", problem)
        return value

    return BeforeValidator(check)


# Text a caller sends, by the same rule as the pages' forms (core/text.py).
OneLine = Annotated[str, _following_the_text_rule(long=False)]
Paragraphs = Annotated[str, _following_the_text_rule(long=True)]

# Money in pence and the ids and versions in a body are whole numbers as JSON writes them:
# never true for 1, "12" or 12.0. (Ids in an address are read from its text: RecordId.)
WholeNumber = StrictInt


def withheld_unless(flag: str, names: tuple[str, ...]):
    """A schema validator that answers null for `names` unless the object read carries `flag`
    (set by the operation from the caller's rights, read in SQL): for records whose existence
    is public but whose details are not."""

    def withhold(cls: type[BaseModel], value: Any, handler: ModelWrapValidatorHandler) -> Any:
        shown = getattr(getattr(value, "_obj", value), flag, False)
        result = handler(value)
        if not shown:
            for name in names:
                setattr(result, name, None)
        return result

    # Made a class method by pydantic, from its first argument's name.
    return model_validator(mode="wrap")(withhold)
