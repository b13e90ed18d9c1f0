"""``desk config show`` and ``desk config check``, through the command line."""

from __future__ import annotations

import re
from pathlib import Path

from desk.cli import main
from desk.storage import settings


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _shown(out: str) -> dict[str, tuple[str, str]]:
    """``desk config show``'s lines as name -> (value, where from)."""
    found = {}
    for line in out.splitlines():
        match = re.fullmatch(r"([a-z_.]+) = (.*?)\s+# (.*)", line)
        if match:
            found[match[1]] = (match[2], match[3])
    return found


def test_show_names_where_each_setting_came_from(tmp_path: Path, monkeypatch, capsys) -> None:
    machine = _write(settings.machine_file(), '[server]\nurl = "https://fhir.clinic.example"\n'
                     '[ui]\nlanguage = "es"\n')
    user = _write(tmp_path / "user.toml", '[ui]\nlanguage = "fr"\n')
    extra = _write(tmp_path / "extra.toml", '[clinic]\nname = "Clinique du Parc"\n')
    monkeypatch.setenv("DESK_USER_CONFIG", str(user))
    monkeypatch.setenv("DESK_LOG_LEVEL", "warning")
    assert main(["--config", str(extra), "--set", "kiosk.idle_reset_seconds=90", "--kiosk",
                 "--workspace", str(tmp_path / "ws"), "config", "show"]) == 0
    out = capsys.readouterr().out
    shown = _shown(out)
    assert set(shown) == set(settings.keys())
    assert shown["server.url"] == ('"https://fhir.clinic.example"', f"machine file {machine}")
    assert shown["ui.language"] == ('"fr"', f"user file {user}")  # the user file wins
    assert shown["clinic.name"] == ('"Clinique du Parc"', f"--config {extra}")
    assert shown["log.level"] == ('"WARNING"', "DESK_LOG_LEVEL")
    assert shown["kiosk.idle_reset_seconds"] == ("90", "--set")
    assert shown["kiosk.enabled"] == ("true", "--kiosk")
    assert shown["workspace"] == (f'"{tmp_path / "ws"}"', "--workspace")
    assert shown["security.idle_lock_minutes"] == ("5.0", "default")
    assert f"machine file  {machine}\n" in out and f"--config      {extra}\n" in out


def test_show_hides_the_pin_hash(capsys) -> None:
    assert main(["config", "show"]) == 0
    assert _shown(capsys.readouterr().out)["kiosk.pin_hash"] == ("(not set)", "default")
    from desk.frontdesk.kiosk import hash_pin

    pin_hash = hash_pin("2468")
    _write(settings.machine_file(), f'[kiosk]\npin_hash = "{pin_hash}"\n')
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert _shown(out)["kiosk.pin_hash"][0] == "(set, hidden)"
    assert pin_hash.split("$")[-1] not in out and "scrypt" not in out


def test_every_setting_named_like_a_secret_is_hidden() -> None:
    for name, (spec, _) in settings.specs().items():
        leaf = name.rpartition(".")[2]
        if any(word in leaf for word in ("hash", "password", "secret", "pin")) \
                or leaf.endswith("token"):
            assert spec.secret, name
            assert settings.shown(name, "x") == "(set, hidden)"


def test_show_points_out_a_misspelt_variable(monkeypatch, capsys) -> None:
    monkeypatch.setenv("DESK_SEVER_URL", "https://fhir.clinic.example")
    monkeypatch.setenv("DESK_MACHINE_CONFIG_DIR", "/etc")  # not near any setting's variable
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "DESK_SEVER_URL is set but is not a desk setting: did you mean DESK_SERVER_URL?" in out
    assert "DESK_MACHINE_CONFIG_DIR" not in out


def test_show_refuses_a_bad_value_in_one_line(monkeypatch, capsys) -> None:
    monkeypatch.setenv("DESK_UI_LANGUAGE", "klingon")
    assert main(["config", "show"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("desk: The setting ui.language from DESK_UI_LANGUAGE must be one of")
