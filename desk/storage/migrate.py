"""Schema upgrades with Alembic, after an encrypted backup of the database.

Alembic is imported only when an upgrade is due: at an ordinary start the stored revision is
read with one query and compared with :data:`HEAD` (a test keeps HEAD equal to Alembic's head).
"""

from __future__ import annotations

import logging
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from desk.storage.database import transaction

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

HEAD = "0009_draft_page"
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


def upgrade(engine: sa.Engine, db_path: Path, backup_dir: Path, *,
            target: str = "head") -> Path | None:
    """Bring the schema to ``target``; back the database up first if it holds a schema.

    Returns the backup's path, or None when nothing needed doing or there was nothing to keep.
    """
    current = current_revision(engine)
    if target in ("head", HEAD) and current == HEAD:
        return None
    from alembic import command

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
