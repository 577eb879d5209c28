"""Read teaching text from content/*.yaml and check it against a schema.

Each content file has a pydantic model (in the module that uses it). A broken or incomplete file
raises ContentError naming the file and the field, so the app can show one clear message.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

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
