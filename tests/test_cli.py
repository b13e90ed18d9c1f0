from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk import __version__
from desk.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"desk {__version__}"


def test_demo_then_doctor_passes(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    ws = tmp_path / "demo"
    assert main(["demo", "--workspace", str(ws), "--patients", "12"]) == 0
    assert "12 patients" in capsys.readouterr().out
    assert main(["--workspace", str(ws), "doctor"]) == 0
    table = capsys.readouterr().out
    for check in ("key store", "database", "audit log", "Qt platform", "free disk", "server"):
        assert check in table
    assert "FAIL" not in table and "integrity ok" in table
    assert "chain and end verified" in table


def test_doctor_fails_on_an_audit_log_cut_short(tmp_path: Path, capsys, monkeypatch) -> None:
    from desk.storage import Workspace
    from desk.storage.schema import audit

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    ws = tmp_path / "demo"
    assert main(["demo", "--workspace", str(ws), "--patients", "3"]) == 0
    with Workspace.open(ws) as opened, opened.begin() as conn:  # someone holding the key
        last = conn.execute(audit.select().order_by(audit.c.seq.desc()).limit(1)).first()
        conn.execute(audit.delete().where(audit.c.seq == last.seq))
        conn.exec_driver_sql("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit'")
    capsys.readouterr()
    assert main(["--workspace", str(ws), "doctor"]) == 1
    assert f"audit log    FAIL  altered at entry {last.seq}" in capsys.readouterr().out


def test_doctor_fails_for_a_missing_workspace_and_an_unreachable_server(
        tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DESK_SERVER_URL", "http://127.0.0.1:9/fhir")  # discard port: nothing
    assert main(["--workspace", str(tmp_path / "none"), "doctor"]) == 1
    table = capsys.readouterr().out
    assert "database     FAIL  no workspace in" in table
    assert "server       FAIL  http://127.0.0.1:9/fhir" in table


def test_demo_refuses_an_existing_workspace(tmp_path: Path, capsys) -> None:
    assert main(["demo", "--workspace", str(tmp_path / "d"), "--patients", "2"]) == 0
    assert main(["demo", "--workspace", str(tmp_path / "d"), "--patients", "2"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_console_script_runs(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "desk", "--help"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    for command in ("demo", "doctor", "form", "sync"):
        assert command in done.stdout


def test_bad_setting_is_one_clear_line(capsys, monkeypatch) -> None:
    monkeypatch.setenv("DESK_SECURITY_LOCKOUT_ATTEMPTS", "many")
    assert main(["doctor"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("desk: The setting security.lockout_attempts") and "Traceback" not in err


def test_a_plain_start_builds_no_sub_commands_but_help_lists_them(capsys) -> None:
    from desk.cli import main, names_a_command

    assert not names_a_command(["--workspace", "demo", "--set", "ui.language=fr"])
    assert names_a_command(["--workspace", "w", "doctor"])
    assert names_a_command(["--help"])
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "demo" in out and "doctor" in out and "sync" in out


def test_kiosk_pin_keeps_only_a_hash_that_the_kiosk_accepts(monkeypatch, capsys) -> None:
    import io

    from desk.app_commands import load_settings
    from desk.cli import build_parser
    from desk.frontdesk.kiosk import pin_matches
    from desk.storage import settings

    monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n"))
    assert main(["kiosk-pin", "--stdin"]) == 0
    written = settings.user_file().read_text(encoding="utf-8")
    assert "pin_hash" in written and "2468" not in written
    assert pin_matches("2468", settings.load().kiosk.pin_hash)
    monkeypatch.setattr(sys, "stdin", io.StringIO("12\n"))
    assert main(["kiosk-pin", "--stdin"]) == 2
    assert "4 to 8 digits" in capsys.readouterr().err
    assert load_settings(build_parser(commands=False).parse_args(["--kiosk"])).kiosk.enabled
