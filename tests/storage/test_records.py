from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage import SYSTEM, Actor, Workspace, audit, migrate
from desk.storage.schema import audit as audit_table
from desk.storage.schema import patient


def test_blob_round_trip_and_nothing_readable_on_disk(workspace: Workspace) -> None:
    secret = b"%PDF-1.7 signature of Zyxwv-Canary"
    with workspace.begin() as conn:
        blob_id = workspace.blobs.put(conn, "Consent", "c-1", secret, "application/pdf")
    with workspace.read() as conn:
        assert workspace.blobs.get(conn, blob_id) == secret
    files = [f for f in (workspace.path / "blobs").rglob("*") if f.is_file()]
    assert len(files) == 1 and b"Zyxwv" not in files[0].read_bytes()


def test_flipped_byte_in_a_blob_is_detected(workspace: Workspace) -> None:
    with workspace.begin() as conn:
        blob_id = workspace.blobs.put(conn, "Consent", "c-1", b"x" * 1000, "image/png")
    file = next(f for f in (workspace.path / "blobs").rglob("*") if f.is_file())
    data = bytearray(file.read_bytes())
    data[500] ^= 0x01
    file.write_bytes(bytes(data))
    with pytest.raises(DeskError, match="damaged or was altered"), workspace.read() as conn:
        workspace.blobs.get(conn, blob_id)


def test_blob_moved_to_another_record_fails(workspace: Workspace) -> None:
    with workspace.begin() as conn:
        a = workspace.blobs.put(conn, "Consent", "c-1", b"first", "image/png")
        b = workspace.blobs.put(conn, "Consent", "c-2", b"second", "image/png")
    path_a, path_b = (workspace.blobs._path(x) for x in (a, b))
    shutil.copy(path_a, path_b)
    with pytest.raises(DeskError), workspace.read() as conn:
        workspace.blobs.get(conn, b)


def test_full_disk_while_writing_a_blob(workspace: Workspace, monkeypatch) -> None:
    from desk.storage import blobs

    def full_disk_open(*_args, **_kwargs):  # fake: a real full disk needs a mount
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(blobs, "open", full_disk_open, raising=False)
    with pytest.raises(DeskError) as err, workspace.begin() as conn:
        workspace.blobs.put(conn, "Consent", "c-1", b"data", "image/png")
    assert err.value.kind == "disk"
    with workspace.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM blob").scalar() == 0


def test_audit_chain_verifies_and_an_edit_is_detected(workspace: Workspace) -> None:
    clerk = Actor("u-1", "clerk")
    with workspace.begin() as conn:
        for n in range(5):
            audit.record(conn, clerk, "patient.view", "Patient", f"p-{n}")
    with workspace.read() as conn:
        check = audit.verify(conn)
    assert check.ok and check.entries >= 5
    with workspace.begin() as conn:
        third = conn.execute(sa.select(audit_table.c.seq).where(
            audit_table.c.record_id == "p-2")).scalar()
        conn.execute(audit_table.update().where(audit_table.c.seq == third)
                     .values(record_id="p-9"))
    with workspace.read() as conn:
        check = audit.verify(conn)
    assert not check.ok and check.first_bad_seq == third


def test_deleted_audit_entry_is_detected(workspace: Workspace) -> None:
    with workspace.begin() as conn:
        for n in range(3):
            audit.record(conn, SYSTEM, "x", "Patient", f"p-{n}")
        middle = conn.execute(sa.select(audit_table.c.seq).where(
            audit_table.c.record_id == "p-1")).scalar()
        conn.execute(audit_table.delete().where(audit_table.c.seq == middle))
    with workspace.read() as conn:
        assert not audit.verify(conn).ok


def test_migration_of_an_older_database_keeps_every_row(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "ws")
    ws.close()
    # Rebuild the database as the first release left it, with rows in it.
    (tmp_path / "ws" / "desk.db").unlink()
    from desk.storage.unlock import key_for, read_manifest

    key = key_for(read_manifest(tmp_path / "ws"), None)[0]
    from desk.storage.database import open_database

    engine = open_database(tmp_path / "ws" / "desk.db", key)
    migrate.upgrade(engine, tmp_path / "ws" / "desk.db", tmp_path / "ws" / "backups",
                    target="0001_initial")
    with engine.begin() as conn:
        for n in range(50):
            conn.execute(patient.insert().values(
                id=f"p-{n}", mrn=f"M{n}", family=f"Fam{n}", given="G", updated_at="t"))
    engine.dispose()
    copy = tmp_path / "copy"
    shutil.copytree(tmp_path / "ws", copy)
    with Workspace.open(copy) as upgraded:
        assert upgraded.backup is not None and upgraded.backup.exists()
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        with upgraded.read() as conn:
            rows = conn.execute(sa.select(patient.c.id, patient.c.family)
                                .order_by(patient.c.mrn)).all()
            assert conn.exec_driver_sql("SELECT count(*) FROM draft").scalar() == 0
    assert sorted(rows) == sorted((f"p-{n}", f"Fam{n}") for n in range(50))


def test_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.head_revision() == migrate.HEAD
