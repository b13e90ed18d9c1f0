"""Sealed files beside the database: many written together are each made durable before
their transaction commits (real files in a real workspace)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desk.errors import DeskError
from desk.storage import Workspace


def test_files_written_together_are_each_synced_before_the_commit(tmp_path: Path,
                                                                  monkeypatch) -> None:
    synced: list[int] = []  # a spy on os.fsync: the real call, counted
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    with Workspace.create(tmp_path / "ws", passphrase="blob test passphrase") as ws:
        with ws.begin() as conn:
            with ws.blobs.written_together():
                ids = [ws.blobs.put(conn, "image", f"r{i}", bytes([i]) * 1000, "x/y")
                       for i in range(20)]
                assert synced == []  # none yet, one by one
            assert len(synced) == 20  # all of them, before the transaction commits
        with ws.read() as conn:
            assert [ws.blobs.get(conn, b)[:1] for b in ids] == [bytes([i]) for i in range(20)]


def test_a_failed_sync_keeps_nothing(tmp_path: Path, monkeypatch) -> None:
    import errno

    from desk.storage import blobs

    with Workspace.create(tmp_path / "ws", passphrase="blob test passphrase") as ws:
        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        with pytest.raises(DeskError, match="disk is full"), ws.begin() as conn, \
                ws.blobs.written_together():
            blob_id = ws.blobs.put(conn, "image", "r1", b"x" * 100, "x/y")
            monkeypatch.setattr(blobs.os, "fsync", full)  # the disk fills at the sync
        monkeypatch.undo()
        with ws.read() as conn, pytest.raises(DeskError, match="not in the workspace"):
            ws.blobs.get(conn, blob_id)
