"""What desk last synced of each record: its ``sync_record`` row (where the record lives
on the server, the version, and the server's copy as the base a merge compares against),
and comparing resources with that base."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

import orjson
import sqlalchemy as sa

from desk.storage.clock import stamp
from desk.storage.database import among, insert_rows
from desk.sync.client import version_of
from desk.sync.tables import sync_record


def save_sync_rows(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """``INSERT OR REPLACE`` whole sync_record rows (one per record pushed or pulled)."""
    insert_rows(conn, sync_record, rows, replace=True)


_SERVER_SET = frozenset(("meta", "id", "text"))


def _strip(resource: Mapping[str, Any]) -> dict[str, Any]:
    """A resource without what the server sets (id, versions, narrative)."""
    return {k: v for k, v in resource.items() if k not in _SERVER_SET}


def same(resource: Mapping[str, Any], base: Mapping[str, Any]) -> bool:
    """Whether two resources say the same, apart from what the server sets."""
    keys = resource.keys() - _SERVER_SET
    return keys == base.keys() - _SERVER_SET and all(resource[k] == base[k] for k in keys)


def digest(resource: Mapping[str, Any] | None) -> str | None:
    if resource is None:
        return None
    text = json.dumps(_strip(resource), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def sync_rows(conn: sa.Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    out: dict[tuple[str, str], Any] = {}
    for rtype in {k[0] for k in keys}:
        for row in conn.execute(sa.select(sync_record).where(
                sync_record.c.record_type == rtype,
                among(sync_record.c.record_id, [i for t, i in keys if t == rtype]))):
            out[(rtype, row.record_id)] = row
    return out


def server_ids(conn: sa.Connection, rtype: str, record_ids: Iterable[str]) -> dict[str, str]:
    ids = list(record_ids)
    if not ids:
        return {}
    return {row.record_id: row.server_id for row in conn.execute(
        sa.select(sync_record.c.record_id, sync_record.c.server_id).where(
            sync_record.c.record_type == rtype, among(sync_record.c.record_id, ids)))}


def save_sync(conn: sa.Connection, rtype: str, rid: str, server_id: str,
              version: str | None, resource: Mapping[str, Any]) -> None:
    save_sync_rows(conn, [sync_row(rtype, rid, server_id, version or version_of(resource),
                                    compact(resource))])


def sync_row(rtype: str, rid: str, server_id: str, version: str | None, base_json: str,
             synced_at: str | None = None) -> dict[str, Any]:
    return {"record_type": rtype, "record_id": rid, "server_id": server_id,
            "version": version, "base_json": base_json, "synced_at": synced_at or stamp(),
            "sent_hash": None}


def compact(resource: Mapping[str, Any]) -> str:
    return orjson.dumps(resource).decode()
