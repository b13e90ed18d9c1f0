"""Schema upgrades with Alembic, after an encrypted backup of the database.

Alembic is imported only when an upgrade is due: at an ordinary start the stored revision is
read with one query and compared with :data:`HEAD` (a test keeps HEAD equal to Alembic's head).
A failed upgrade puts the backup back; data from a newer desk (a revision this desk has no
script for) is refused before anything is written.
"""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from desk.errors import DeskError
from desk.storage.database import checkpoint, transaction
from desk.storage.schema_head import HEAD
from desk.words import translate

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return config


def head_revision() -> str:
    """Alembic's own idea of the newest revision (slow: reads every migration script)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
        if not has_table:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def known_revisions() -> set[str]:
    """The revisions this desk has scripts for (their file names: one directory listing)."""
    versions = Path(__file__).with_name("migrations") / "versions"
    return {p.stem for p in versions.glob("[0-9]*.py")}


def upgrade(engine: sa.Engine, db_path: Path, backup_dir: Path, *,
            target: str = "head") -> Path | None:
    """Bring the schema to ``target``; back the database up first if it holds a schema.

    Returns the backup's path, or None when nothing needed doing or there was nothing to keep.
    Raises DeskError, after disposing of ``engine``, when the data is newer than this desk
    (nothing is written) or when the upgrade fails (the backup is put back first).
    """
    current = current_revision(engine)
    if target in ("head", HEAD) and current == HEAD:
        return None
    if current is not None and current not in known_revisions():
        engine.dispose()
        raise newer_data(current)
    from alembic import command

    backup = backup_database(engine, db_path, backup_dir, label=current) if current else None
    config = _config()
    try:
        with transaction(engine) as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    except Exception as err:
        # What failed goes to the log as its type only: a message may quote a row.
        log.error("schema upgrade from %s to %s failed: %s", current, target,
                  type(err).__name__)
        engine.dispose()
        if backup is None:
            raise DeskError(translate("DeskError", "desk could not set up the new workspace "
                                                   "database. Nothing was lost; send desk's log "
                                                   "to support."), kind="storage") from None
        raise _restored(backup, db_path, current) from None
    log.info("schema upgraded from %s to %s", current, target)
    return backup


def newer_data(current: str) -> DeskError:
    from desk import __version__

    return DeskError(translate("DeskError", "This workspace was last used by a newer desk: its "
                                            "data has schema version {current}, and this desk "
                                            "({version}) knows versions up to {head}. "
                                            "Nothing was opened or changed. Install that newer "
                                            "desk again (or a later one) to use this workspace.")
                     .format(current=current, version=__version__, head=HEAD), kind="storage")


def _restored(backup: Path, db_path: Path, current: str | None) -> DeskError:
    """Put ``backup`` back in place of a half-upgraded database; the error that says so."""
    try:
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        shutil.copy2(backup, db_path)
    except OSError as err:
        log.error("putting back the backup failed: %s", type(err).__name__)
        return DeskError(translate("DeskError", "desk could not upgrade the workspace database "
                                                "from schema version {current} to {head}, nor "
                                                "put back the copy it made before: that copy is "
                                                "safe in {backup}. Ask IT to copy it over "
                                                "{db_path}, then use the previous desk until "
                                                "support has seen desk's log.")
                         .format(current=current, head=HEAD, backup=backup, db_path=db_path),
                         kind="storage")
    log.warning("the backup %s was put back", backup.name)
    return DeskError(translate("DeskError", "desk could not upgrade the workspace database from "
                                            "schema version {current} to {head}, so it put back "
                                            "the copy it made just before ({backup}): nothing "
                                            "was lost. Use the previous desk until support has "
                                            "seen desk's log.")
                     .format(current=current, head=HEAD, backup=backup), kind="storage")


def backup_database(engine: sa.Engine, db_path: Path, backup_dir: Path, *,
                    label: str | None = None) -> Path:
    """Copy the (still encrypted) database file after folding the WAL into it."""
    checkpoint(engine)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backup_dir / f"desk-{stamp}-{label or 'none'}.db"
    shutil.copy2(db_path, target)
    _prune(backup_dir)
    return target


def _prune(backup_dir: Path) -> None:
    backups = sorted(backup_dir.glob("desk-*.db"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink()
