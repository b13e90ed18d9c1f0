"""Unlocking a workspace: its description read, its key found, and a first look at its
database, all without SQLAlchemy.

``workspace.toml`` says how to find the database key (never the key itself): in the OS key
store under the workspace id, or wrapped by an administrator's passphrase. A demo workspace
holds synthetic data only; its key is wrapped by the published demo passphrase so that it
opens without questions.

desk's start unlocks the workspace first (:func:`unlock`, then :meth:`Unlocked.ready`: tens of
milliseconds) and lets staff sign in while :class:`~desk.storage.workspace.Workspace` opens
the database behind it (SQLAlchemy alone takes 150 ms to import).
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desk.errors import DeskError
from desk.storage import keys
from desk.storage.schema_head import HEAD
from desk.words import translate

log = logging.getLogger(__name__)

DEMO_PASSPHRASE = "demo"
MANIFEST = "workspace.toml"
FORMAT = 1
PLAINTEXT_HEADER = b"SQLite format 3\x00"


class NeedPassphrase(DeskError):
    """The key store cannot give the key: an administrator's passphrase is needed."""

    kind = "key"


class KeyReader(Protocol):
    """A key being read already (:class:`desk.storage.key_ahead.KeyAhead`)."""

    def key_of(self, workspace_id: str) -> bytes | None:
        """The key read for ``workspace_id``; None when none was."""
        ...


@dataclass(frozen=True, slots=True)
class Manifest:
    id: str
    key_source: str  # "keyring" or "passphrase"
    wrapped_key: str = ""
    demo: bool = False
    created: str = ""

    def to_toml(self) -> str:
        lines = [f"format = {FORMAT}", f'id = "{self.id}"', f'key_source = "{self.key_source}"',
                 f'created = "{self.created}"', f"demo = {'true' if self.demo else 'false'}"]
        if self.wrapped_key:
            lines.append(f'wrapped_key = "{self.wrapped_key}"')
        return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class Unlocked:
    """A workspace whose key is found; its database not opened yet."""

    path: Path
    manifest: Manifest
    key: bytes
    demo: bool

    @property
    def db_path(self) -> Path:
        return self.path / "desk.db"

    def ready(self) -> bool:
        """Whether staff can sign in before the database is opened in full: it is
        encrypted, the key opens it, its schema is this desk's and it holds staff accounts
        (read with the bare driver). False sends the start the long way, which opens the
        database first and says what is wrong, or upgrades it, or asks for a first account."""
        if not is_encrypted(self.db_path):
            return False
        import sqlcipher3

        try:
            conn = sqlcipher3.connect(str(self.db_path))
        except sqlcipher3.Error:
            return False
        try:
            key_with(conn, self.key)
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            staff = conn.execute("SELECT 1 FROM staff_user LIMIT 1").fetchone()
        except sqlcipher3.Error:  # the key, the file, the schema: said the long way
            return False
        finally:
            conn.close()
        return revision is not None and revision[0] == HEAD and staff is not None


def is_encrypted(db_path: Path) -> bool:
    """Whether the file at ``db_path`` exists and is not a plaintext SQLite database."""
    try:
        with open(db_path, "rb") as f:
            return f.read(16) != PLAINTEXT_HEADER
    except OSError:
        return False


def key_with(conn: object, key: bytes) -> None:
    """Give a bare SQLCipher connection the raw key (``x'hex'``: no key derivation)."""
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # type: ignore[attr-defined]


def has_workspace(path: Path) -> bool:
    """Whether a workspace (its description) is in the folder at ``path``."""
    return (Path(path) / MANIFEST).is_file()


def unlock(path: Path, passphrase: str | None = None,
           key_ahead: KeyReader | None = None) -> Unlocked:
    """The workspace at ``path`` with its key; ``key_ahead``, its key being read already."""
    path = Path(path)
    manifest = read_manifest(path)
    key, demo = key_for(manifest, passphrase, key_ahead)
    return Unlocked(path, manifest, key, demo)


def read_manifest(path: Path) -> Manifest:
    try:
        data = tomllib.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DeskError(translate("DeskError", "There is no desk workspace in {path}.")
                        .format(path=path), kind="storage") from None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        raise DeskError(translate("DeskError", "The workspace description in {path} is damaged.")
                        .format(path=path),
                        kind="storage") from None
    if data.get("format", 0) > FORMAT:
        raise DeskError(translate("DeskError", "This workspace was made by a newer desk: its "
                                               "description has format {value}, and this desk "
                                               "reads formats up to {format}. Nothing was "
                                               "opened or changed. Install that newer desk "
                                               "again (or a later one) to use this workspace.")
                        .format(value=data['format'], format=FORMAT), kind="storage")
    try:
        return Manifest(str(data["id"]), str(data["key_source"]), str(data.get("wrapped_key", "")),
                        bool(data.get("demo", False)), str(data.get("created", "")))
    except KeyError:
        raise DeskError(translate("DeskError", "The workspace description in {path} is incomplete.")
                        .format(path=path),
                        kind="storage") from None


def key_for(manifest: Manifest, passphrase: str | None,
            key_ahead: KeyReader | None = None) -> tuple[bytes, bool]:
    """The database key, and whether this is a demo workspace. workspace.toml is not
    authenticated, so its ``demo`` only says to try the published demo passphrase: a
    workspace is a demo one when that passphrase opens its key, which no real workspace's
    does (its passphrase is asked for instead)."""
    if manifest.key_source == "passphrase":
        wrapped = keys.WrappedKey.from_text(manifest.wrapped_key)
        if passphrase is None and manifest.demo:
            try:
                return keys.unwrap_key(wrapped, DEMO_PASSPHRASE, manifest.id), True
            except DeskError:
                log.warning("workspace %s says demo, but its key is not the demo's",
                            manifest.id)
        if passphrase is None:
            raise NeedPassphrase(translate("DeskError", "Enter the workspace passphrase to open "
                                                        "it."))
        return (keys.unwrap_key(wrapped, passphrase, manifest.id),
                manifest.demo and passphrase == DEMO_PASSPHRASE)
    ahead = key_ahead.key_of(manifest.id) if key_ahead is not None else None
    key = ahead if ahead is not None else keys.load_from_keyring(manifest.id)
    if key is None:
        raise DeskError(translate("DeskError", "The key for this workspace is not in this "
                                               "computer's key store. Ask IT to restore it "
                                               "(desk workspace recover)."), kind="key")
    return key, False
