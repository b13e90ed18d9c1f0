"""The workspace key read from the key store on a thread of its own, started before the
window is made, and a first look at the database with it: the key store's round trip and
the look (:mod:`desk.storage.secret_service`, :mod:`desk.storage.unlock`) then run while
Qt starts.

On Linux, where the key comes straight from the Secret Service, that work (70 ms of Python,
most of it importing the Secret Service's client and its cryptography) is done by a child
forked for it, on another processor, while this process loads Qt: a thread of this process
would share its one interpreter lock. The child is forked only while this process has no
other thread, hands the key and the look over a pipe and ends (``os._exit``); if it gives
nothing, the thread reads the key itself.

This module imports nothing heavy itself: what it needs is imported on its thread.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.storage.unlock import Unlocked


class KeyAhead:
    """Reads the key of the workspace at ``path`` (when the key store holds it), then looks
    at its database with it (:meth:`desk.storage.unlock.Unlocked.ready`)."""

    def __init__(self, path: Path) -> None:
        self._workspace_id: str | None = None
        self._key: bytes | None = None
        self._ready: bool | None = None
        self._error: BaseException | None = None
        child = _forked(Path(path))
        self._thread = threading.Thread(target=self._read, args=(Path(path), child),
                                        name="desk-key", daemon=True)
        self._thread.start()

    def _read(self, path: Path, child: tuple[int, int] | None) -> None:
        from desk.errors import DeskError
        from desk.storage import keys
        from desk.storage.unlock import Unlocked, read_manifest

        answer = _answered(child) if child is not None else []  # the child reaped, always
        try:
            manifest = read_manifest(path)
            if manifest.key_source != "keyring":
                return
            self._workspace_id = manifest.id
            handed = _handed(answer, manifest.id)
            if handed is not None:
                self._key, self._ready = handed
                return
            self._key = keys.load_from_keyring(manifest.id)
            if self._key is not None:
                self._ready = Unlocked(path, manifest, self._key, False).ready()
        except DeskError as err:  # said again where the key is taken, or the open fails
            self._error = err

    def ready_of(self, unlocked: Unlocked) -> bool | None:
        """What the look at ``unlocked``'s database found, when it was made with its key;
        None when none was."""
        self._thread.join()
        if self._workspace_id != unlocked.manifest.id or self._key != unlocked.key:
            return None
        return self._ready

    def key_of(self, workspace_id: str) -> bytes | None:
        """The key read for ``workspace_id``; None when none was (read it then)."""
        self._thread.join()
        if self._workspace_id != workspace_id:
            return None
        if self._error is not None:
            raise self._error
        return self._key


def _forked(path: Path) -> tuple[int, int] | None:
    """A child reading the key and looking at the database, and the pipe it answers on;
    None where one is not forked (not Linux, not the Secret Service, other threads)."""
    from desk.storage import secret_service

    if not (sys.platform.startswith("linux") and secret_service.taken()
            and threading.active_count() == 1):
        return None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its answer, then gone without running the parent's exit
        os.close(read_end)
        try:
            os.write(write_end, _answer(path))
        finally:
            os._exit(0)
    os.close(write_end)
    return pid, read_end


def _answer(path: Path) -> bytes:
    """``id key-hex ready`` for the workspace at ``path``, or nothing."""
    try:
        from desk.storage import keys, secret_service
        from desk.storage.unlock import Unlocked, read_manifest

        manifest = read_manifest(path)
        text = secret_service.lookup(keys.SERVICE, manifest.id)
        if manifest.key_source != "keyring" or not text:
            return b""
        ready = Unlocked(path, manifest, bytes.fromhex(text), False).ready()
        return f"{manifest.id} {text} {int(ready)}".encode()
    except Exception:  # noqa: BLE001 - nothing handed: the parent reads the key itself
        return b""


def _answered(child: tuple[int, int]) -> list[str]:
    """What the child wrote, once it has ended."""
    pid, read_end = child
    try:
        with os.fdopen(read_end, "rb") as pipe:
            return pipe.read().decode(errors="replace").split()
    finally:
        os.waitpid(pid, 0)


def _handed(answer: list[str], workspace_id: str) -> tuple[bytes, bool] | None:
    """The key and the look the child handed over for ``workspace_id``, if it did."""
    if len(answer) != 3 or answer[0] != workspace_id:
        return None
    try:
        return bytes.fromhex(answer[1]), answer[2] == "1"
    except ValueError:
        return None

