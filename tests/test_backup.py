"""desk workspace backup / restore / delete, on real SQLCipher workspaces: a backup taken
while others write holds every committed record and no plaintext; a restore asks first,
sets the replaced workspace aside, and on another machine asks for the recovery passphrase."""

from __future__ import annotations

import stat
import threading
import zipfile
from pathlib import Path

import pytest

from desk.cli import main
from desk.errors import DeskError
from desk.frontdesk import patients
from desk.storage import SYSTEM, Workspace, backup, keys
from desk.storage.unlock import PLAINTEXT_HEADER, read_manifest
from tests.support.canary import needles
from tests.support.scripted_session import CANARIES
from tests.support.seeded import RECOVERY, canary_patient, patient_ids, seed, typed


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    ws = tmp_path / "ws"
    seed(ws, 3)
    typed(monkeypatch, RECOVERY, RECOVERY)
    assert main(["--workspace", str(ws), "workspace", "recovery", "set", "--stdin"]) == 0
    return ws


def _backup(ws: Path, out: Path) -> int:
    return main(["--workspace", str(ws), "workspace", "backup", str(out)])


def test_a_backup_taken_while_a_thread_writes_holds_what_was_committed(
        seeded: Path, tmp_path: Path) -> None:
    out, wrote, stop = tmp_path / "ws.deskbackup", threading.Event(), threading.Event()
    with Workspace.open(seeded) as ws:
        def keep_writing() -> None:
            n = 0
            while not stop.is_set():
                with ws.begin() as conn:
                    patients.register(conn, canary_patient(100 + n), SYSTEM)
                n += 1
                if n == 20:
                    wrote.set()

        writer = threading.Thread(target=keep_writing)
        writer.start()
        try:
            assert wrote.wait(60)
            with ws.read() as conn:
                before = {p.id for p in patients.all_patients(conn)}
            about = backup.write(ws, out)
        finally:
            stop.set()
            writer.join()
        with ws.read() as conn:
            after = {p.id for p in patients.all_patients(conn)}
    assert about.files == 1
    target = tmp_path / "elsewhere"
    backup.restore(out, target)
    restored = patient_ids(target)
    assert before <= restored <= after and len(before) >= 23


def test_a_backup_beside_an_open_write_transaction_leaves_out_only_that(
        seeded: Path, tmp_path: Path) -> None:
    out = tmp_path / "ws.deskbackup"
    committed = patient_ids(seeded)
    with Workspace.open(seeded) as ws, ws.engine.connect() as held:
        pending = held.begin()
        uncommitted = canary_patient(999)
        uncommitted.mrn = "HELD-1"
        patients.register(held, uncommitted, SYSTEM)
        backup.write(ws, out)
        pending.commit()
    backup.restore(out, tmp_path / "elsewhere")
    assert patient_ids(tmp_path / "elsewhere") == committed
    assert uncommitted.id in patient_ids(seeded)


def test_the_archive_holds_no_plaintext(seeded: Path, tmp_path: Path) -> None:
    out = tmp_path / "ws.deskbackup"
    assert _backup(seeded, out) == 0
    with zipfile.ZipFile(out) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    assert members["desk.db"][:16] != PLAINTEXT_HEADER
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert any(name.startswith("blobs/") for name in members)
    key_hex = keys.load_from_keyring(read_manifest(seeded).id).hex()  # type: ignore[union-attr]
    for name, data in members.items():
        assert key_hex.encode() not in data, name
        assert not [n for n in needles(CANARIES.values()) if n in data], name


def test_restore_on_a_machine_without_the_key_asks_for_the_recovery_passphrase(
        seeded: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    out = tmp_path / "ws.deskbackup"
    ids = patient_ids(seeded)
    assert _backup(seeded, out) == 0
    keys.delete_secret(read_manifest(seeded).id)  # the other machine's key store is empty
    typed(monkeypatch, "yes", "not the recovery phrase")
    assert main(["--workspace", str(seeded), "workspace", "restore", str(out), "--stdin"]) == 1
    assert "recovery passphrase is not right" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.before-restore-*")) and (seeded / "desk.db").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws", "ws.deskbackup"]
    typed(monkeypatch, "yes", RECOVERY)
    assert main(["--workspace", str(seeded), "workspace", "restore", str(out), "--stdin"]) == 0
    said = capsys.readouterr().out
    assert "restored" in said and ".before-restore-" in said
    assert patient_ids(seeded) == ids
    assert len(list(tmp_path.glob("ws.before-restore-*"))) == 1  # set aside, not deleted


def test_a_restored_older_backup_opens_without_an_audit_alarm(seeded: Path,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "ws.deskbackup"
    assert _backup(seeded, out) == 0
    with Workspace.open(seeded) as ws, ws.begin() as conn:
        patients.register(conn, canary_patient(7), SYSTEM)  # the audit log moves on
    assert main(["--workspace", str(seeded), "workspace", "restore", str(out), "--yes"]) == 0
    with Workspace.open(seeded) as ws:
        assert ws.check() == []


def test_restore_not_confirmed_changes_nothing(seeded: Path, tmp_path: Path, monkeypatch,
                                               capsys) -> None:
    out = tmp_path / "ws.deskbackup"
    assert _backup(seeded, out) == 0
    typed(monkeypatch, "no")
    assert main(["--workspace", str(seeded), "workspace", "restore", str(out)]) == 2
    assert "nothing was changed" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws", "ws.deskbackup"]


def test_a_keyring_workspace_without_recovery_is_not_backed_up(tmp_path: Path,
                                                               capsys) -> None:
    ws = tmp_path / "ws"
    seed(ws, 1)
    assert _backup(ws, tmp_path / "out.zip") == 2
    assert "desk workspace recovery set" in capsys.readouterr().err
    assert not (tmp_path / "out.zip").exists()


def test_what_is_not_a_backup_is_refused(seeded: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    assert main(["--workspace", str(seeded), "workspace", "restore", str(bad), "--yes"]) == 2
    assert "is not a desk backup" in capsys.readouterr().err
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("backup.json", '{"format": 1}')
        archive.writestr("../escape", "x")
    with pytest.raises(DeskError, match="outside the workspace"):
        backup.restore(bad, seeded)
    assert not (tmp_path / "escape").exists() and patient_ids(seeded)


def test_delete_asks_for_the_workspace_id(seeded: Path, monkeypatch, capsys) -> None:
    workspace_id = read_manifest(seeded).id
    typed(monkeypatch, "yes")
    assert main(["--workspace", str(seeded), "workspace", "delete"]) == 2
    assert seeded.is_dir() and keys.load_from_keyring(workspace_id) is not None
    typed(monkeypatch, workspace_id)
    assert main(["--workspace", str(seeded), "workspace", "delete"]) == 0
    assert f"workspace {workspace_id} deleted" in capsys.readouterr().out
    assert not seeded.exists() and keys.load_from_keyring(workspace_id) is None


def test_delete_leaves_what_is_not_desks(seeded: Path) -> None:
    (seeded / "notes.txt").write_text("IT's own file")
    Workspace.delete(seeded)
    assert [p.name for p in seeded.iterdir()] == ["notes.txt"]
    assert not Workspace.exists(seeded)


def test_a_damaged_backup_is_refused_and_the_workspace_stays(seeded: Path, tmp_path: Path,
                                                             capsys) -> None:
    out = tmp_path / "ws.deskbackup"
    assert _backup(seeded, out) == 0
    data = bytearray(out.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)  # inside the database's stored bytes
    out.write_bytes(bytes(data))
    ids = patient_ids(seeded)
    assert main(["--workspace", str(seeded), "workspace", "restore", str(out), "--yes"]) == 1
    assert "Nothing was changed." in capsys.readouterr().err
    assert patient_ids(seeded) == ids
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws", "ws.deskbackup"]
