"""The settings files: where they are, and their TOML read into dotted names (a file of an
older version brought up to this one)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs

from desk.errors import DeskError
from desk.words import QT_TRANSLATE_NOOP, translate

VERSION = 1


def default_workspace() -> Path:
    return Path(platformdirs.user_data_dir("desk", appauthor=False)) / "workspace"


def machine_file() -> Path:
    if "DESK_MACHINE_CONFIG" in os.environ:
        return Path(os.environ["DESK_MACHINE_CONFIG"])
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "desk" / "desk.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/desk/desk.toml")
    return Path("/etc/desk/desk.toml")


def user_file() -> Path:
    if "DESK_USER_CONFIG" in os.environ:
        return Path(os.environ["DESK_USER_CONFIG"])
    return Path(platformdirs.user_config_dir("desk", appauthor=False)) / "desk.toml"


def read_file(path: Path) -> dict[str, Any]:
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below; tomllib is imported only if needed
    except FileNotFoundError:
        return {}
    except OSError as err:
        raise DeskError(translate("DeskError", "The settings file {path} cannot be read: {err}")
                        .format(path=path, err=err), kind="input") from None
    import tomllib

    try:
        with f:
            data = tomllib.load(f)
    except (tomllib.TOMLDecodeError, OSError) as err:
        raise DeskError(translate("DeskError", "The settings file {path} cannot be read: {err}")
                        .format(path=path, err=err), kind="input") from None
    except UnicodeDecodeError:
        raise DeskError(translate("DeskError", "The settings file {path} cannot be read: it is "
                                               "not UTF-8 text.")
                        .format(path=path),
                        kind="input") from None
    except RecursionError:  # tomllib reads nested lists and inline tables recursively
        raise DeskError(translate("DeskError", "The settings file {path} cannot be read: "
                                               "{too_deep}.")
                        .format(path=path, too_deep=translate("Setting", TOO_DEEP)),
                        kind="input") from None
    return _migrate(data, path)


def _migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    version = data.pop("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise DeskError(translate("DeskError", "The settings file {path} is for a newer desk "
                                               "(version {version}).")
                        .format(path=path, version=version),
                        kind="input")
    # Version 1 is the first; later versions add their key renames here, oldest first.
    return data


# Why a file nested deeper than any setting is not read.
TOO_DEEP = QT_TRANSLATE_NOOP("Setting", "its lists or tables are nested too deeply")
_MAX_DEPTH = 8
"""Sections nest one level deep; a table deeper than this is a value (a wrong one)."""


def flatten(data: Mapping[str, Any], prefix: str = "", *, depth: int = 0) -> dict[str, Any]:
    """Dotted name -> value of every leaf of ``data`` (a table deeper than settings go
    stays a table, as the value of its dotted name)."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and depth < _MAX_DEPTH:
            flat.update(flatten(value, name + ".", depth=depth + 1))
        else:
            flat[name] = value
    return flat
