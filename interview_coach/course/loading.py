"""Read teaching text from content/*.yaml and check it against a schema.

Each content file has a pydantic model (in the module that uses it). A broken or incomplete file
raises ContentError naming the file and the field, so the app can show one clear message.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"

Model = TypeVar("Model", bound=BaseModel)


class ContentModel(BaseModel):
    """Base for content schemas: unknown keys are errors, so a typo in a key is caught."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class ContentError(Exception):
    """A content file is missing, unreadable or does not match its schema."""

    def __init__(self, file: str, field: str, problem: str):
        self.file, self.field, self.problem = file, field, problem
        where = f", field '{field}'" if field else ""
        super().__init__(f"Content file {file}{where}: {problem}")


def _field_path(loc: tuple) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def load_yaml(path: Path | str, model: type[Model]) -> Model:
    """Parse one YAML file with yaml.safe_load and validate it as `model`."""
    path = Path(path)
    name = path.name if path.parent == CONTENT_DIR else str(path)
    name = f"content/{name}" if path.parent == CONTENT_DIR else name
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(name, "", "the file is missing") from None
    except UnicodeDecodeError:
        raise ContentError(name, "", "the file is not UTF-8 text") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise ContentError(name, "", f"the YAML cannot be read{where}") from None
    if not isinstance(raw, dict):
        raise ContentError(name, "", "the file must hold a mapping of fields at the top level")
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        raise ContentError(name, _field_path(first["loc"]), first["msg"].lower()) from None


# ---- placeholders: one syntax in every content file ----
# A template names its values in braces, {name}; {{ and }} stand for a brace itself. Filling
# (str.format, or writing.templates.fill) never re-reads a value, so a student's "{" or "$"
# comes out as typed.

_FORMATTER = string.Formatter()


def placeholders(template: str) -> list[str]:
    """The {names} a template uses, in order. ValueError for a stray brace, or for anything
    but a plain name in braces ({0}, {a.b}, {a!r}, {a:>5})."""
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError:
        raise ValueError(f"'{template}' has a stray brace (write {{{{ or }}}} for a brace)") \
            from None
    names = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"'{template}' has {{{name}}}: a placeholder is a plain {{name}}")
        names.append(name)
    return names


def check_placeholders(template: str, allowed: Iterable[str]) -> str:
    """`template` if it is well formed and uses only `allowed` placeholders, else ValueError."""
    allowed = set(allowed)
    unknown = [name for name in placeholders(template) if name not in allowed]
    if unknown:
        names = ", ".join(f"{{{n}}}" for n in sorted(allowed)) or "none"
        raise ValueError(f"unknown placeholder {{{unknown[0]}}} in '{template}' (allowed: {names})")
    return template


def templates_in(value: object) -> Iterable[str]:
    """Every string in a content value: a string, or nested in lists, mappings and models."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, BaseModel):
        yield from templates_in(dict(value))
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from templates_in(item)
    elif isinstance(value, Iterable):
        for item in value:
            yield from templates_in(item)


def uses_only(*names: str) -> AfterValidator:
    """A field validator: every template in the field uses only these placeholders."""

    def check(value):
        for template in templates_in(value):
            check_placeholders(template, names)
        return value

    return AfterValidator(check)
