"""``desk config show`` and ``desk config check``, through the command line."""

from __future__ import annotations

import re
from pathlib import Path

from desk.cli import main
from desk.storage import settings, settings_text


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
            assert settings_text.shown(name, "x") == "(set, hidden)"


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


def _check(tmp_path: Path, text: str, capsys) -> tuple[int, list[str]]:
    path = _write(tmp_path / "desk.toml", text)
    code = main(["config", "check", str(path)])
    return code, [line.removeprefix(f"{path}:") for line in capsys.readouterr().out.splitlines()]


CLEAN = """version = 1
[server]
url = "https://fhir.clinic.example/r4"
timeout_seconds = 30
[kiosk]
enabled = true
idle_reset_seconds = 90
[log]
level = "warning"
"""


def test_check_passes_a_clean_file_that_load_then_reads(tmp_path: Path, capsys) -> None:
    code, out = _check(tmp_path, CLEAN, capsys)
    assert (code, out) == (0, [" no problems (5 settings set)."])
    loaded = settings.load(extra_file=str(tmp_path / "desk.toml"))
    assert (loaded.server.timeout_seconds, loaded.kiosk.idle_reset_seconds) == (30.0, 90)


def test_check_names_an_unknown_key_its_line_and_the_nearest_known_one(tmp_path: Path,
                                                                        capsys) -> None:
    code, out = _check(tmp_path, '# IT\n[server]\nulr = "https://x.example"\n\n[sever]\n'
                       'ca_bundle = "/etc/ssl/clinic.pem"\n[kiosk]\nidle_lock_minutes = 3\n',
                       capsys)
    assert code == 1
    assert out[:3] == ["3: server.ulr is not a desk setting; did you mean server.url?",
                       "6: sever.ca_bundle is not a desk setting; did you mean server.ca_bundle?",
                       "8: kiosk.idle_lock_minutes is not a desk setting; did you mean "
                       "security.idle_lock_minutes?"]
    assert out[3] == " 3 problems; correct them and check again before deploying the file."


def test_check_names_bad_values_and_their_lines(tmp_path: Path, capsys) -> None:
    code, out = _check(tmp_path, '[kiosk]\nenabled = "yes"\nidle_reset_seconds = 5\n'
                       'pin_hash = "2468"\n[ui]\nlanguage = "de"\n[security]\n'
                       'lockout_attempts = 2.5\n[clinic]\nname = 12\n', capsys)
    assert code == 1
    assert out[:-1] == [
        "2: kiosk.enabled must be true or false, not text (write it without quotes)",
        "3: kiosk.idle_reset_seconds must be at least 10 and at most 3600, not 5",
        "4: kiosk.pin_hash must be the hash that `desk kiosk-pin --machine` writes, never the PIN itself",
        '6: ui.language must be one of en, fr, es, not "de"',
        "8: security.lockout_attempts must be a whole number, not a number",
        "10: clinic.name must be text, not a whole number (put it in quotes)"]
    assert "2468" not in "\n".join(out)


def test_check_gives_the_line_of_a_toml_syntax_error(tmp_path: Path, capsys) -> None:
    code, out = _check(tmp_path, '[server]\nurl = "https://x.example"\n[kiosk\nenabled = true\n',
                       capsys)
    assert code == 1
    assert out[0].startswith("3: not valid TOML: ")


def test_check_refuses_a_section_written_as_a_value_and_a_newer_version(tmp_path: Path,
                                                                         capsys) -> None:
    code, out = _check(tmp_path, 'version = 2\nserver = "https://x.example"\n', capsys)
    assert code == 1
    assert out[:2] == ["1: version must be a whole number up to 1 (this desk's settings version)",
                       "2: server is a section: write [server] and its settings on the lines "
                       "below it"]


def test_check_of_a_missing_file_fails(tmp_path: Path, capsys) -> None:
    assert main(["config", "check", str(tmp_path / "none.toml")]) == 1
    assert "cannot be read" in capsys.readouterr().out


def test_check_says_a_too_deeply_nested_file_cannot_be_read(tmp_path: Path, capsys) -> None:
    # found by the settings fuzz target: `desk config check` stopped with a RecursionError
    found = Path(__file__).resolve().parents[1] / "bench" / "fuzz" / "found" / "settings"
    code, out = _check(tmp_path, (found / "nested-lists.toml").read_text(), capsys)
    assert code == 1
    assert out[0] == " cannot be read: its lists or tables are nested too deeply"
