"""The API's reference page, made from its OpenAPI description (a pure function over the
schema), so the page cannot drift from what the API does."""

from dataclasses import dataclass, field

METHOD_ORDER = ["get", "post", "put", "patch", "delete"]


@dataclass(frozen=True)
class Parameter:
    name: str
    where: str  # "path", "query", "body" or "header"
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    description: str
    needs_write_token: bool
    parameters: list[Parameter] = field(default_factory=list)
    responses: list[tuple[str, str]] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"{self.method}-{self.path}".replace("/", "-").replace("{", "").replace("}", "")


@dataclass(frozen=True)
class Section:
    tag: str
    operations: list[Operation]


def _resolve(schema: dict, components: dict) -> dict:
    while "$ref" in schema:
        schema = components.get(schema["$ref"].rsplit("/", 1)[-1], {})
    return schema


def type_name(schema: dict, components: dict) -> str:
    """A short readable type: "string", "integer", "list of string", "one of: a, b", ..."""
    if "$ref" in schema:
        target = _resolve(schema, components)
        if "enum" in target:
            return "one of: " + ", ".join(str(v) for v in target["enum"])
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        kinds = [type_name(s, components) for s in schema["anyOf"] if s.get("type") != "null"]
        nullable = any(s.get("type") == "null" for s in schema["anyOf"])
        return " or ".join(kinds) + (" (or null)" if nullable else "")
    if "enum" in schema:
        return "one of: " + ", ".join(str(v) for v in schema["enum"])
    if schema.get("type") == "array":
        return "list of " + type_name(schema.get("items", {}), components)
    kind = schema.get("type", "object")
    return f"{kind} ({schema['format']})" if "format" in schema else kind


def _body_parameters(operation: dict, components: dict) -> list[Parameter]:
    content = operation.get("requestBody", {}).get("content", {})
    body = _resolve(content.get("application/json", {}).get("schema", {}), components)
    required = set(body.get("required", []))
    return [
        Parameter(
            name, "body", type_name(prop, components), name in required, prop.get("description", "")
        )
        for name, prop in body.get("properties", {}).items()
    ]


def _parameters(operation: dict, components: dict) -> list[Parameter]:
    found = []
    for parameter in operation.get("parameters", []):
        schema = parameter.get("schema", {})
        found.append(
            Parameter(
                parameter["name"],
                parameter["in"],
                type_name(schema, components),
                bool(parameter.get("required")),
                parameter.get("description", schema.get("description", "")),
            )
        )
    return found + _body_parameters(operation, components)


def describe(openapi: dict, write_scheme: str) -> list[Section]:
    """Operations grouped by tag, in the order the schema lists them."""
    components = openapi.get("components", {}).get("schemas", {})
    sections: dict[str, list[Operation]] = {}
    for path, methods in openapi.get("paths", {}).items():
        for method in sorted(
            methods, key=lambda m: METHOD_ORDER.index(m) if m in METHOD_ORDER else 99
        ):
            operation = methods[method]
            text = (operation.get("description") or "").strip()
            summary, _newline, rest = text.partition("\n\n")
            security = [
                name for requirement in operation.get("security", []) for name in requirement
            ]
            sections.setdefault(operation.get("tags", ["other"])[0], []).append(
                Operation(
                    method=method.upper(),
                    path=path,
                    summary=" ".join(summary.split()) or operation.get("summary", ""),
                    description=" ".join(rest.split()),
                    needs_write_token=write_scheme in security,
                    parameters=_parameters(operation, components),
                    responses=[
                        (code, response.get("description", ""))
                        for code, response in operation.get("responses", {}).items()
                    ],
                )
            )
    return [Section(tag, operations) for tag, operations in sections.items()]
