"""The workspace key read from the key store on a thread of its own, started before the
window is made: the key store's round trip (about 200 ms, most of it importing ``keyring``,
finding its backend, and SQLAlchemy for the manifest's module) then runs while Qt starts.

This module imports nothing heavy itself: what it needs is imported on its thread.
"""

from __future__ import annotations

import threading
from pathlib import Path


class KeyAhead:
    """Reads the key of the workspace at ``path`` (when the key store holds it)."""

    def __init__(self, path: Path) -> None:
        self._workspace_id: str | None = None
        self._key: bytes | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._read, args=(Path(path),),
                                        name="desk-key", daemon=True)
        self._thread.start()

    def _read(self, path: Path) -> None:
        from desk.errors import DeskError
        from desk.storage import keys
        from desk.storage.unlock import read_manifest

        try:
            manifest = read_manifest(path)
            if manifest.key_source == "keyring":
                self._workspace_id = manifest.id
                self._key = keys.load_from_keyring(manifest.id)
        except DeskError as err:  # said again where the key is taken, or the open fails
            self._error = err

    def key_of(self, workspace_id: str) -> bytes | None:
        """The key read for ``workspace_id``; None when none was (read it then)."""
        self._thread.join()
        if self._workspace_id != workspace_id:
            return None
        if self._error is not None:
            raise self._error
        return self._key
