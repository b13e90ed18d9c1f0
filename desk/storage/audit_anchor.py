"""The head of the audit chain, kept where a copy of the workspace cannot take it back.

A hash chain proves nothing about its own end: an older copy of ``desk.db`` put back, or
its last entries deleted by someone holding the key, still verifies. So the head (the last
entry's number and hash) is kept outside the database as well:

- in the OS key store, beside the workspace key, for a workspace whose key is there: the
  folder can be copied back, the key store's entry is not in it;
- otherwise in ``audit-head`` in the workspace folder, with an HMAC by a key derived from
  the database key, so that it cannot be written without that key.

The head is kept when the workspace closes and when a session locks or signs out; the
entries written since are covered by the chain (and, once synced, by the server, which
receives each entry's hash).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from pathlib import Path

from desk.errors import DeskError
from desk.storage import keys
from desk.storage.audit import Head
from desk.words import translate

log = logging.getLogger(__name__)

FILE = "audit-head"


class AnchorAltered(DeskError):
    """The head kept outside the database does not authenticate."""

    kind = "storage"


class Anchor:
    """Where one workspace keeps its chain's head: its key store entry, or the signed file
    in ``folder``; ``key`` signs the file."""

    def __init__(self, folder: Path, workspace_id: str, in_keyring: bool, key: bytes) -> None:
        self.folder, self.workspace_id = folder, workspace_id
        self.in_keyring, self.key = in_keyring, key

    def keep(self, head: Head) -> None:
        """Keep ``head`` as the workspace's anchor."""
        text = f"{head.seq}:{head.hash}"
        if self.in_keyring:
            keys.store_secret(self._account, text)
            return
        written = self.folder / f"{FILE}.new"
        written.write_text(f"{text}:{_mac(self.key, text)}\n", encoding="utf-8")
        os.replace(written, self.folder / FILE)  # whole, or the old one

    def read(self) -> Head | None:
        """The anchor kept, or None when none was yet (a workspace from before anchors)."""
        if self.in_keyring:
            text = keys.load_secret(self._account)
            return _head(text) if text else None
        try:
            written = (self.folder / FILE).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        text, _, mac = written.rpartition(":")
        if not hmac.compare_digest(mac, _mac(self.key, text)):
            raise AnchorAltered(translate("DeskError", "The record of the audit log's end "
                                                       "({file}) was altered.")
                                .format(file=FILE))
        return _head(text)

    @property
    def _account(self) -> str:
        return f"{self.workspace_id}:audit-head"


def _head(text: str) -> Head:
    seq, _, digest = text.partition(":")
    try:
        return Head(int(seq), digest)
    except ValueError:
        raise AnchorAltered(translate("DeskError", "The record of the audit log's end was "
                                                   "altered.")) from None


def _mac(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()
