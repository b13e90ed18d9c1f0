"""Upgrades keep the data: a backup before migrating, put back when a migration fails, and
data from a newer desk refused without a change. Real SQLCipher files throughout."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage import Workspace, migrate
from desk.storage.database import open_database
from desk.storage.schema import patient
from desk.storage.unlock import key_for, read_manifest

PATIENTS = 40
RELEASED = migrate.HEAD  # this desk's newest schema (a test below pretends to be newer)

BROKEN = '''"""A migration that fails half-way, after changing the schema.

Revision ID: 0010_broken
Revises: {head}
"""

from alembic import op

revision = "0010_broken"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("draft")
    raise RuntimeError("the migration went wrong")
'''


def _engine(folder: Path) -> sa.Engine:
    return open_database(folder / "desk.db", key_for(read_manifest(folder), None)[0])


def first_release(folder: Path) -> Path:
    """A workspace whose database is at migration 0001, with patients in it."""
    Workspace.create(folder).close()
    (folder / "desk.db").unlink()
    engine = _engine(folder)
    migrate.upgrade(engine, folder / "desk.db", folder / "backups", target="0001_initial")
    with engine.begin() as conn:
        for n in range(PATIENTS):
            conn.execute(patient.insert().values(id=f"p-{n}", mrn=f"M{n}", family=f"Fam{n}",
                                                 given="G", updated_at="t"))
    engine.dispose()
    return folder


def _patients(ws: Workspace) -> list[str]:
    with ws.read() as conn:
        return sorted(conn.execute(sa.select(patient.c.id)).scalars())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def break_newest_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """desk from now on as if its newest migration failed half-way (a copy of the scripts
    plus one that fails)."""
    scripts = tmp_path / "migrations"
    shutil.copytree(Path(migrate.__file__).with_name("migrations"), scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0010_broken.py").write_text(BROKEN.format(head=migrate.HEAD))
    real_config = migrate._config

    def config():
        config = real_config()
        config.set_main_option("script_location", str(scripts))
        return config

    monkeypatch.setattr(migrate, "_config", config)
    monkeypatch.setattr(migrate, "known_revisions", lambda: {p.stem for p in (
        scripts / "versions").glob("0*.py")})
    monkeypatch.setattr(migrate, "HEAD", "0010_broken")


def test_the_first_release_opens_upgraded_with_every_record_and_a_backup(tmp_path: Path) -> None:
    folder = first_release(tmp_path / "ws")
    with Workspace.open(folder) as ws:
        assert migrate.current_revision(ws.engine) == migrate.HEAD
        assert _patients(ws) == sorted(f"p-{n}" for n in range(PATIENTS))
        backup = ws.backup
    assert backup is not None and backup.parent == folder / "backups"
    # The backup is the encrypted database as it was: schema 0001, the same rows.
    assert backup.read_bytes()[:16] != b"SQLite format 3\x00"
    engine = open_database(backup, key_for(read_manifest(folder), None)[0])
    try:
        assert migrate.current_revision(engine) == "0001_initial"
        with engine.connect() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(patient)).scalar() \
                == PATIENTS
    finally:
        engine.dispose()


def test_a_failed_migration_puts_the_backup_back_and_says_so(tmp_path: Path,
                                                             monkeypatch) -> None:
    folder = tmp_path / "ws"
    with Workspace.create(folder) as ws, ws.begin() as conn:
        conn.execute(patient.insert().values(id="p-1", mrn="M1", family="Fam", given="G",
                                             updated_at="t"))
    break_newest_migration(tmp_path, monkeypatch)
    with pytest.raises(DeskError) as failed:
        Workspace.open(folder)
    message = failed.value.message
    assert f"from schema version {RELEASED} to 0010_broken" in message
    assert "put back the copy it made just before" in message and "nothing was lost" in message
    assert str(folder / "backups") in message
    assert failed.value.kind == "storage"
    # Back on the desk that was installed before: the data is as it was, draft table and all.
    monkeypatch.undo()
    with Workspace.open(folder) as ws:
        assert ws.backup is None and migrate.current_revision(ws.engine) == migrate.HEAD
        assert _patients(ws) == ["p-1"]
        with ws.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM draft").scalar() == 0


def test_data_from_a_newer_desk_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.create(folder) as ws, ws.begin() as conn:
        conn.execute(patient.insert().values(id="p-1", mrn="M1", family="Fam", given="G",
                                             updated_at="t"))
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0042_future'")
    before = _digest(folder / "desk.db")
    with pytest.raises(DeskError) as refused:
        Workspace.open(folder)
    message = refused.value.message
    assert "newer desk" in message and "0042_future" in message and migrate.HEAD in message
    assert "Nothing was opened or changed" in message
    assert _digest(folder / "desk.db") == before
    assert not (folder / "backups").exists() or not any((folder / "backups").iterdir())
    # The newer desk (here: its revision put back by hand) still finds every record.
    engine = _engine(folder)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{migrate.HEAD}'")
    engine.dispose()
    with Workspace.open(folder) as ws:
        assert _patients(ws) == ["p-1"]


def test_a_workspace_description_from_a_newer_desk_is_refused(tmp_path: Path) -> None:
    from desk.storage.unlock import FORMAT, MANIFEST

    Workspace.create(tmp_path / "ws").close()
    manifest = tmp_path / "ws" / MANIFEST
    text = manifest.read_text().replace(f"format = {FORMAT}\n", f"format = {FORMAT + 1}\n")
    manifest.write_text(text)
    before = _digest(tmp_path / "ws" / "desk.db")
    with pytest.raises(DeskError, match=f"format {FORMAT + 1}, and this desk reads formats up "
                                        f"to {FORMAT}. Nothing was opened or changed"):
        Workspace.open(tmp_path / "ws")
    assert manifest.read_text() == text and _digest(tmp_path / "ws" / "desk.db") == before
