"""Schema upgrades with Alembic, after an encrypted backup of the database."""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desk.storage.database import transaction

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: sa.Engine, db_path: Path, backup_dir: Path, *,
            target: str = "head") -> Path | None:
    """Bring the schema to ``target``; back the database up first if it holds a schema.

    Returns the backup's path, or None when nothing needed doing or there was nothing to keep.
    """
    current = current_revision(engine)
    if current == head_revision() and target == "head":
        return None
    backup = backup_database(engine, db_path, backup_dir, label=current) if current else None
    config = _config()
    with transaction(engine) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
    log.info("schema upgraded from %s to %s", current, target)
    return backup


def backup_database(engine: sa.Engine, db_path: Path, backup_dir: Path, *,
                    label: str | None = None) -> Path:
    """Copy the (still encrypted) database file after folding the WAL into it."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
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
