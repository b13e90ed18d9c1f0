"""Settings as TOML text: values shown (secrets hidden) by ``desk config show`` and the
machine file's check, and the user file written (``desk kiosk-pin``)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desk.storage.settings import Settings, apply_values, specs
from desk.storage.settings_files import VERSION, flatten, read_file, user_file

#: Words that mark a setting as a secret even if its spec forgets to (a test holds specs to it).
SECRET_WORDS = ("hash", "password", "secret", "token", "key")


def is_secret(name: str) -> bool:
    spec = specs()[name][0]
    leaf = name.rpartition(".")[2]
    return spec.secret or leaf.endswith(SECRET_WORDS)


def shown(name: str, value: Any) -> str:
    """``value`` as TOML, or ``(set, hidden)`` / ``(not set)`` for a secret."""
    if is_secret(name):
        return "(set, hidden)" if value else "(not set)"
    return toml_value(value)


def save_user(values: Mapping[str, Any], path: Path | None = None) -> Path:
    """Write dotted ``values`` into the user file, keeping what it already holds."""
    path = path or user_file()
    current = flatten(read_file(path))
    current.update(values)
    apply_values(Settings(), current, source=str(path))  # validates names and types
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_to_toml(current), encoding="utf-8")
    return path


def _to_toml(flat: Mapping[str, Any]) -> str:
    sections: dict[str, list[str]] = {}
    for name, value in sorted(flat.items()):
        section, _, leaf = name.rpartition(".")
        sections.setdefault(section, []).append(f"{leaf} = {toml_value(value)}")
    lines = [f"version = {VERSION}"] + sections.pop("", [])
    for section, body in sections.items():
        lines += ["", f"[{section}]", *body]
    return "\n".join(lines) + "\n"


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
