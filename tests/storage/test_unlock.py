"""Unlocking a workspace before its database is opened in full: when staff may sign in at
once, and when desk must take the long way (real SQLCipher files)."""

from __future__ import annotations

import shutil
from pathlib import Path

from desk.storage import Workspace, accounts, crypto
from desk.storage.unlock import Unlocked, unlock


def _with_staff(path: Path) -> Path:
    with Workspace.create(path) as ws, ws.begin() as conn:
        accounts.create_user(conn, "remi", "Rémi Garnier", "front desk", "password1")
    return path


def test_a_current_workspace_with_staff_is_ready_for_sign_in(tmp_path: Path) -> None:
    unlocked = unlock(_with_staff(tmp_path / "ws"))
    assert unlocked.ready()
    with Workspace.opened(unlocked) as ws, ws.read() as conn:
        assert accounts.has_users(conn)


def test_the_long_way_without_staff_with_a_wrong_key_or_a_missing_database(
        tmp_path: Path) -> None:
    Workspace.create(tmp_path / "empty").close()
    assert not unlock(tmp_path / "empty").ready()  # the first administrator is asked for
    unlocked = unlock(_with_staff(tmp_path / "ws"))
    wrong = Unlocked(unlocked.path, unlocked.manifest, crypto.random_key(), False)
    assert not wrong.ready()  # the full open says the key does not match
    (tmp_path / "ws" / "desk.db").rename(tmp_path / "ws" / "moved.db")
    assert not unlocked.ready()
    assert not (tmp_path / "ws" / "desk.db").exists()  # the look made no new database


def test_an_older_schema_takes_the_long_way_to_its_upgrade(tmp_path: Path) -> None:
    import sqlcipher3

    unlocked = unlock(_with_staff(tmp_path / "ws"))
    conn = sqlcipher3.connect(str(unlocked.db_path))
    conn.execute(f"PRAGMA key = \"x'{unlocked.key.hex()}'\"")
    conn.execute("UPDATE alembic_version SET version_num = '0012_older'")
    conn.commit()
    conn.close()
    assert not unlocked.ready()


def test_a_plaintext_database_is_never_ready(tmp_path: Path) -> None:
    unlocked = unlock(_with_staff(tmp_path / "ws"))
    import sqlite3

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE staff_user (id)").connection.close()
    shutil.copy(plain, unlocked.db_path)
    assert not unlocked.ready()
