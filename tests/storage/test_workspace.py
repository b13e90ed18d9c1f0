from __future__ import annotations

import os
import shutil
import stat
import threading
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.frontdesk import patients
from desk.frontdesk.model import Patient
from desk.storage import SYSTEM, NeedPassphrase, Workspace, keys
from desk.storage.schema import outbox


def _alice() -> Patient:
    return Patient(family="Zyxwv-Canary", given="Qwerty", birth_date=date(1984, 3, 1),
                   sex="female", phone="+33 6 12 34 56 78")


def test_patient_survives_close_and_reopen(workspace: Workspace) -> None:
    with workspace.begin() as conn:
        saved = patients.register(conn, _alice(), SYSTEM)
    path = workspace.path
    workspace.close()
    with Workspace.open(path) as again, again.read() as conn:
        back = patients.get(conn, saved.id)
    assert (back.family, back.given, back.birth_date, back.mrn) == (
        "Zyxwv-Canary", "Qwerty", date(1984, 3, 1), saved.mrn)


def test_many_threads_at_once_each_keep_their_connection(workspace: Workspace) -> None:
    """The UI's workers, sync's threads and the UI thread all use the workspace at once:
    one opening a connection never closes another's in the middle of its work."""
    with workspace.begin() as conn:
        saved = patients.register(conn, _alice(), SYSTEM)
    threads = 9
    all_open = threading.Barrier(threads)
    read: list[str] = []
    failed: list[Exception] = []

    def work() -> None:
        try:
            with workspace.read() as conn:
                patients.get(conn, saved.id)
                all_open.wait(timeout=10)  # every thread holds its connection now
                read.append(patients.get(conn, saved.id).family)
        except Exception as err:  # a closed connection, or the barrier broken by another
            all_open.abort()
            failed.append(err)

    running = [threading.Thread(target=work) for _ in range(threads)]
    for t in running:
        t.start()
    for t in running:
        t.join(timeout=20)
    assert failed == []
    assert read == ["Zyxwv-Canary"] * threads


def test_a_change_read_and_written_in_one_transaction_loses_no_one_elses(
        workspace: Workspace) -> None:
    """Two desks' worth of work at once: one reads a patient and, before it writes, another
    saves a change to the same patient. The second waits its turn, so neither change is
    lost (the driver's own BEGIN came only at the first write: the first wrote over the
    second from what it had read before)."""
    with workspace.begin() as conn:
        saved = patients.register(conn, _alice(), SYSTEM)
    has_read, other_done = threading.Event(), threading.Event()

    def other() -> None:
        has_read.wait(timeout=10)
        with workspace.begin() as conn:
            p = patients.get(conn, saved.id)
            p.phone += " B"
            patients.update(conn, p, SYSTEM)
        other_done.set()

    thread = threading.Thread(target=other)
    thread.start()
    with workspace.begin() as conn:
        p = patients.get(conn, saved.id)
        has_read.set()
        other_done.wait(timeout=1)  # it cannot finish before this one: it waits its turn
        p.phone += " A"
        patients.update(conn, p, SYSTEM)
    thread.join(timeout=10)
    with workspace.read() as conn:
        assert patients.get(conn, saved.id).phone == "+33 6 12 34 56 78 A B"


def test_database_file_is_encrypted_and_holds_no_plaintext(workspace: Workspace) -> None:
    with workspace.begin() as conn:
        patients.register(conn, _alice(), SYSTEM)
    with workspace.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = workspace.db_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Zyxwv" not in raw and b"Qwerty" not in raw


def test_key_lives_in_the_key_store_not_the_folder(workspace: Workspace) -> None:
    key = keys.load_from_keyring(workspace.id)
    assert key is not None and len(key) == 32
    for file in workspace.path.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            assert key not in data and key.hex().encode() not in data


def test_wrong_key_is_refused_clearly_and_changes_nothing(workspace: Workspace) -> None:
    with workspace.begin() as conn:
        patients.register(conn, _alice(), SYSTEM)
    path = workspace.path
    workspace.close()
    before = (path / "desk.db").read_bytes()
    keys.store_in_keyring(_manifest_id(path), os.urandom(32))
    with pytest.raises(DeskError) as err:
        Workspace.open(path)
    assert err.value.kind == "key"
    assert "key does not match" in err.value.message
    assert (path / "desk.db").read_bytes() == before


def _manifest_id(path: Path) -> str:
    from desk.storage.unlock import read_manifest

    return read_manifest(path).id


def test_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", passphrase="correct horse").close()
    with pytest.raises(DeskError, match="passphrase is not right"):
        Workspace.open(tmp_path / "ws", passphrase="wrong horse")
    with pytest.raises(NeedPassphrase):
        Workspace.open(tmp_path / "ws")
    Workspace.open(tmp_path / "ws", passphrase="correct horse").close()


def test_corrupt_database_gives_a_clear_message(workspace: Workspace) -> None:
    path = workspace.path
    workspace.close()
    db = path / "desk.db"
    data = bytearray(db.read_bytes())
    data[100:200] = os.urandom(100)
    db.write_bytes(bytes(data))
    with pytest.raises(DeskError) as err:
        Workspace.open(path)
    assert err.value.kind == "key"
    assert "damaged" in err.value.message
    assert db.read_bytes() == bytes(data)


def _flip_a_page_in_the_middle(workspace: Workspace) -> Path:
    """Register patients, close, and damage a page in the middle of the file (past the
    schema, which the open reads): the workspace still opens."""
    with workspace.begin() as conn:
        for n in range(400):
            patients.register(conn, Patient(family=f"Family{n}", given="Pat " + "x" * 200),
                              SYSTEM)
    with workspace.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = workspace.path
    workspace.close()
    db = path / "desk.db"
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(b ^ 0xFF for b in data[middle:middle + 64])
    db.write_bytes(bytes(data))
    return path


def test_a_database_damaged_in_the_middle_is_found_and_says_there_is_no_backup(
        workspace: Workspace) -> None:
    path = _flip_a_page_in_the_middle(workspace)
    with Workspace.open(path) as ws:
        damage = ws.damage()
    assert damage is not None and "holds no backup" in damage


def test_the_damage_message_names_the_backups(workspace: Workspace) -> None:
    from desk.storage import migrate

    backup = migrate.backup_database(workspace.engine, workspace.db_path, workspace.backup_dir,
                                     label="0008")
    path = _flip_a_page_in_the_middle(workspace)
    with Workspace.open(path) as ws:
        damage = ws.damage()
    assert damage is not None and backup.name in damage and str(ws.backup_dir) in damage


def test_a_whole_database_passes_its_check(workspace: Workspace) -> None:
    with workspace.begin() as conn:
        patients.register(conn, Patient(family="Whole", given="Pat"), SYSTEM)
    assert workspace.damage() is None


def test_unwritable_workspace_folder_gives_a_clear_message(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root ignores permission bits; a path under a regular file can never be created.
        blocked = tmp_path / "file"
        blocked.write_text("x")
        target = blocked / "ws"
    else:
        (tmp_path / "ro").mkdir()
        os.chmod(tmp_path / "ro", stat.S_IRUSR | stat.S_IXUSR)
        target = tmp_path / "ro" / "ws"
    with pytest.raises(DeskError) as err:
        Workspace.create(target)
    assert err.value.kind == "storage"
    assert "cannot write" in err.value.message


def test_full_disk_refuses_the_change_and_keeps_what_was_saved(workspace: Workspace) -> None:
    with workspace.begin() as conn:
        first = patients.register(conn, _alice(), SYSTEM)
    with workspace.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # Simulate a full disk: SQLite's page limit makes the next growth fail with SQLITE_FULL.
    sa.event.listen(workspace.engine, "connect",
                    lambda c, _r: c.execute(f"PRAGMA max_page_count={pages}"))
    workspace.engine.dispose()
    big = Patient(family="X" * 200_000, given="Y")
    with pytest.raises(DeskError) as err, workspace.begin() as conn:
        patients.register(conn, big, SYSTEM)
    assert err.value.kind == "disk"
    assert "disk is full" in err.value.message
    with workspace.read() as conn:
        assert [p.id for p in patients.all_patients(conn)] == [first.id]
        assert conn.execute(sa.select(sa.func.count()).select_from(outbox)).scalar() == 1


def test_outbox_entry_commits_and_rolls_back_with_the_change(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError), workspace.begin() as conn:
        patients.register(conn, _alice(), SYSTEM)
        raise RuntimeError("power cut")
    with workspace.read() as conn:
        assert patients.count(conn) == 0
        assert conn.execute(sa.select(sa.func.count()).select_from(outbox)).scalar() == 0
    with workspace.begin() as conn:
        p = patients.register(conn, _alice(), SYSTEM)
    with workspace.read() as conn:
        rows = conn.execute(sa.select(outbox.c.record_id, outbox.c.op)).all()
    assert rows == [(p.id, "create")]


def test_plaintext_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    ws = Workspace.create(tmp_path / "ws", passphrase="pass phrase")
    ws.close()
    (tmp_path / "ws" / "desk.db").unlink()
    sqlite3.connect(tmp_path / "ws" / "desk.db").execute("create table t(x)").connection.commit()
    with pytest.raises(DeskError, match="not encrypted"):
        Workspace.open(tmp_path / "ws", passphrase="pass phrase")


def test_a_full_disk_at_open_is_said_and_loses_nothing(tmp_path: Path, small_disk: Path) -> None:
    with Workspace.create(tmp_path / "ws", passphrase="clinic passphrase") as ws, \
            ws.begin() as conn:
        patients.register(conn, Patient(family="Kept", given="Pat"), SYSTEM)
    shutil.copytree(tmp_path / "ws", small_disk / "ws")
    for left in (small_disk / "ws").glob("desk.db-*"):
        left.unlink()
    db = (small_disk / "ws" / "desk.db").read_bytes()
    # unbuffered: nothing is left to flush (and fail again) when the file closes
    with open(small_disk / "filler", "wb", buffering=0) as filler, pytest.raises(OSError):
        while True:
            filler.write(bytes(65536))
    with pytest.raises(DeskError) as err:
        Workspace.open(small_disk / "ws", passphrase="clinic passphrase")
    assert err.value.kind == "disk" and "disk holding the workspace is full" in err.value.message
    (small_disk / "filler").unlink()
    assert (small_disk / "ws" / "desk.db").read_bytes() == db
    with Workspace.open(small_disk / "ws", passphrase="clinic passphrase") as ws, \
            ws.read() as conn:
        assert [p.family for p in patients.all_patients(conn)] == ["Kept"]


def _say_demo(path: Path) -> None:
    manifest = path / "workspace.toml"
    manifest.write_text(manifest.read_text().replace("demo = false", "demo = true"))


def test_demo_in_workspace_toml_does_not_make_a_real_workspace_a_demo(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "keyring").close()
    _say_demo(tmp_path / "keyring")
    with Workspace.open(tmp_path / "keyring") as ws:
        assert not ws.is_demo  # no fake appointments are booked for its patients
    Workspace.create(tmp_path / "phrase", passphrase="clinic passphrase").close()
    _say_demo(tmp_path / "phrase")
    with pytest.raises(NeedPassphrase):  # the demo's passphrase does not open it
        Workspace.open(tmp_path / "phrase")
    with Workspace.open(tmp_path / "phrase", passphrase="clinic passphrase") as ws:
        assert not ws.is_demo


def test_a_demo_workspace_is_one_by_its_key(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "demo", demo=True).close()
    with Workspace.open(tmp_path / "demo") as ws:
        assert ws.is_demo


def _stored_files(ws: Workspace) -> set[str]:
    return {p.name for p in (ws.path / "blobs").glob("??/*")}


def test_files_no_record_kept_are_swept_once_the_workspace_is_checked(
        workspace: Workspace) -> None:
    """A disc read and never confirmed (desk stopped, or its chart closed, mid-read) and a
    crash's half-written file leave sealed files no row indexes; the next start's check
    removes them, and only them."""
    with workspace.begin() as conn:
        kept = workspace.blobs.put(conn, "Patient", "p1", b"an image kept", "application/dicom")
    left = workspace.blobs.seal("Patient", "p1", b"an image never confirmed", "application/dicom")
    part = workspace.path / "blobs" / left.blob_id[:2] / "0a-crashed.part"
    part.write_bytes(b"half written")
    assert _stored_files(workspace) == {kept, left.blob_id, part.name}
    path = workspace.path
    workspace.close()
    with Workspace.open(path) as ws:
        reading_now = ws.blobs.seal("Patient", "p1", b"a disc being read", "application/dicom")
        assert ws.check() == []
        assert _stored_files(ws) == {kept, reading_now.blob_id}
        with ws.read() as conn:
            assert ws.blobs.get(conn, kept) == b"an image kept"


def test_a_damaged_database_sweeps_no_file(workspace: Workspace) -> None:
    left = workspace.blobs.seal("Patient", "p1", b"an image never confirmed", "application/dicom")
    path = _flip_a_page_in_the_middle(workspace)
    with Workspace.open(path) as ws:
        assert ws.check() != []
        assert left.blob_id in _stored_files(ws)
