from __future__ import annotations

from pathlib import Path

import pytest

from desk.errors import DeskError
from desk.storage import settings, settings_text


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_each_source_overrides_the_one_before(tmp_path: Path, monkeypatch) -> None:
    assert settings.load().server.url == ""
    _write(settings.machine_file(),
           '[server]\nurl = "https://machine"\n[security]\nidle_lock_minutes = 7\n'
           'lockout_attempts = 3\n[clinic]\nname = "Machine clinic"\n')
    s = settings.load()
    assert (s.server.url, s.security.idle_lock_minutes, s.clinic.name) == (
        "https://machine", 7.0, "Machine clinic")
    _write(settings.user_file(),
           '[server]\nurl = "https://user"\n[security]\nidle_lock_minutes = 6\n')
    s = settings.load()
    assert (s.server.url, s.security.idle_lock_minutes, s.security.lockout_attempts) == (
        "https://user", 6.0, 3)
    monkeypatch.setenv("DESK_SERVER_URL", "https://env")
    assert settings.load().server.url == "https://env"
    assert settings.load().security.idle_lock_minutes == 6.0
    s = settings.load(overrides=["server.url=https://flag"], workspace=str(tmp_path / "w"))
    assert s.server.url == "https://flag" and s.workspace_path == tmp_path / "w"
    assert s.clinic.name == "Machine clinic"


def test_environment_values_are_typed(monkeypatch) -> None:
    monkeypatch.setenv("DESK_KIOSK_ENABLED", "yes")
    monkeypatch.setenv("DESK_SECURITY_LOCKOUT_ATTEMPTS", "4")
    s = settings.load()
    assert s.kiosk.enabled is True and s.security.lockout_attempts == 4


def test_bad_values_name_the_setting(monkeypatch) -> None:
    monkeypatch.setenv("DESK_SECURITY_LOCKOUT_ATTEMPTS", "many")
    with pytest.raises(DeskError, match="security.lockout_attempts"):
        settings.load()


def test_broken_file_is_named() -> None:
    _write(settings.user_file(), "[server\nurl=")
    with pytest.raises(DeskError, match="cannot be read"):
        settings.load()


FOUND = Path(__file__).resolve().parents[2] / "bench" / "fuzz" / "found" / "settings"


@pytest.mark.parametrize("found", ["not-utf8.toml", "nested-lists.toml"])
def test_a_machine_file_desk_cannot_read_is_named_at_start(found: str) -> None:
    # found by the settings fuzz target: each raised a traceback (UnicodeDecodeError,
    # RecursionError) instead of naming the file
    settings.machine_file().parent.mkdir(parents=True, exist_ok=True)
    settings.machine_file().write_bytes((FOUND / found).read_bytes())
    with pytest.raises(DeskError, match="cannot be read"):
        settings.load()


def test_a_section_named_for_a_python_attribute_sets_nothing() -> None:
    # found with the settings fuzz target: [server.__class__] rewrote the default server
    # address of every later Settings(); [__class__] stopped desk with an AttributeError
    _write(settings.machine_file(), (FOUND / "class-section.toml").read_text()
           + (FOUND / "dunder-section.toml").read_text())
    assert settings.load().server.url == ""
    assert settings.Settings().server.url == ""


def test_newer_settings_file_is_refused() -> None:
    _write(settings.machine_file(), "version = 99\n")
    with pytest.raises(DeskError, match="newer desk"):
        settings.load()


def test_save_user_keeps_other_values_and_reloads() -> None:
    settings_text.save_user({"clinic.name": 'Clinique "Saint-Éloi"'})
    settings_text.save_user({"server.url": "https://fhir.example"})
    s = settings.load()
    assert s.clinic.name == 'Clinique "Saint-Éloi"' and s.server.url == "https://fhir.example"
    with pytest.raises(DeskError):
        settings_text.save_user({"security.lockout_attempts": "lots"})
