"""Backups of a whole workspace, and putting one back.

A backup is a zip archive holding nothing in clear: the database copied with SQLite's
online backup API (safe while desk runs; still SQLCipher-encrypted with the workspace key),
the sealed files of the blob store, ``workspace.toml`` and ``recovery.key``. The key itself
travels only wrapped by the recovery passphrase (or, for a workspace opened by its
passphrase, by that passphrase, in ``workspace.toml``), so a keyring workspace must have a
recovery passphrase before it is backed up.

A restore unpacks beside the workspace, proves the key opens the copy, and only then moves
the workspace in place aside (``NAME.before-restore-STAMP``: a restore deletes nothing) and
puts the copy in its place.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import zipfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path, PurePosixPath

from desk import __version__
from desk.errors import DeskError
from desk.storage import keys, migrate, recovery
from desk.storage.clock import now
from desk.storage.database import check_copy
from desk.storage.unlock import MANIFEST, Manifest, read_manifest
from desk.storage.workspace import Workspace, adopt_key
from desk.words import translate

log = logging.getLogger(__name__)

FORMAT = 1
ABOUT = "backup.json"
DATABASE = "desk.db"


class NeedRecovery(DeskError):
    """The key of the workspace being restored is not in this computer's key store."""

    kind = "key"


@dataclass(frozen=True, slots=True)
class About:
    """What a backup says of itself (``backup.json``)."""

    workspace_id: str
    made: str
    desk: str
    schema: str | None
    files: int


def write(ws: Workspace, out: Path) -> About:
    """Write a backup of the open workspace ``ws`` to ``out`` (a new file)."""
    out = Path(out)
    if out.exists():
        raise DeskError(translate("DeskError", "{out} already exists; name a new file for the "
                                               "backup.")
                        .format(out=out), kind="input")
    if ws.manifest.key_source == "keyring" and not recovery.is_set(ws.path):
        raise DeskError(translate("DeskError", "This workspace has no recovery passphrase, so a "
                                               "backup of it could only be restored on this "
                                               "computer. Set one first: desk workspace "
                                               "recovery set."), kind="input")
    partial = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
            os.chmod(partial, 0o600)  # before anything is in it
            about = _fill(archive, ws, partial.with_name(out.name + ".db.part"))
        os.replace(partial, out)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise DeskError(translate("DeskError", "desk could not write the backup to {out} "
                                               "({strerror}). Nothing was changed.")
                        .format(out=out, strerror=err.strerror),
                        kind="storage") from None
    log.info("workspace %s backed up (%s files)", ws.id, about.files)
    return about


def _fill(archive: zipfile.ZipFile, ws: Workspace, db_copy: Path) -> About:
    try:
        ws.copy_database(db_copy)
        archive.write(db_copy, DATABASE)
    finally:
        db_copy.unlink(missing_ok=True)
    archive.write(ws.path / MANIFEST, MANIFEST)
    if recovery.is_set(ws.path):
        archive.write(ws.path / recovery.FILE, recovery.FILE)
    # After the database: a file is written before its row commits, so each row the copy
    # holds finds its file (a few files of rows not yet committed may come along).
    blobs = [f for f in ws.blobs.folder.rglob("*") if f.is_file() and f.suffix != ".part"] \
        if ws.blobs.folder.is_dir() else []
    for f in blobs:
        archive.write(f, PurePosixPath("blobs", *f.relative_to(ws.blobs.folder).parts).as_posix())
    about = About(ws.id, now().isoformat(timespec="seconds"), __version__,
                  migrate.current_revision(ws.engine), len(blobs))
    archive.writestr(ABOUT, json.dumps({"format": FORMAT, **asdict(about)}, indent=1))
    return about


def read_about(archive_path: Path) -> About:
    """What the backup at ``archive_path`` says of itself; a clear error if it is none."""
    try:
        with zipfile.ZipFile(archive_path) as archive:
            data = json.loads(archive.read(ABOUT))
    except FileNotFoundError:
        raise DeskError(translate("DeskError", "There is no file {archive_path}.")
                        .format(archive_path=archive_path), kind="input") from None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        raise DeskError(translate("DeskError", "{archive_path} is not a desk backup, or it is "
                                               "damaged.")
                        .format(archive_path=archive_path),
                        kind="input") from None
    if data.get("format", FORMAT) > FORMAT:
        raise DeskError(translate("DeskError", "{archive_path} was made by a newer desk; "
                                               "install it to restore this backup.")
                        .format(archive_path=archive_path), kind="input")
    return About(**{f.name: data.get(f.name) for f in fields(About)})


@dataclass(frozen=True, slots=True)
class Restored:
    about: About
    manifest: Manifest
    set_aside: Path | None  # where the workspace that was in place went


def restore(archive_path: Path, path: Path, *, recovery_passphrase: str | None = None,
            new_passphrase: str | None = None) -> Restored:
    """Put the backup at ``archive_path`` in place of the workspace at ``path``.

    Raises :class:`NeedRecovery` when the key is not in the key store and no recovery
    passphrase was given, and ``NeedPassphrase`` when the key needs a new workspace
    passphrase here (:func:`~desk.storage.workspace.adopt_key`). On any failure the
    workspace in place is as it was.
    """
    about, path = read_about(archive_path), Path(path)
    staging = path.with_name(f".{path.name}.restoring")
    shutil.rmtree(staging, ignore_errors=True)  # a restore of ours that was cut short
    try:
        manifest = _unpack(archive_path, staging, recovery_passphrase, new_passphrase)
        set_aside = _swap(staging, path)
    except (OSError, zipfile.BadZipFile) as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise DeskError(translate("DeskError", "desk could not restore {archive_path} into "
                                               "{path} ({value}). Nothing was changed.")
                        .format(archive_path=archive_path, path=path,
                                value=getattr(err, "strerror", None)
                                or translate("DeskError", "the backup is damaged")),
                        kind="storage") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if manifest.key_source == "keyring":  # its kept audit end is the replaced one's
        with Workspace.open(path) as ws:
            ws.restart_audit_anchor()
    log.info("workspace %s restored from a backup made %s", manifest.id, about.made)
    return Restored(about, manifest, set_aside)


def _unpack(archive_path: Path, staging: Path, recovery_passphrase: str | None,
            new_passphrase: str | None) -> Manifest:
    staging.mkdir(mode=0o700, parents=True)
    with zipfile.ZipFile(archive_path) as archive:
        for name in archive.namelist():
            parts = PurePosixPath(name).parts
            if name.startswith("/") or ".." in parts or "\\" in name:
                raise DeskError(translate("DeskError", "{archive_path} holds a file outside the "
                                                       "workspace ({name}); it is not a desk "
                                                       "backup. Nothing was changed.")
                                .format(archive_path=archive_path, name=name), kind="input")
        archive.extractall(staging)
    (staging / ABOUT).unlink()
    if recovery.is_set(staging):
        (staging / recovery.FILE).chmod(0o600)
    manifest = read_manifest(staging)
    key = keys.load_from_keyring(manifest.id) if manifest.key_source == "keyring" else None
    if key is None and recovery_passphrase is None and (
            manifest.key_source == "keyring" or new_passphrase is not None):
        raise NeedRecovery(translate("DeskError", "The key of this backup's workspace is not in "
                                                  "this computer's key store: enter the "
                                                  "workspace's recovery passphrase."))
    if key is None and recovery_passphrase is not None:
        key = recovery.unwrap(staging, manifest.id, recovery_passphrase)
    if key is not None:
        check_copy(staging / DATABASE, key)
        manifest = adopt_key(staging, manifest, key, new_passphrase)
    return manifest


def _swap(staging: Path, path: Path) -> Path | None:
    set_aside = None
    if path.exists() and any(path.iterdir()):
        stamp = now().strftime("%Y%m%dT%H%M%S")
        set_aside = path.with_name(f"{path.name}.before-restore-{stamp}")
        os.replace(path, set_aside)
    elif path.exists():
        path.rmdir()
    try:
        os.replace(staging, path)
    except OSError:
        if set_aside is not None:
            os.replace(set_aside, path)  # the workspace as it was
        raise
    return set_aside
