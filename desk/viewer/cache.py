"""The image cache: studies retrieved from the PACS kept within ``imaging.cache_limit_gb``.

A retrieved study (``image_instance.source = "pacs"``) can be fetched again, so when the
retrieved images pass the limit the least recently used retrieved studies are dropped, rows
and sealed files; a disc's images (``"disc"``) may exist nowhere else and are never dropped,
nor counted against the limit. "Used" is opened in the viewer or retrieved: :func:`use`
records the time in ``image_study_use`` and then keeps the cache within the limit, never
dropping the study just used. :func:`contents` is what ``desk doctor`` shows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa

from desk.storage.clock import stamp
from desk.storage.schema import blob, image_instance, image_study_use

if TYPE_CHECKING:
    from desk.storage import Workspace
    from desk.storage.settings import Settings

log = logging.getLogger(__name__)

GB = 1 << 30
RETRIEVED = "pacs"


@dataclass(frozen=True, slots=True)
class Held:
    studies: int
    size: int  # bytes


@dataclass(frozen=True, slots=True)
class Contents:
    retrieved: Held
    disc: Held


def limit_of(config: Settings) -> int | None:
    """The most bytes of retrieved images to keep; None: no limit."""
    limit = config.imaging.cache_limit_gb
    return int(limit * GB) if limit > 0 else None


def use(workspace: Workspace, study_uid: str, limit: int | None,
        moment: datetime | None = None) -> int:
    """Note that ``study_uid`` was opened or retrieved, then drop the least recently used
    retrieved studies while the retrieved images are over ``limit``; returns how many."""
    with workspace.begin() as conn:
        touch(conn, study_uid, moment)
        dropped, files = evict(conn, limit, keep=study_uid) if limit is not None else (0, [])
    workspace.blobs.discard(files)  # after the commit: a rollback still finds them
    return dropped


def touch(conn: sa.Connection, study_uid: str, moment: datetime | None = None) -> None:
    """Record that ``study_uid`` was used now (or at ``moment``)."""
    when = stamp(moment)
    conn.execute(sa.delete(image_study_use).where(image_study_use.c.study_uid == study_uid))
    conn.execute(image_study_use.insert().values(study_uid=study_uid, used_at=when))


def evict(conn: sa.Connection, limit: int, keep: str = "") -> tuple[int, list[str]]:
    """Drop retrieved studies, least recently used first, until their images take at most
    ``limit`` bytes (``keep`` stays whatever its size); returns how many studies went and
    the blob ids whose files to discard once the transaction commits."""
    studies = _retrieved(conn)
    total = sum(size for _, size in studies)
    dropped = 0
    files: list[str] = []
    for study_uid, size in studies:
        if total <= limit:
            break
        if study_uid == keep:
            continue
        files += _drop(conn, study_uid)
        total -= size
        dropped += 1
    if dropped:
        log.info("the image cache dropped %d retrieved studies (%d files) to stay within "
                 "its limit", dropped, len(files))
    return dropped, files


def contents(conn: sa.Connection) -> Contents:
    """How many studies and bytes the store holds, retrieved and from discs."""
    rows = conn.execute(
        sa.select(image_instance.c.source == RETRIEVED,
                  sa.func.count(sa.distinct(image_instance.c.study_uid)),
                  sa.func.coalesce(sa.func.sum(blob.c.size), 0))
        .select_from(image_instance.join(blob, blob.c.id == image_instance.c.blob_id))
        .group_by(image_instance.c.source == RETRIEVED)).all()
    held = {bool(retrieved): Held(int(count), int(size)) for retrieved, count, size in rows}
    return Contents(held.get(True, Held(0, 0)), held.get(False, Held(0, 0)))


def _retrieved(conn: sa.Connection) -> list[tuple[str, int]]:
    """Each retrieved study and its bytes, least recently used first."""
    used = sa.func.coalesce(sa.func.max(image_study_use.c.used_at),
                            sa.func.max(image_instance.c.imported_at))
    rows = conn.execute(
        sa.select(image_instance.c.study_uid, sa.func.sum(blob.c.size))
        .select_from(image_instance.join(blob, blob.c.id == image_instance.c.blob_id)
                     .outerjoin(image_study_use,
                                image_study_use.c.study_uid == image_instance.c.study_uid))
        .where(image_instance.c.source == RETRIEVED)
        .group_by(image_instance.c.study_uid)
        .order_by(used, image_instance.c.study_uid)).all()
    return [(str(uid), int(size)) for uid, size in rows]


def _drop(conn: sa.Connection, study_uid: str) -> list[str]:
    """Delete a study's retrieved images (its disc images, if any, stay)."""
    mine = sa.and_(image_instance.c.study_uid == study_uid,
                   image_instance.c.source == RETRIEVED)
    files = list(conn.execute(sa.select(image_instance.c.blob_id).where(mine)).scalars())
    conn.execute(sa.delete(image_instance).where(mine))
    conn.execute(sa.delete(blob).where(blob.c.id.in_(files)))
    conn.execute(sa.delete(image_study_use).where(image_study_use.c.study_uid == study_uid))
    return files
