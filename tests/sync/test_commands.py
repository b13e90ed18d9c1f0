"""``desk sync --once`` and ``desk server login`` through the real CLI."""

from __future__ import annotations

import io

import httpx
import pytest

from desk.cli import main
from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM, keys
from desk.sync.mapping import record_id_of

pytestmark = pytest.mark.server


def test_sync_once_sends_and_summarises(workspace, fhir, capsys, monkeypatch):
    with workspace.begin() as conn:
        p = patients.register(conn, Patient(family="Cli", given="Test"), SYSTEM)
    monkeypatch.setenv("DESK_SERVER_URL", fhir.base_url)
    code = main(["--workspace", str(workspace.path), "sync", "--once"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Sent 1 change in 1 bundle" in out and "0 changes wait" in out
    assert [record_id_of(r) for r in fhir.search_all("Patient")] == [p.id]


def test_after_a_restore_resend_all_puts_every_record_back_once(workspace, fhir, capsys,
                                                                  monkeypatch):
    monkeypatch.setenv("DESK_SERVER_URL", fhir.base_url)
    with workspace.begin() as conn:
        ids = {patients.register(conn, Patient(family=f"Restored{n}", given="Pat"), SYSTEM).id
               for n in range(4)}
    assert main(["--workspace", str(workspace.path), "sync", "--once"]) == 0
    kept = [r for r in fhir.search_all("Patient") if record_id_of(r) in ids][:2]
    fhir.reset()  # the server put back from a backup that held only two of them
    fhir.configure(update_create=True)  # the backup's records come back with their ids
    for resource in kept:
        httpx.put(f"{fhir.base_url}Patient/{resource['id']}", json=resource,
                  headers={"Content-Type": "application/fhir+json"}).raise_for_status()
    capsys.readouterr()
    assert main(["--workspace", str(workspace.path), "sync", "--once", "--resend-all"]) == 0
    assert "4 patients and 0 appointments will be sent again" in capsys.readouterr().out
    assert sorted(record_id_of(r) for r in fhir.search_all("Patient")) == sorted(ids)


def test_sync_once_offline_says_so(workspace, capsys, monkeypatch):
    monkeypatch.setenv("DESK_SERVER_URL", "http://127.0.0.1:9/")
    with workspace.begin() as conn:
        patients.register(conn, Patient(family="Cli", given="Test"), SYSTEM)
    code = main(["--workspace", str(workspace.path), "sync", "--once"])
    captured = capsys.readouterr()
    assert code == 1
    assert "cannot reach" in captured.err and "1 change waits to be sent." in captured.out


def test_sync_without_server_url(workspace, capsys):
    assert main(["--workspace", str(workspace.path), "sync", "--once"]) == 2
    assert "server.url" in capsys.readouterr().err


def test_server_login_keeps_the_token(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("secret-token\n"))
    code = main(["--set", "server.url=https://fhir.example.org/", "server", "login"])
    assert code == 0
    assert keys.load_secret("server-token:https://fhir.example.org/") == "secret-token"
    assert "secret-token" not in capsys.readouterr().out


def test_a_french_round_is_summarised_in_french(workspace, fhir, capsys, monkeypatch):
    with workspace.begin() as conn:
        patients.register(conn, Patient(family="Cli", given="Test"), SYSTEM)
    monkeypatch.setenv("DESK_SERVER_URL", fhir.base_url)
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert main(["--workspace", str(workspace.path), "sync", "--once"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("1 modification envoyée en 1 lot\u00a0; ")
    assert lines[1] == "0 modification en attente\u00a0; 0 enregistrement à examiner."


def test_offline_in_french_says_what_waits(workspace, capsys, monkeypatch):
    monkeypatch.setenv("DESK_SERVER_URL", "http://127.0.0.1:9/")
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    with workspace.begin() as conn:
        patients.register(conn, Patient(family="Cli", given="Test"), SYSTEM)
    assert main(["--workspace", str(workspace.path), "sync", "--once"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("desk sync\u00a0: ")
    assert captured.out == "1 modification attend d’être envoyée.\n"


def test_server_login_in_spanish(monkeypatch, capsys):
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("secret-token\n"))
    assert main(["--set", "server.url=https://fhir.example.org/", "server", "login"]) == 0
    assert capsys.readouterr().out == ("El token de acceso para https://fhir.example.org/ se "
                                       "guarda en el almacén de claves del sistema.\n")
