"""Reading and validating the site's data files: one error type that names the file and field.

Every content and data file is described by a pydantic model (strict: unknown keys are
errors, so a typo in a field name fails instead of being ignored) and checked once, when the
site loads. A broken file stops start-up with its path and the failing field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import urlsplit

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError

# libyaml when present: the data files parse about ten times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataError(ValueError):
    """A content or data file breaks a rule; the message names the file and the field."""


class Strict(BaseModel):
    """A data record: unknown keys are errors, values never change after loading."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, strict=False)


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _web_address(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not a web address: {value!r}")
    return value


WebUrl = Annotated[Text, AfterValidator(_web_address)]

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LOADER)
    except FileNotFoundError:
        raise DataError(f"{path}: file is missing") from None
    except yaml.YAMLError as err:
        raise DataError(f"{path}: not valid YAML: {err}") from None


def validate(path: Path | str, model: type[M], raw: Any, context: dict | None = None) -> M:
    """`raw` as a `model`, or a DataError naming the file and the first failing field."""
    try:
        return model.model_validate(raw if raw is not None else {}, context=context)
    except ValidationError as err:
        first = err.errors(include_url=False)[0]
        where = field_path(first["loc"], raw)
        raise DataError(f"{path}: {where}: {first['msg']}") from None


def load(path: Path, model: type[M], context: dict | None = None) -> M:
    return validate(path, model, read_yaml(path), context)


def field_path(loc: tuple, raw: Any) -> str:
    """`helplines[3] (us-988).phone`: list positions, with the entry's id where it has one."""
    parts: list[str] = []
    node = raw
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            node = node[key] if isinstance(node, list) and key < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                label += f" ({node['id']})"
            parts.append(label)
        else:
            parts.append(f".{key}" if parts else str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "(top level)"
