"""A workspace: one folder holding the encrypted database, the blob store and backups.

How its key is found (``workspace.toml``, the key store, a passphrase) is
:mod:`desk.storage.unlock`'s; a workspace is opened with the key found there.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import shutil
import time
import uuid
from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage import audit, audit_anchor, crypto, keys, migrate, recovery
from desk.storage.blobs import BlobStore
from desk.storage.clock import stamp
from desk.storage.database import intact, online_copy, open_database, reading, transaction
from desk.storage.schema import audit as audit_table
from desk.storage.unlock import (
    DEMO_PASSPHRASE,
    MANIFEST,
    KeyReader,
    Manifest,
    NeedPassphrase,
    Unlocked,
    has_workspace,
    read_manifest,
    unlock,
)
from desk.words import translate

log = logging.getLogger(__name__)

# What desk keeps in a workspace folder: all that a delete removes.
_OWN = frozenset((MANIFEST, "blobs", "backups", "desk.db", "desk.db-wal", "desk.db-shm",
                  "desk.db-journal", recovery.FILE, f"{recovery.FILE}.new", audit_anchor.FILE,
                  f"{audit_anchor.FILE}.new"))


class Workspace:
    """An open workspace. Use :meth:`create` or :meth:`open`; call :meth:`close` when done."""

    def __init__(self, path: Path, manifest: Manifest, key: bytes, *, demo: bool) -> None:
        self.path = path
        self.manifest = manifest
        self.is_demo = demo  # proven by the key, not taken from workspace.toml (_key_for)
        self._key = key  # for a recovery wrapping and a backup's copy; never written plain
        self.engine = open_database(self.db_path, key)
        self.backup = migrate.upgrade(self.engine, self.db_path, self.backup_dir)
        self.blobs = BlobStore(self.path / "blobs", key)
        self.opened_at = time.time()  # files sealed since are not swept (check)
        self.anchor = audit_anchor.Anchor(path, manifest.id, manifest.key_source == "keyring",
                                          crypto.derive(key, "audit head"))

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def db_path(self) -> Path:
        return self.path / "desk.db"

    @property
    def backup_dir(self) -> Path:
        return self.path / "backups"

    def keep_audit_head(self) -> None:
        """Keep the audit chain's head outside the database (:mod:`audit_anchor`). It only
        moves on: not when the entry it names is gone or changed (the log was cut back or
        altered since, which the kept head goes on showing)."""
        anchor = self.anchor.read()
        with self.read() as conn:
            head = audit.head(conn)
            still = anchor is None or conn.execute(sa.select(audit_table.c.hash).where(
                audit_table.c.seq == anchor.seq)).scalar() == anchor.hash
        if head is None or not still:
            if not still:
                log.error("workspace %s: the audit log no longer holds its kept end", self.id)
            return
        self.anchor.keep(head)

    def restart_audit_anchor(self) -> None:
        """Keep the database's own head as the audit log's end: after IT put back a backup
        on purpose, whose end is older than the one kept before."""
        with self.read() as conn:
            head = audit.head(conn)
        if head is not None:
            self.anchor.keep(head)
            log.info("workspace %s: the audit log's end restarts at entry %s (restored)",
                        self.id, head.seq)

    def keep_recovery(self, passphrase: str) -> Path:
        """Wrap this workspace's key with a recovery passphrase (:mod:`recovery`)."""
        path = recovery.keep(self.path, self.id, self._key, passphrase)
        log.info("workspace %s: recovery passphrase set", self.id)
        return path

    def copy_database(self, target: Path) -> None:
        """An online copy of the database (SQLite's backup API) to ``target``, encrypted
        with the same key: safe while others read and write, it holds what was committed
        when it began."""
        online_copy(self.engine, self._key, target)

    def audit_check(self) -> audit.ChainCheck:
        """The audit chain walked, up to the head kept outside the database."""
        anchor = self.anchor.read()
        with self.read() as conn:
            return audit.verify(conn, anchor)

    def damage(self) -> str | None:
        """None when the database is whole; else what staff are told, with the backups
        desk made (before each upgrade), or plainly that there are none. Slow on a large
        database (see :func:`~desk.storage.database.intact`)."""
        if intact(self.engine):
            return None
        log.error("workspace %s: the database failed its check", self.id)
        found = sorted(self.backup_dir.glob("desk-*.db"), reverse=True)
        if not found:
            return translate("Workspace", "The workspace database is damaged, and this "
                             "workspace holds no backup of it. Ask IT to restore the workspace "
                             "folder from the computer's own backup before more work is done "
                             "here.")
        return translate("Workspace", "The workspace database is damaged. Ask IT to restore "
                         "it, before more work is done here, from one of the backups in "
                         "{folder} (newest first): {backups}.").format(
            folder=self.backup_dir, backups=", ".join(b.name for b in found))

    def begin(self) -> contextlib.AbstractContextManager[sa.Connection]:
        """A write transaction; database failures arrive as DeskError."""
        return transaction(self.engine)

    def read(self) -> contextlib.AbstractContextManager[sa.Connection]:
        return reading(self.engine)

    def close(self) -> None:
        try:
            self.keep_audit_head()
        except (DeskError, OSError) as err:  # closing goes on; the head kept before stands
            log.warning("the audit log's end was not kept: %s", type(err).__name__)
        self.engine.dispose()

    def check(self) -> list[str]:
        """What staff must be told about this workspace after it opened: a damaged
        database (:meth:`damage`), an audit log altered since it was written. Reads every
        page and entry: run it off the UI thread. An intact workspace is then rid of the
        sealed files no record kept (:meth:`BlobStore.sweep`)."""
        problems = [damage] if (damage := self.damage()) is not None else []
        keep = translate("Workspace", "Keep this workspace as it is and ask IT.")
        try:
            chain = self.audit_check()
        except DeskError as err:
            problems.append(f"{err.message} {keep}")
        else:
            if not chain.ok:
                log.error("workspace %s: audit chain broken at %s", self.id,
                          chain.first_bad_seq)
                problems.append(translate(
                    "Workspace", "The audit log was altered at entry {entry}: entries were "
                    "changed, removed or the log was put back to an older copy.").format(
                    entry=chain.first_bad_seq) + f" {keep}")
        if damage is None:
            self._sweep()
        return problems

    def _sweep(self) -> None:
        try:
            with reading(self.engine) as conn:
                removed = self.blobs.sweep(conn, self.opened_at)
        except (DeskError, sa.exc.SQLAlchemyError) as err:
            log.warning("stored files not swept: %s", type(err).__name__)
        else:
            if removed:
                log.info("removed %d stored files no record kept", removed)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @classmethod
    def exists(cls, path: Path) -> bool:
        return has_workspace(path)

    @classmethod
    def create(cls, path: Path, *, passphrase: str | None = None,
               demo: bool = False) -> Workspace:
        """Make a new workspace at ``path``; the key goes to the key store or the passphrase.

        Raises :class:`NeedPassphrase` when no passphrase is given and the key store is not
        usable.
        """
        path = Path(path)
        if cls.exists(path):
            raise DeskError(translate("DeskError", "A workspace already exists in {path}.")
                            .format(path=path), kind="input")
        if demo:
            passphrase = DEMO_PASSPHRASE
        workspace_id, key = str(uuid.uuid4()), crypto.random_key()
        manifest = _new_manifest(workspace_id, key, passphrase, demo)
        _write_manifest(path, manifest)
        log.info("workspace %s created (key in %s)", workspace_id, manifest.key_source)
        return cls(path, manifest, key, demo=demo)

    @classmethod
    def recover(cls, path: Path, passphrase: str, *, new_passphrase: str | None = None
                ) -> Manifest:
        """Put the key back where the workspace finds it, unwrapped with the recovery
        passphrase: into the key store, or (without one, or for a workspace opened by its
        passphrase) wrapped by ``new_passphrase``. Changes nothing when the passphrase is
        wrong. Raises :class:`NeedPassphrase` when a new passphrase is needed and not given.
        """
        path = Path(path)
        manifest = read_manifest(path)
        key = recovery.unwrap(path, manifest.id, passphrase)
        engine = open_database(path / "desk.db", key)  # proves the key opens it
        engine.dispose()
        manifest = adopt_key(path, manifest, key, new_passphrase)
        log.info("workspace %s: key recovered (now in %s)", manifest.id, manifest.key_source)
        return manifest

    @classmethod
    def delete(cls, path: Path) -> str:
        """Remove the workspace at ``path``: what desk keeps in its folder (database, files,
        backups; the folder too, once empty) and its key store entries. The one way desk
        deletes a workspace; returns its id."""
        path = Path(path)
        manifest = read_manifest(path)
        try:
            for entry in path.iterdir():
                if entry.name in _OWN:
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        except OSError:
            raise DeskError(translate("DeskError", "desk could not remove all of {path}; remove "
                                                   "what is left by hand, with desk closed.")
                            .format(path=path), kind="storage") from None
        for account in (manifest.id, f"{manifest.id}:audit-head"):
            keys.delete_secret(account)
        with contextlib.suppress(OSError):  # a folder that holds others' files stays
            path.rmdir()
        log.info("workspace %s deleted", manifest.id)
        return manifest.id

    @classmethod
    def open(cls, path: Path, *, passphrase: str | None = None,
             key_ahead: KeyReader | None = None) -> Workspace:
        """Open the workspace at ``path``; ``key_ahead``, its key being read already."""
        return cls.opened(unlock(path, passphrase, key_ahead))

    @classmethod
    def opened(cls, unlocked: Unlocked) -> Workspace:
        """The workspace whose key :func:`~desk.storage.unlock.unlock` found, opened."""
        return cls(unlocked.path, unlocked.manifest, unlocked.key, demo=unlocked.demo)


def _new_manifest(workspace_id: str, key: bytes, passphrase: str | None,
                  demo: bool) -> Manifest:
    if passphrase is not None:
        if not demo:  # the demo's passphrase is published
            keys.check_passphrase(passphrase)
        wrapped = keys.wrap_key(key, passphrase, workspace_id).to_text()
        return Manifest(workspace_id, "passphrase", wrapped, demo, stamp())
    if not keys.keyring_usable():
        raise NeedPassphrase(translate("DeskError", "This computer has no usable key store. An "
                                                    "administrator must choose a passphrase "
                                                    "that protects the workspace."))
    keys.store_in_keyring(workspace_id, key)
    return Manifest(workspace_id, "keyring", "", demo, stamp())


def adopt_key(path: Path, manifest: Manifest, key: bytes, new_passphrase: str | None
              ) -> Manifest:
    """Keep ``key`` for the workspace at ``path``: in the key store when its manifest
    says so and this computer has a usable one, else wrapped by ``new_passphrase``."""
    if new_passphrase is None:
        if manifest.key_source == "keyring" and keys.keyring_usable():
            keys.store_in_keyring(manifest.id, key)
            return manifest
        raise NeedPassphrase(translate("DeskError", "This workspace's key cannot go into this "
                                                    "computer's key store (there is none, or "
                                                    "the workspace opens with a passphrase): "
                                                    "choose a new workspace passphrase."))
    keys.check_passphrase(new_passphrase)
    wrapped = keys.wrap_key(key, new_passphrase, manifest.id).to_text()
    manifest = replace(manifest, key_source="passphrase", wrapped_key=wrapped)
    _write_manifest(path, manifest)
    return manifest


def _write_manifest(path: Path, manifest: Manifest) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
        (path / MANIFEST).write_text(manifest.to_toml(), encoding="utf-8")
    except OSError as err:
        if err.errno == errno.ENOSPC:
            raise DeskError(translate("DeskError", "The disk is full; the workspace was not "
                                                   "created."),
                            kind="disk") from None
        raise DeskError(translate("DeskError", "desk cannot write to {path}. Choose another "
                                               "folder or ask IT to check its permissions.")
                        .format(path=path), kind="storage") from None
