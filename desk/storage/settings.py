"""One typed, versioned settings object.

Sources, in increasing precedence: built-in defaults, the machine file
(``/etc/desk/desk.toml``; ``%ProgramData%\\desk\\desk.toml`` on Windows), the user file under
platformdirs, ``DESK_*`` environment variables (``DESK_SERVER_URL`` sets ``server.url``),
then command-line values (``--workspace``, ``--config FILE``, ``--set key=value``).
``DESK_MACHINE_CONFIG`` and ``DESK_USER_CONFIG`` name other files (IT, tests).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from desk.errors import DeskError

log = logging.getLogger(__name__)

VERSION = 1


@dataclass
class ServerSettings:
    url: str = ""
    ca_bundle: str = ""
    token_url: str = ""
    client_id: str = ""
    mrn_system: str = "urn:oid:2.16.840.1.113883.4.999"
    timeout_seconds: float = 20.0
    sync_interval_seconds: float = 60.0


@dataclass
class SecuritySettings:
    idle_lock_minutes: float = 5.0
    lockout_attempts: int = 5
    lockout_minutes: float = 15.0


@dataclass
class ClinicSettings:
    name: str = "Clinic"
    address: str = ""
    phone: str = ""


@dataclass
class KioskSettings:
    enabled: bool = False
    idle_reset_seconds: int = 120
    idle_warning_seconds: int = 20
    pin_hash: str = ""  # scrypt hash of the staff PIN that closes the kiosk (desk kiosk-pin)
    tablet: bool = False  # a kiosk on its own tablet: sync pulls only today's hand-offs


@dataclass
class IntakeSettings:
    # "reason: form, form; reason: form"; "*" for any other reason (see forms_by_reason)
    forms_by_reason: str = ""


@dataclass
class UiSettings:
    language: str = "en"
    date_order: str = "DMY"


@dataclass
class LogSettings:
    level: str = "INFO"


@dataclass
class Settings:
    version: int = VERSION
    workspace: str = ""
    server: ServerSettings = field(default_factory=ServerSettings)
    security: SecuritySettings = field(default_factory=SecuritySettings)
    clinic: ClinicSettings = field(default_factory=ClinicSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    intake: IntakeSettings = field(default_factory=IntakeSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    log: LogSettings = field(default_factory=LogSettings)

    @property
    def workspace_path(self) -> Path:
        return Path(self.workspace) if self.workspace else default_workspace()


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


def load(*, extra_file: str | None = None, overrides: Iterable[str] = (),
         workspace: str | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from every source, later sources winning key by key."""
    settings = Settings()
    files = [machine_file(), user_file()] + ([Path(extra_file)] if extra_file else [])
    for path in files:
        _apply(settings, _flatten(_read_file(path)), source=str(path))
    _apply(settings, _from_environ(os.environ if environ is None else environ), source="env")
    _apply(settings, _from_overrides(overrides), source="--set")
    if workspace:
        settings.workspace = workspace
    forms_by_reason(settings.intake.forms_by_reason)  # refuse a malformed one at start-up
    return settings


def forms_by_reason(text: str) -> dict[str, list[str]]:
    """The ``intake.forms_by_reason`` setting as reason (case-folded) -> form names.

    The setting reads ``"New patient visit: new-patient-registration, consent; Follow-up:
    phq-9; *: consent"``: rules apart by ``;``, a reason and its forms by ``:``, forms by
    ``,``; the reason ``*`` stands for any reason without a rule of its own.
    """
    rules: dict[str, list[str]] = {}
    for rule in (r.strip() for r in text.split(";")):
        if not rule:
            continue
        reason, sep, names = rule.partition(":")
        forms = [n.strip() for n in names.split(",") if n.strip()]
        if not sep or not reason.strip() or not forms:
            raise DeskError(f"The setting intake.forms_by_reason needs \"reason: form, form; "
                            f"...\", not {rule!r}.", kind="input")
        rules[reason.strip().casefold()] = forms
    return rules


def _read_file(path: Path) -> dict[str, Any]:
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below; tomllib is imported only if needed
    except FileNotFoundError:
        return {}
    except OSError as err:
        raise DeskError(f"The settings file {path} cannot be read: {err}", kind="input") from None
    import tomllib

    try:
        with f:
            data = tomllib.load(f)
    except (tomllib.TOMLDecodeError, OSError) as err:
        raise DeskError(f"The settings file {path} cannot be read: {err}", kind="input") from None
    return _migrate(data, path)


def _migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    version = data.pop("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise DeskError(f"The settings file {path} is for a newer desk (version {version}).",
                        kind="input")
    # Version 1 is the first; later versions add their key renames here, oldest first.
    return data


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def _from_environ(environ: Mapping[str, str]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    known = {name.replace(".", "_").upper(): name for name in keys()}
    for var, value in environ.items():
        if var.startswith("DESK_") and var[5:] in known:
            flat[known[var[5:]]] = value
    return flat


def _from_overrides(overrides: Iterable[str]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for item in overrides:
        name, sep, value = item.partition("=")
        if not sep:
            raise DeskError(f"--set needs KEY=VALUE, not {item!r}.", kind="input")
        flat[name.strip()] = value.strip()
    return flat


def keys(obj: object = None, prefix: str = "") -> list[str]:
    """Every setting's dotted name (``server.url``, ...)."""
    obj = Settings() if obj is None else obj
    names = []
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value):
            names += keys(value, f"{prefix}{f.name}.")
        elif f.name != "version":
            names.append(f"{prefix}{f.name}")
    return names


def _apply(settings: Settings, flat: Mapping[str, Any], *, source: str) -> None:
    for name, value in flat.items():
        *sections, leaf = name.split(".")
        target: Any = settings
        for section in sections:
            target = getattr(target, section, None)
        if target is None or not dataclasses.is_dataclass(target) or leaf not in _fields(target):
            log.warning("unknown setting %s in %s", name, source)
            continue
        setattr(target, leaf, _coerce(_fields(target)[leaf], value, name, source))


def _fields(obj: object) -> dict[str, Any]:
    return {f.name: type(getattr(obj, f.name)) for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


def _coerce(kind: type, value: Any, name: str, source: str) -> Any:
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    text = str(value).strip()
    try:
        if kind is bool:
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(text)
        return kind(text)
    except ValueError:
        raise DeskError(f"The setting {name} from {source} must be a {kind.__name__}, "
                        f"not {text!r}.", kind="input") from None


def as_dict(settings: Settings) -> dict[str, Any]:
    return dataclasses.asdict(settings)


def save_user(values: Mapping[str, Any], path: Path | None = None) -> Path:
    """Write dotted ``values`` into the user file, keeping what it already holds."""
    path = path or user_file()
    current = _flatten(_read_file(path))
    current.update(values)
    _apply(Settings(), current, source=str(path))  # validates names and types
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_to_toml(current), encoding="utf-8")
    return path


def _to_toml(flat: Mapping[str, Any]) -> str:
    sections: dict[str, list[str]] = {}
    for name, value in sorted(flat.items()):
        section, _, leaf = name.rpartition(".")
        sections.setdefault(section, []).append(f"{leaf} = {_toml_value(value)}")
    lines = [f"version = {VERSION}"] + sections.pop("", [])
    for section, body in sections.items():
        lines += ["", f"[{section}]", *body]
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
