"""The audit log as someone holding the workspace would try to change it: every edit,
removal or rollback is found, at open and by the chain's walk."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import NamedTuple

import pytest
import sqlalchemy as sa

from desk.storage import SYSTEM, Workspace, audit
from desk.storage.audit import GENESIS, _digest
from desk.storage.schema import audit as audit_table

PASSPHRASE = "clinic passphrase"


def _logged(ws: Workspace, n: int, start: int = 0) -> None:
    with ws.begin() as conn:
        for i in range(start, start + n):
            audit.record(conn, SYSTEM, "patient.view", "Patient", f"p-{i}")


def _rehash(conn: sa.Connection) -> None:
    """What a careful forger does after removing entries: hash the rest again."""
    prev = GENESIS
    for row in conn.execute(sa.select(audit_table).order_by(audit_table.c.seq)).all():
        entry = row._asdict()
        digest = _digest(prev, entry)
        conn.execute(audit_table.update().where(audit_table.c.seq == entry["seq"])
                     .values(prev_hash=prev, hash=digest))
        prev = digest


def _seqs(ws: Workspace) -> list[int]:
    with ws.read() as conn:
        return list(conn.execute(sa.select(audit_table.c.seq).order_by(audit_table.c.seq))
                    .scalars())


class Made(NamedTuple):
    path: Path
    passphrase: str | None

    def open(self) -> Workspace:
        return Workspace.open(self.path, passphrase=self.passphrase)


@pytest.fixture(params=["keyring", "passphrase"])
def made(request, tmp_path: Path) -> Made:
    """A workspace with ten audit entries, closed (its head kept), key in either place."""
    phrase = PASSPHRASE if request.param == "passphrase" else None
    with Workspace.create(tmp_path / "ws", passphrase=phrase) as ws:
        _logged(ws, 10)
    return Made(tmp_path / "ws", phrase)


def test_a_whole_log_verifies_at_open(made: Made) -> None:
    with made.open() as ws:
        assert ws.check() == [] and ws.audit_check().ok


def test_one_byte_changed_in_an_entry_is_found_at_open(made: Made) -> None:
    with made.open() as ws, ws.begin() as conn:
        conn.execute(audit_table.update().where(audit_table.c.seq == 4)
                     .values(username="systen"))
    with made.open() as ws:
        assert ws.audit_check().first_bad_seq == 4
        assert any("audit log was altered at entry 4" in p for p in ws.check())


def test_the_last_entry_removed_is_found(made: Made) -> None:
    with made.open() as ws, ws.begin() as conn:
        conn.execute(audit_table.delete().where(audit_table.c.seq == 10))
    with made.open() as ws:
        assert not ws.audit_check().ok


def test_a_middle_entry_removed_and_the_rest_hashed_again_is_found(made: Made) -> None:
    with made.open() as ws, ws.begin() as conn:
        conn.execute(audit_table.delete().where(audit_table.c.seq == 5))
        _rehash(conn)
    with made.open() as ws:
        assert ws.audit_check().first_bad_seq == 6


def test_the_end_cut_off_and_the_numbering_set_back_is_found(made: Made) -> None:
    with made.open() as ws, ws.begin() as conn:
        conn.execute(audit_table.delete().where(audit_table.c.seq > 7))
        conn.exec_driver_sql("UPDATE sqlite_sequence SET seq = 7 WHERE name = 'audit'")
    with made.open() as ws:  # only the head kept outside the database shows it
        assert not ws.audit_check().ok
    with made.open() as ws:  # closing it did not move the kept head back
        assert not ws.audit_check().ok


def test_an_older_copy_of_the_database_put_back_is_found(made: Made, tmp_path: Path) -> None:
    shutil.copy(made.path / "desk.db", tmp_path / "older.db")  # closed: the WAL is folded in
    with made.open() as ws:
        _logged(ws, 5, start=10)
    shutil.copy(tmp_path / "older.db", made.path / "desk.db")
    with made.open() as ws:
        assert not ws.audit_check().ok


def test_a_number_is_never_given_twice(made: Made) -> None:
    with made.open() as ws, ws.begin() as conn:
        conn.execute(audit_table.delete().where(audit_table.c.seq == 10))
    with made.open() as ws:
        _logged(ws, 1, start=20)
        assert _seqs(ws)[-2:] == [9, 11]


def test_an_altered_kept_head_is_said(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "ws", passphrase=PASSPHRASE) as ws:
        _logged(ws, 3)
    kept = tmp_path / "ws" / "audit-head"
    seq, digest, mac = kept.read_text().strip().split(":")
    kept.write_text(f"{int(seq) - 1}:{digest}:{mac}\n")
    with Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE) as ws:
        assert any("audit log's end" in p and "was altered" in p for p in ws.check())
