"""Per-machine configuration: every setting from the machine file and from DESK_* variables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desk.errors import DeskError
from desk.storage import settings

PIN_HASH = "scrypt$16384$8$1$00ff$abcd"
#: What IT must be able to set on each machine (issue 22).
FOR_IT = ("server.url", "server.ca_bundle", "kiosk.enabled", "kiosk.pin_hash",
          "security.idle_lock_minutes", "kiosk.idle_reset_seconds", "kiosk.idle_warning_seconds",
          "ui.language", "log.level", "pacs.dicomweb_url", "pacs.host", "pacs.own_ae_title")


def other_value(name: str) -> Any:
    """A valid value for ``name`` that is not its default."""
    spec, default = settings.specs()[name]
    if name == "kiosk.pin_hash":
        return PIN_HASH
    if name == "intake.forms_by_reason":
        return "Follow-up: phq-9; *: consent"
    if spec.parse is settings.check_ae_title:
        return f"AE {len(name)}"
    if spec.choices:
        return next(c for c in spec.choices if c != default)
    if isinstance(default, bool):
        return not default
    if isinstance(default, int | float):  # stricter where it has a floor: from any source
        return type(default)(default - 1 if settings.FLOORS.get(name) is min else default + 1)
    return "https://fhir.example.org/r4" if spec.url else f"/srv/desk/{name}"


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, int | float) else f'"{value}"'


def read(loaded: settings.Settings, name: str) -> Any:
    section, _, leaf = name.rpartition(".")
    return getattr(getattr(loaded, section) if section else loaded, leaf)


def test_what_it_sets_are_known_settings() -> None:
    assert set(FOR_IT) <= set(settings.keys())


@pytest.mark.parametrize("name", settings.keys())
def test_every_setting_comes_from_the_machine_file(name: str) -> None:
    section, _, leaf = name.rpartition(".")
    text = (f"[{section}]\n" if section else "") + f"{leaf} = {toml_value(other_value(name))}\n"
    path = settings.machine_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    assert read(settings.load(), name) == other_value(name)


@pytest.mark.parametrize("name", settings.keys())
def test_every_setting_comes_from_its_variable(name: str, monkeypatch) -> None:
    value = other_value(name)
    text = toml_value(value).strip('"') if isinstance(value, bool) else str(value)
    monkeypatch.setenv(settings.env_var(name), text)
    assert read(settings.load(), name) == value


def test_variable_names_are_the_dotted_names_in_capitals() -> None:
    assert settings.env_var("kiosk.pin_hash") == "DESK_KIOSK_PIN_HASH"
    assert settings.env_var("workspace") == "DESK_WORKSPACE"
    names = settings.keys()
    assert len({settings.env_var(n) for n in names}) == len(names)


@pytest.mark.parametrize(("var", "value", "says"), [
    ("DESK_LOG_LEVEL", "LOUD", "must be one of DEBUG, INFO, WARNING, ERROR"),
    ("DESK_UI_LANGUAGE", "de", "must be one of en, fr, es"),
    ("DESK_KIOSK_IDLE_RESET_SECONDS", "3", "must be at least 10"),
    ("DESK_SECURITY_IDLE_LOCK_MINUTES", "0", "must be more than 0"),
    ("DESK_SERVER_URL", "fhir.example.org", "must be an address starting with https://"),
])
def test_a_bad_value_is_refused_with_what_is_allowed(var: str, value: str, says: str,
                                                      monkeypatch) -> None:
    monkeypatch.setenv(var, value)
    with pytest.raises(DeskError, match=f"from {var} {says}") as refused:
        settings.load()
    assert refused.value.kind == "input"


def test_a_choice_is_matched_without_regard_to_case(monkeypatch) -> None:
    monkeypatch.setenv("DESK_LOG_LEVEL", "debug")
    monkeypatch.setenv("DESK_UI_DATE_ORDER", "mdy")
    loaded = settings.load()
    assert (loaded.log.level, loaded.ui.date_order) == ("DEBUG", "MDY")


def test_a_plain_pin_in_place_of_its_hash_is_refused_and_not_repeated(monkeypatch) -> None:
    monkeypatch.setenv("DESK_KIOSK_PIN_HASH", "2468")
    with pytest.raises(DeskError, match="desk kiosk-pin") as refused:
        settings.load()
    assert "2468" not in refused.value.message


def test_the_languages_are_those_desk_speaks() -> None:
    from desk.frontdesk.model import LANGUAGES

    assert settings.specs()["ui.language"][0].choices == tuple(LANGUAGES)


def test_a_malformed_intake_rule_is_refused_from_any_source(tmp_path: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text('[intake]\nforms_by_reason = "no colon here"\n')
    with pytest.raises(DeskError, match="reason: form"):
        settings.load(extra_file=str(extra))


def test_a_missing_config_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DeskError, match="given to --config does not exist"):
        settings.load(extra_file=str(tmp_path / "typo.toml"))


def _machine(text: str) -> None:
    path = settings.machine_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def _user(text: str) -> None:
    path = settings.user_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_no_user_level_source_weakens_the_machines_security(monkeypatch, tmp_path) -> None:
    _machine("[security]\nlockout_minutes = 30\nidle_lock_minutes = 5\nlockout_attempts = 5\n"
             "[kiosk]\nenabled = true\nidle_reset_seconds = 120\n")
    _user("[security]\nlockout_minutes = 0\n")
    monkeypatch.setenv("DESK_SECURITY_IDLE_LOCK_MINUTES", "1440")
    extra = tmp_path / "extra.toml"
    extra.write_text("[security]\nlockout_attempts = 100\n")
    resolved = settings.resolve(extra_file=str(extra), overrides=[
        "kiosk.enabled=false", "kiosk.idle_reset_seconds=3600"])
    s = resolved.settings
    assert (s.security.lockout_minutes, s.security.idle_lock_minutes,
            s.security.lockout_attempts) == (30, 5, 5)
    assert s.kiosk.enabled and s.kiosk.idle_reset_seconds == 120
    assert resolved.sources["security.lockout_minutes"].startswith("machine file ")
    assert "DESK_SECURITY_IDLE_LOCK_MINUTES was not taken" in resolved.sources[
        "security.idle_lock_minutes"]


def test_a_stricter_value_from_the_user_is_taken(monkeypatch) -> None:
    _machine("[security]\nidle_lock_minutes = 10\n")
    monkeypatch.setenv("DESK_SECURITY_IDLE_LOCK_MINUTES", "2")
    assert settings.load(overrides=["security.lockout_minutes=60"]).security == \
        settings.SecuritySettings(idle_lock_minutes=2, lockout_minutes=60)


def test_where_the_machine_file_is_silent_desks_default_is_the_floor() -> None:
    _user("[security]\nlockout_minutes = 0\nlockout_attempts = 100\n")
    assert settings.load().security == settings.SecuritySettings()


def test_the_machines_kiosk_pin_stands_once_set(monkeypatch) -> None:
    monkeypatch.setenv("DESK_KIOSK_PIN_HASH", PIN_HASH.replace("abcd", "ffff"))
    assert settings.load().kiosk.pin_hash.endswith("ffff")  # no machine PIN: the user's
    _machine(f'[kiosk]\npin_hash = "{PIN_HASH}"\n')
    assert settings.load().kiosk.pin_hash == PIN_HASH
