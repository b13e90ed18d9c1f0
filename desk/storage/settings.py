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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from desk.errors import DeskError
from desk.storage.reasons import forms_by_reason
from desk.storage.settings_files import (
    VERSION,
    default_workspace,
    flatten,
    machine_file,
    read_file,
    user_file,
)
from desk.words import Words, current_language, translate

log = logging.getLogger(__name__)


class Spec(NamedTuple):  # a NamedTuple, not a dataclass: made at every start, and cheaper
    """What a setting is for and which values it takes: read by :func:`load`, by
    ``desk config check`` and by the commented machine file (:func:`sample_file`)."""

    doc: str
    choices: tuple[str, ...] = ()  # matched without regard to case, kept as spelled here
    at_least: float | None = None
    above: float | None = None
    at_most: float | None = None
    url: bool = False  # empty, or http(s)://
    made_by: str = ""  # a value only this desk command makes (a hash): never typed by hand
    parse: Callable[[str], object] | None = None  # raises DeskError for a malformed value
    secret: bool = False  # shown as "(set, hidden)", never echoed in a message

    def allowed(self, words: Words | None = None) -> str:
        """The values it takes, for people ("one of en, fr, es", "at least 1"), in the
        language of ``words`` (by default the current one)."""
        words = words or Words(current_language())
        if self.choices:
            return words.translate("Setting", "one of {choices}").format(
                choices=", ".join(self.choices))
        found = ""
        for bound in self._bounds(words):
            found = words.translate("Setting", "{one} and {other}").format(
                one=found, other=bound) if found else bound
        return found

    def _bounds(self, words: Words) -> Iterable[str]:
        if self.above is not None:
            yield words.translate("Setting", "more than {number}").format(
                number=_number(self.above))
        if self.at_least is not None:
            yield words.translate("Setting", "at least {number}").format(
                number=_number(self.at_least))
        if self.at_most is not None:
            yield words.translate("Setting", "at most {number}").format(
                number=_number(self.at_most))
        if self.url:
            yield words.translate("Setting", "an http:// or https:// address")
        if self.made_by:
            yield words.translate("Setting", "set it with `{command}`").format(
                command=self.made_by)

    def _out_of_bounds(self, value: Any) -> bool:
        return isinstance(value, int | float) and not isinstance(value, bool) and (
            (self.above is not None and value <= self.above)
            or (self.at_least is not None and value < self.at_least)
            or (self.at_most is not None and value > self.at_most))

    def problem(self, value: Any) -> str | None:
        """What is wrong with an already typed ``value``, or None, in the current language
        ("must be at least 1")."""
        if (self.choices and value not in self.choices) or self._out_of_bounds(value):
            return translate("Setting", "must be {allowed}").format(allowed=self.allowed())
        if self.url and value and not str(value).startswith(("https://", "http://")):
            return translate("Setting", "must be an address starting with https:// (or "
                                        "http://)")
        if self.made_by and value and not str(value).startswith("scrypt$"):
            return translate("Setting", "must be the hash that `{command}` writes, never the "
                                        "PIN itself").format(command=self.made_by)
        if self.parse is not None:
            try:
                self.parse(str(value))
            except DeskError as err:
                return err.message
        return None


def _number(value: float) -> str:
    return f"{value:g}"


def _setting(default: Any, doc: str, **spec: Any) -> Any:
    return field(default=default, metadata={"spec": Spec(doc, **spec)})


@dataclass
class ServerSettings:
    url: str = _setting("", "address of the clinic's FHIR server; empty: work offline",
                        url=True)
    ca_bundle: str = _setting("", "PEM file of the CA certificates that sign the server's "
                              "certificate; empty: the system's")
    token_url: str = _setting("", "OAuth token address for client-credentials sign-in; "
                              "empty: none", url=True)
    client_id: str = _setting("", "OAuth client id used with token_url (its secret goes in "
                              "the key store, never here)")
    mrn_system: str = _setting("urn:oid:2.16.840.1.113883.4.999",
                               "identifier system of the clinic's medical record numbers")
    timeout_seconds: float = _setting(20.0, "seconds to wait for the server before a request "
                                      "fails", above=0, at_most=600)
    sync_interval_seconds: float = _setting(60.0, "seconds between background syncs",
                                            at_least=1)


@dataclass
class SecuritySettings:
    idle_lock_minutes: float = _setting(5.0, "minutes without input before a workstation "
                                        "locks", above=0, at_most=1440)
    lockout_attempts: int = _setting(5, "wrong passwords in a row before an account is locked",
                                     at_least=1, at_most=100)
    lockout_minutes: float = _setting(15.0, "minutes an account stays locked after that",
                                      at_least=0)


@dataclass
class ClinicSettings:
    name: str = _setting("Clinic", "the clinic's name, printed on forms")
    address: str = _setting("", "the clinic's address, printed on forms")
    phone: str = _setting("", "the clinic's phone number, printed on forms")


@dataclass
class KioskSettings:
    enabled: bool = _setting(False, "run as the waiting-room kiosk whoever signs in (as "
                             "desk --kiosk)")
    idle_reset_seconds: int = _setting(120, "seconds without a touch before the kiosk wipes "
                                       "the patient's screen", at_least=10, at_most=3600)
    idle_warning_seconds: int = _setting(20, "seconds of warning before that wipe",
                                         at_least=0, at_most=3600)
    pin_hash: str = _setting("", "hash of the staff PIN that leaves the kiosk",
                             made_by="desk kiosk-pin --machine", secret=True)
    tablet: bool = _setting(False, "the kiosk is a tablet of its own: sync fetches only "
                            "today's hand-offs")


@dataclass
class IntakeSettings:
    forms_by_reason: str = _setting("", 'forms sent for each visit reason, as "reason: form, '
                                    'form; *: form" (* for any other reason)',
                                    parse=forms_by_reason)


@dataclass
class UiSettings:
    language: str = _setting("en", "the staff screens' language for accounts without one "
                             "of their own (sign-in shows in it), and the kiosk's between "
                             "patients", choices=("en", "fr", "es"))
    date_order: str = _setting("locale", "how a typed 03/04/1980 reads first: locale (as the "
                               "computer's language and region write dates), DMY (3 April) "
                               "or MDY (March 4)", choices=("locale", "DMY", "MDY"))
    large_text: bool = _setting(False, "staff screens in larger text (about a third larger), "
                                "for staff who read small text with difficulty")
    high_contrast: bool = _setting(False, "staff screens in black on white with strong "
                                   "borders and focus rings, for low vision or a bright room")


@dataclass
class LogSettings:
    level: str = _setting("INFO", "how much desk writes to its log",
                          choices=("DEBUG", "INFO", "WARNING", "ERROR"))


def check_ae_title(text: str) -> str:
    """A DICOM AE title: 1 to 16 characters, no backslash or control character."""
    title = text.strip()
    if not title or len(title) > 16 or "\\" in title or not title.isprintable():
        raise DeskError(translate("DeskError", "must be an AE title: 1 to 16 letters, digits or "
                                               "spaces"),
                        kind="input")
    return title


@dataclass
class PacsSettings:
    protocol: str = _setting("dicomweb", "how desk fetches images from the PACS: DICOMweb, "
                             "or DIMSE by C-GET or C-MOVE",
                             choices=("dicomweb", "c-get", "c-move"))
    dicomweb_url: str = _setting("", "the PACS's DICOMweb root (e.g. https://pacs/dicom-web); "
                                 "empty: no PACS over DICOMweb; TLS is checked against "
                                 "server.ca_bundle", url=True)
    username: str = _setting("", "user name for the DICOMweb PACS (its password goes in the "
                             "key store, never here); empty: no sign-in")
    host: str = _setting("", "the PACS's host name or address for DIMSE; empty: no DIMSE PACS")
    port: int = _setting(104, "the PACS's DIMSE port", at_least=1, at_most=65535)
    ae_title: str = _setting("PACS", "the PACS's AE title", parse=check_ae_title)
    own_ae_title: str = _setting("DESK", "this workstation's AE title, as the PACS knows it",
                                 parse=check_ae_title)
    dimse_tls: bool = _setting(False, "DIMSE over TLS, the PACS's certificate checked "
                               "against server.ca_bundle (the C-MOVE storage SCP stays plain)")
    move_port: int = _setting(11112, "port of the storage SCP this workstation opens during "
                              "a C-MOVE (the PACS sends there)", at_least=1, at_most=65535)
    issuer: str = _setting("", "Issuer of Patient ID (0010,0021) of the clinic's record "
                           "numbers at the PACS; empty: match by Patient ID alone")
    timeout_seconds: float = _setting(30.0, "seconds to wait for the PACS before a request "
                                      "fails", above=0, at_most=600)


@dataclass
class ImagingSettings:
    cache_limit_gb: float = _setting(20.0, "gigabytes of images retrieved from the PACS kept on "
                                     "this computer (the least recently opened go first; a "
                                     "disc's images are always kept); 0: no limit", at_least=0)


@dataclass
class Settings:
    version: int = VERSION
    workspace: str = _setting("", "the workspace folder; empty: the user's data folder")
    server: ServerSettings = field(default_factory=ServerSettings)
    security: SecuritySettings = field(default_factory=SecuritySettings)
    clinic: ClinicSettings = field(default_factory=ClinicSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    intake: IntakeSettings = field(default_factory=IntakeSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    log: LogSettings = field(default_factory=LogSettings)
    pacs: PacsSettings = field(default_factory=PacsSettings)
    imaging: ImagingSettings = field(default_factory=ImagingSettings)

    @property
    def workspace_path(self) -> Path:
        return Path(self.workspace) if self.workspace else default_workspace()


def load(*, extra_file: str | None = None, overrides: Iterable[str] = (),
         workspace: str | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from every source, later sources winning key by key."""
    return resolve(extra_file=extra_file, overrides=overrides, workspace=workspace,
                   environ=environ).settings


class Resolved(NamedTuple):
    """The settings in force, and where each came from."""

    settings: Settings
    sources: dict[str, str]
    """Each dotted name -> ``"default"``, ``"machine file PATH"``, ``"user file PATH"``,
    ``"--config PATH"``, its ``DESK_*`` variable, ``"--set"`` or ``"--workspace"``."""
    files: list[tuple[str, Path]]
    """The files read, lowest precedence first, each with what it is (``"machine file"``)."""


def resolve(*, extra_file: str | None = None, overrides: Iterable[str] = (),
            workspace: str | None = None, environ: Mapping[str, str] | None = None) -> Resolved:
    """:func:`load`, keeping where each value came from (``desk config show``)."""
    settings = Settings()
    sources = dict.fromkeys(keys(), "default")
    files = [("machine file", machine_file()), ("user file", user_file())]
    if extra_file:
        if not Path(extra_file).is_file():  # the other files may be absent; this one was asked for
            raise DeskError(translate("DeskError", "The settings file {extra_file} given to "
                                                   "--config does not exist.")
                            .format(extra_file=extra_file),
                            kind="input")
        files.append(("--config", Path(extra_file)))
    for what, path in files:
        apply_values(settings, flatten(read_file(path)), source=f"{what} {path}", sources=sources)
        if what == "machine file":
            floors = {name: (value_of(settings, name), sources[name]) for name in FLOORS}
    apply_values(settings, _from_environ(os.environ if environ is None else environ),
           sources=sources)
    apply_values(settings, _from_overrides(overrides), source="--set", sources=sources)
    _keep_floors(settings, floors, sources)
    if workspace:
        settings.workspace = workspace
        sources["workspace"] = "--workspace"
    return Resolved(settings, sources, files)


# Settings a user-level source (the user file, --config, a DESK_* variable, --set) may
# make stricter but never weaker than the machine file, or desk's default where the
# machine file is silent: IT weakens them in the machine file. Each with the stricter of
# two values.
FLOORS: dict[str, Callable[[Any, Any], Any]] = {
    "security.idle_lock_minutes": min,
    "security.lockout_attempts": min,
    "security.lockout_minutes": max,
    "kiosk.enabled": max,
    "kiosk.idle_reset_seconds": min,
    "kiosk.pin_hash": lambda machine, other: machine or other,  # the machine's, once set
}


def _keep_floors(settings: Settings, floors: Mapping[str, tuple[Any, str]],
                 sources: dict[str, str]) -> None:
    for name, stricter in FLOORS.items():
        (floor, origin), value = floors[name], value_of(settings, name)
        if stricter(floor, value) != value:
            log.warning("%s from %s would weaken the machine's setting; not taken",
                        name, sources[name])
            *sections, leaf = name.split(".")
            setattr(value_of(settings, ".".join(sections)), leaf, floor)
            sources[name] = f"{origin} (the weaker value from {sources[name]} was not taken)"


def near_variables(environ: Mapping[str, str]) -> dict[str, str]:
    """``DESK_*`` variables that are set but set nothing, each with the variable it is most
    likely a misspelling of (others, such as ``DESK_MACHINE_CONFIG``, are left out)."""
    import difflib

    known = [env_var(name) for name in keys()]
    near = {}
    for var in environ:
        if var.startswith("DESK_") and var not in known:
            match = difflib.get_close_matches(var, known, n=1, cutoff=0.85)
            if match:
                near[var] = match[0]
    return near


def env_var(name: str) -> str:
    """The environment variable that sets ``name`` (``server.url`` -> ``DESK_SERVER_URL``)."""
    return "DESK_" + name.replace(".", "_").upper()


def _from_environ(environ: Mapping[str, str]) -> dict[str, Any]:
    known = {env_var(name): name for name in keys()}
    return {known[var]: value for var, value in environ.items() if var in known}


def _from_overrides(overrides: Iterable[str]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for item in overrides:
        name, sep, value = item.partition("=")
        if not sep:
            raise DeskError(translate("DeskError", "--set needs KEY=VALUE, not {item!r}.")
                            .format(item=item), kind="input")
        flat[name.strip()] = value.strip()
    return flat


def specs(obj: object = None, prefix: str = "") -> dict[str, tuple[Spec, Any]]:
    """Every setting's dotted name (``server.url``, ...) with its spec and default."""
    obj = Settings() if obj is None else obj
    found: dict[str, tuple[Spec, Any]] = {}
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value):
            found.update(specs(value, f"{prefix}{f.name}."))
        elif f.name != "version":
            found[f"{prefix}{f.name}"] = (f.metadata["spec"], value)
    return found


def keys() -> list[str]:
    """Every setting's dotted name (``server.url``, ...)."""
    return list(specs())


def apply_values(settings: Settings, flat: Mapping[str, Any], *, source: str | None = None,
           sources: dict[str, str] | None = None) -> None:
    """Set each dotted name of ``flat``; ``source`` says where the values come from (None:
    each from its own environment variable), ``sources`` records it per name."""
    for name, value in flat.items():
        origin = source or env_var(name)
        *sections, leaf = name.split(".")
        target: Any = settings
        for section in sections:  # through sections only: never into an attribute of Python's
            fields = _fields(target) if dataclasses.is_dataclass(target) else {}
            target = getattr(target, section) if section in fields else None
        if target is None or not dataclasses.is_dataclass(target) or leaf not in _fields(target):
            log.warning("unknown setting %s in %s", name, origin)
            continue
        kind, spec = _fields(target)[leaf]
        setattr(target, leaf, _value(kind, spec, value, name, origin))
        if sources is not None:
            sources[name] = origin


def _fields(obj: object) -> dict[str, tuple[type, Spec | None]]:
    return {f.name: (type(getattr(obj, f.name)), f.metadata.get("spec"))
            for f in dataclasses.fields(obj)}  # type: ignore[arg-type]


def kind_name(kind: type) -> str:
    """What a setting of this type holds, in words: "a whole number"."""
    names = {bool: translate("DeskError", "true or false"),
             int: translate("DeskError", "a whole number"),
             float: translate("DeskError", "a number"), str: translate("DeskError", "text")}
    return names.get(kind, kind.__name__)


def _value(kind: type, spec: Spec | None, value: Any, name: str, source: str) -> Any:
    """``value`` as the setting's type, checked against its spec; DeskError otherwise."""
    typed = _coerce(kind, value, name, source, secret=spec is not None and spec.secret)
    if spec is None:
        return typed
    if spec.choices:
        typed = next((c for c in spec.choices if c.casefold() == str(typed).casefold()), typed)
    problem = spec.problem(typed)
    if problem:
        if spec.secret:
            text = translate("DeskError", "The setting {name} from {source} {problem}.")
        else:
            text = translate("DeskError", "The setting {name} from {source} {problem}, "
                                          "not {value}.")
        raise DeskError(text.format(name=name, source=source, problem=problem,
                                    value=repr(str(typed))), kind="input")
    return typed


def _coerce(kind: type, value: Any, name: str, source: str, *, secret: bool = False) -> Any:
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
        if secret:
            message = translate("DeskError", "The setting {name} from {source} must be {kind}.")
        else:
            message = translate("DeskError", "The setting {name} from {source} must be "
                                             "{kind}, not {value}.")
        raise DeskError(message.format(name=name, source=source, value=repr(text),
                                       kind=kind_name(kind)), kind="input") from None


def value_of(settings: Settings, name: str) -> Any:
    """The value of the dotted ``name`` in ``settings``."""
    target: Any = settings
    for part in name.split("."):
        target = getattr(target, part)
    return target


def as_dict(settings: Settings) -> dict[str, Any]:
    return dataclasses.asdict(settings)
